-- Pipewright export of pipeline 'aggregate-hopping' for Flink SQL.
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
  'properties.group.id' = 'aggregate-hopping',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: per-customer (aggregate)
CREATE VIEW per_customer AS
SELECT customer_id, UPPER(currency) AS key_1, COUNT(*) AS payments, SUM(amount) AS total, AVG(CAST(amount AS DOUBLE)) AS average, MAX(amount) AS largest, window_start, window_end
FROM TABLE(HOP(TABLE payments, DESCRIPTOR(proc_time), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE))
GROUP BY window_start, window_end, customer_id, UPPER(currency);

-- node: totals (kafka-sink)
CREATE TABLE totals (
  customer_id STRING,
  key_1 STRING,
  payments BIGINT,
  total DOUBLE,
  average DOUBLE,
  largest DOUBLE,
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.totals',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: totals (kafka-sink)
INSERT INTO totals
SELECT customer_id, key_1, payments, total, average, largest, window_start, window_end
FROM per_customer;
