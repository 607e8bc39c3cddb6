-- Pipewright export of pipeline 'dedupe-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: payments (kafka-source)
CREATE TABLE payments (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT,
  proc_time AS PROCTIME()
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'dedupe-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: once (dedupe)
-- Keeps the first row per key. Pipewright forgets a key after 10 min; Flink when its state TTL expires.
CREATE VIEW once AS
SELECT payment_id, customer_id, amount, currency, ts, proc_time
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY dedupe_key ORDER BY proc_time ASC) AS row_num
  FROM (SELECT *, payment_id AS dedupe_key FROM payments) AS keyed
) AS ranked
WHERE row_num = 1;

-- node: unique (kafka-sink)
CREATE TABLE `unique` (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.unique',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: unique (kafka-sink)
INSERT INTO `unique`
SELECT payment_id, customer_id, amount, currency, ts
FROM once;
