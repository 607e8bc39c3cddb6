-- Pipewright export of pipeline 'filter-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: payments (kafka-source)
CREATE TABLE payments (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'filter-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: big (filter)
CREATE VIEW big AS
SELECT *
FROM payments
WHERE amount > 100 AND currency IN ('EUR', 'USD');

-- node: big-payments (kafka-sink)
CREATE TABLE big_payments (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.big',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: big-payments (kafka-sink)
INSERT INTO big_payments
SELECT payment_id, customer_id, amount, currency, ts
FROM big;
