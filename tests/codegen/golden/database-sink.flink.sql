-- Pipewright export of pipeline 'database-sink-case' for Flink SQL.
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
  'properties.group.id' = 'database-sink-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: large (filter)
CREATE VIEW `large` AS
SELECT *
FROM payments
WHERE amount > 100;

-- node: ledger (database-sink)
CREATE TABLE ledger (
  id STRING,
  customer_id STRING,
  amount DOUBLE,
  paid_at BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.large.ledger',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://schema-registry:8081'
);

-- node: ledger (database-sink)
INSERT INTO ledger
SELECT payment_id AS id, customer_id, amount, ts AS paid_at
FROM `large`;
