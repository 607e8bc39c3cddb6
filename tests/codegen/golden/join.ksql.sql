-- Pipewright export of pipeline 'join-case' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: customers (kafka-source)
CREATE STREAM customers (
  customer_id VARCHAR,
  name VARCHAR,
  email VARCHAR,
  tier VARCHAR
) WITH (KAFKA_TOPIC='customers', VALUE_FORMAT='JSON');

-- node: payments (kafka-source)
CREATE STREAM payments (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments', VALUE_FORMAT='JSON');

-- node: enrich (join)
-- Table side of the join: the latest record per key.
CREATE TABLE enrich_latest AS
  SELECT CAST(customer_id AS VARCHAR) AS join_key, LATEST_BY_OFFSET(customer_id, false) AS customer_id, LATEST_BY_OFFSET(name, false) AS name, LATEST_BY_OFFSET(email, false) AS email, LATEST_BY_OFFSET(tier, false) AS tier
  FROM customers
  GROUP BY CAST(customer_id AS VARCHAR)
  EMIT CHANGES;

-- node: enrich (join)
CREATE STREAM enrich_keyed AS
  SELECT payment_id, customer_id, amount, currency, ts, CAST(customer_id AS VARCHAR) AS join_key
  FROM payments
  EMIT CHANGES;

-- node: enrich (join)
CREATE STREAM enrich AS
  SELECT s.join_key AS join_key, s.payment_id AS payment_id, s.customer_id AS customer_id, s.amount AS amount, s.currency AS currency, s.ts AS ts, t.customer_id AS table_customer_id, t.name AS name, t.email AS email, t.tier AS tier
  FROM enrich_keyed s
  LEFT JOIN enrich_latest t ON s.join_key = t.join_key
  EMIT CHANGES;

-- node: enriched (kafka-sink)
CREATE STREAM enriched (
  join_key VARCHAR KEY,
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT,
  table_customer_id VARCHAR,
  name VARCHAR,
  email VARCHAR,
  tier VARCHAR
) WITH (KAFKA_TOPIC='payments.enriched', KEY_FORMAT='KAFKA', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: enriched (kafka-sink)
INSERT INTO enriched
  SELECT join_key, payment_id, customer_id, amount, currency, ts, table_customer_id, name, email, tier
  FROM enrich
  EMIT CHANGES;
