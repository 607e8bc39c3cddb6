-- Pipewright export of pipeline 'validate-case' for Flink SQL.
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
  'properties.group.id' = 'validate-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: check (validate)
CREATE VIEW check_valid AS
SELECT *
FROM payments
WHERE (amount > 0) AND (currency IN ('EUR', 'USD', 'GBP'));

-- node: check (validate)
CREATE VIEW check_invalid AS
SELECT *
FROM payments
WHERE NOT COALESCE(amount > 0, FALSE) OR NOT COALESCE(currency IN ('EUR', 'USD', 'GBP'), FALSE);

-- node: rejected (dead-letter)
CREATE TABLE rejected (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.dead-letter',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: rejected (dead-letter)
INSERT INTO rejected
SELECT payment_id, customer_id, amount, currency, ts
FROM check_invalid;

-- node: valid (kafka-sink)
CREATE TABLE valid (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.valid',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: valid (kafka-sink)
INSERT INTO valid
SELECT payment_id, customer_id, amount, currency, ts
FROM check_valid;
