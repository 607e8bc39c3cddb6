-- Pipewright export of pipeline 'mask-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: customers (kafka-source)
CREATE TABLE customers (
  customer_id STRING,
  name STRING,
  email STRING,
  tier STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'customers',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'mask-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: anonymise (mask)
CREATE VIEW anonymise AS
SELECT customer_id, CASE WHEN name IS NULL THEN CAST(NULL AS STRING) ELSE '***' END AS name, REGEXP_REPLACE(email, '(?s).(?=.{4})', '*') AS email, tier
FROM customers;

-- node: anonymous (kafka-sink)
CREATE TABLE anonymous (
  customer_id STRING,
  name STRING,
  email STRING,
  tier STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'customers.anonymous',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: anonymous (kafka-sink)
INSERT INTO anonymous
SELECT customer_id, name, email, tier
FROM anonymise;
