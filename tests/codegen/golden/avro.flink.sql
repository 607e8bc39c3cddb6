-- Pipewright export of pipeline 'avro-case' for Flink SQL.
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
  'topic' = 'payments.avro',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'avro-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://schema-registry:8081'
);

-- node: all-payments (kafka-sink)
CREATE TABLE all_payments (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.copy.avro',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://schema-registry:8081'
);

-- node: all-payments (kafka-sink)
INSERT INTO all_payments
SELECT payment_id, customer_id, amount, currency, ts
FROM payments;

-- node: big (filter)
CREATE VIEW big AS
SELECT *
FROM payments
WHERE amount > 100;

-- node: big-payments (kafka-sink)
CREATE TABLE big_payments (
  kafka_key STRING,
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.big.avro',
  'properties.bootstrap.servers' = 'kafka:9092',
  'key.format' = 'raw',
  'key.fields' = 'kafka_key',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://schema-registry:8081',
  'value.fields-include' = 'EXCEPT_KEY'
);

-- node: big-payments (kafka-sink)
INSERT INTO big_payments
SELECT CAST(customer_id AS STRING) AS kafka_key, payment_id, customer_id, amount, currency, ts
FROM big;
