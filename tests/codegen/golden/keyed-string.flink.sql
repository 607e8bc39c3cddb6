-- Pipewright export of pipeline 'keyed-string-case' for Flink SQL.
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
  'properties.group.id' = 'keyed-string-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: by-customer (kafka-sink)
CREATE TABLE by_customer (
  kafka_key STRING,
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.by-customer',
  'properties.bootstrap.servers' = 'kafka:9092',
  'key.format' = 'raw',
  'key.fields' = 'kafka_key',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY'
);

-- node: by-customer (kafka-sink)
INSERT INTO by_customer
SELECT CAST(customer_id AS STRING) AS kafka_key, payment_id, customer_id, amount, currency, ts
FROM payments;

-- node: raw (kafka-source)
CREATE TABLE `raw` (
  key STRING,
  `value` STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'raw.lines',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'keyed-string-case',
  'scan.startup.mode' = 'latest-offset',
  'key.format' = 'raw',
  'key.fields' = 'key',
  'value.format' = 'raw',
  'value.fields-include' = 'EXCEPT_KEY'
);

-- node: non-empty (filter)
CREATE VIEW non_empty AS
SELECT *
FROM `raw`
WHERE `value` <> '';

-- node: lines (kafka-sink)
CREATE TABLE lines (
  `value` STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'lines',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'raw'
);

-- node: lines (kafka-sink)
INSERT INTO lines
SELECT `value`
FROM non_empty;
