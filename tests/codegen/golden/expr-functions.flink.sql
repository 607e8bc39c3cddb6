-- Pipewright export of pipeline 'expr-functions' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- Time functions read and write UTC wall-clock time (docs/expression-functions.md).
SET 'table.local-time-zone' = 'UTC';

-- node: readings (kafka-source)
CREATE TABLE readings (
  device_id STRING,
  site STRING,
  temperature DOUBLE,
  reading_id BIGINT,
  ts BIGINT,
  payload STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'readings',
  'properties.bootstrap.servers' = 'localhost:9092',
  'properties.group.id' = 'expr-functions',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: shape (project)
CREATE VIEW shape AS
SELECT device_id, CAST(MOD(CAST(temperature AS DECIMAL(38, 10)), CAST(1.5 AS DECIMAL(38, 10))) AS DOUBLE) AS phase, MOD(reading_id, 10) AS bucket, CONCAT(site, '/', device_id) AS label, ROUND(temperature) AS rounded, CAST(DATE_FORMAT(TO_TIMESTAMP_LTZ(ts, 3), 'HH') AS BIGINT) AS `hour`, (ts - MOD(MOD(ts, 3600000) + 3600000, 3600000)) AS hour_start, DATE_FORMAT(TO_TIMESTAMP_LTZ(ts, 3), 'yyyy-MM-dd') AS `day`, JSON_VALUE(payload, '$.device.fw') AS firmware, LPAD(REGEXP_REPLACE(device_id, '[^0-9]', ''), 6, '0') AS serial, CASE WHEN temperature > 30 THEN 'hot' ELSE 'ok' END AS level
FROM readings;

-- node: warm (filter)
CREATE VIEW warm AS
SELECT *
FROM shape
WHERE CAST(MOD(CAST(phase AS DECIMAL(38, 10)), CAST(2.0 AS DECIMAL(38, 10))) AS DOUBLE) < 1 AND hour_start > 1704067200000 - 86400000;

-- node: out (kafka-sink)
CREATE TABLE `out` (
  device_id STRING,
  phase DOUBLE,
  bucket BIGINT,
  label STRING,
  rounded DOUBLE,
  `hour` BIGINT,
  hour_start BIGINT,
  `day` STRING,
  firmware STRING,
  serial STRING,
  level STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'readings.shaped',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);

-- node: out (kafka-sink)
INSERT INTO `out`
SELECT device_id, phase, bucket, label, rounded, `hour`, hour_start, `day`, firmware, serial, level
FROM warm;
