-- Pipewright export of pipeline 'join-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: customers (kafka-source)
-- Event time is the Kafka record timestamp (a temporal join, or the fold of vector search hits, needs one).
CREATE TABLE customers (
  customer_id STRING,
  name STRING,
  email STRING,
  tier STRING,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  WATERMARK FOR event_time AS event_time - INTERVAL '0' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'customers',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'join-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: payments (kafka-source)
-- Event time is the Kafka record timestamp (a temporal join, or the fold of vector search hits, needs one).
CREATE TABLE payments (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  WATERMARK FOR event_time AS event_time - INTERVAL '0' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'join-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: enrich (join)
-- Table side of the join: a versioned view holding the latest row per key.
CREATE VIEW enrich_latest AS
SELECT join_key, customer_id, name, email, tier, event_time
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY join_key ORDER BY event_time DESC) AS row_num
  FROM (SELECT CAST(customer_id AS STRING) AS join_key, customer_id, name, email, tier, event_time FROM customers) AS keyed
) AS ranked
WHERE row_num = 1;

-- node: enrich (join)
-- Temporal join: each stream row meets the table row valid at its event time.
CREATE VIEW enrich AS
SELECT s.payment_id, s.customer_id, s.amount, s.currency, s.ts, t.customer_id AS table_customer_id, t.name, t.email, t.tier, s.event_time
FROM (SELECT *, CAST(customer_id AS STRING) AS join_key FROM payments) AS s
LEFT JOIN enrich_latest FOR SYSTEM_TIME AS OF s.event_time AS t
ON s.join_key = t.join_key;

-- node: enriched (kafka-sink)
CREATE TABLE enriched (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT,
  table_customer_id STRING,
  name STRING,
  email STRING,
  tier STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.enriched',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: enriched (kafka-sink)
INSERT INTO enriched
SELECT payment_id, customer_id, amount, currency, ts, table_customer_id, name, email, tier
FROM enrich;
