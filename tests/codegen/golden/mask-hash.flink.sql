-- Pipewright export of pipeline 'mask-hash-case' for Flink SQL.
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
  'properties.group.id' = 'mask-hash-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: pseudonymise (mask)
CREATE VIEW pseudonymise AS
SELECT customer_id, name, SHA256(email) AS email, tier
FROM customers;

-- node: pseudonymous (kafka-sink)
CREATE TABLE pseudonymous (
  customer_id STRING,
  name STRING,
  email STRING,
  tier STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'customers.pseudonymous',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: pseudonymous (kafka-sink)
INSERT INTO pseudonymous
SELECT customer_id, name, email, tier
FROM pseudonymise;
