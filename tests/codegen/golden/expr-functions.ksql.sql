-- Pipewright export of pipeline 'expr-functions' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: readings (kafka-source)
CREATE STREAM readings (
  device_id VARCHAR,
  site VARCHAR,
  temperature DOUBLE,
  reading_id BIGINT,
  ts BIGINT,
  payload VARCHAR
) WITH (KAFKA_TOPIC='readings', VALUE_FORMAT='JSON');

-- node: shape (project)
CREATE STREAM shape AS
  SELECT device_id, temperature % 1.5 AS phase, reading_id % 10 AS bucket, CASE WHEN site IS NULL OR device_id IS NULL THEN CAST(NULL AS VARCHAR) ELSE CONCAT(site, '/', device_id) END AS label, CAST(ROUND(temperature) AS DOUBLE) AS rounded, CAST(FORMAT_TIMESTAMP(FROM_UNIXTIME(ts), 'HH', 'UTC') AS BIGINT) AS hour, (ts - (ts % 3600000 + 3600000) % 3600000) AS hour_start, FORMAT_TIMESTAMP(FROM_UNIXTIME(ts), 'yyyy-MM-dd', 'UTC') AS day, EXTRACTJSONFIELD(payload, '$.device.fw') AS firmware, LPAD(REGEXP_REPLACE(device_id, '[^0-9]', ''), 6, '0') AS serial, CASE WHEN temperature > 30 THEN 'hot' ELSE 'ok' END AS level
  FROM readings
  EMIT CHANGES;

-- node: warm (filter)
CREATE STREAM warm AS
  SELECT *
  FROM shape
  WHERE phase % 2.0 < 1 AND hour_start > 1704067200000 - 86400000
  EMIT CHANGES;

-- node: out (kafka-sink)
CREATE STREAM out (
  device_id VARCHAR,
  phase DOUBLE,
  bucket BIGINT,
  label VARCHAR,
  rounded DOUBLE,
  hour BIGINT,
  hour_start BIGINT,
  day VARCHAR,
  firmware VARCHAR,
  serial VARCHAR,
  level VARCHAR
) WITH (KAFKA_TOPIC='readings.shaped', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: out (kafka-sink)
INSERT INTO out
  SELECT device_id, phase, bucket, label, rounded, hour, hour_start, day, firmware, serial, level
  FROM warm
  EMIT CHANGES;
