-- Pipewright export of pipeline 'sample-fan-in' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: readings (sample-source)
-- Reads the topic the Pipewright sample generator would fill.
CREATE STREAM readings (
  device_id VARCHAR,
  temperature DOUBLE,
  ts BIGINT
) WITH (KAFKA_TOPIC='iot-temperature', VALUE_FORMAT='JSON');

-- node: hot (filter)
CREATE STREAM hot AS
  SELECT *
  FROM readings
  WHERE temperature > 30
  EMIT CHANGES;

-- node: summary (project)
CREATE STREAM summary AS
  SELECT device_id, 'it''s hot' AS note
  FROM hot
  EMIT CHANGES;

-- node: all (kafka-sink)
CREATE STREAM `all` (
  device_id VARCHAR,
  temperature DOUBLE,
  ts BIGINT,
  note VARCHAR
) WITH (KAFKA_TOPIC='iot.all', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: all (kafka-sink)
INSERT INTO `all`
  SELECT device_id, temperature, ts, CAST(NULL AS VARCHAR) AS note
  FROM hot
  EMIT CHANGES;

-- node: all (kafka-sink)
INSERT INTO `all`
  SELECT device_id, CAST(NULL AS DOUBLE) AS temperature, CAST(NULL AS BIGINT) AS ts, note
  FROM summary
  EMIT CHANGES;
