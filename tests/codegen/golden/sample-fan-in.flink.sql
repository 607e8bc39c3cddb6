-- Pipewright export of pipeline 'sample-fan-in' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: readings (sample-source)
-- Reads the topic the Pipewright sample generator would fill.
CREATE TABLE readings (
  device_id STRING,
  temperature DOUBLE,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'iot-temperature',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'sample-fan-in',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: hot (filter)
CREATE VIEW hot AS
SELECT *
FROM readings
WHERE temperature > 30;

-- node: summary (project)
CREATE VIEW summary AS
SELECT device_id, 'it''s hot' AS note
FROM hot;

-- node: all (kafka-sink)
CREATE TABLE `all` (
  device_id STRING,
  temperature DOUBLE,
  ts BIGINT,
  note STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'iot.all',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: all (kafka-sink)
INSERT INTO `all`
SELECT device_id, temperature, ts, CAST(NULL AS STRING) AS note
FROM hot;

-- node: all (kafka-sink)
INSERT INTO `all`
SELECT device_id, CAST(NULL AS DOUBLE) AS temperature, CAST(NULL AS BIGINT) AS ts, note
FROM summary;
