-- Pipewright export of pipeline 'dedupe-case' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: payments (kafka-source)
CREATE STREAM payments (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments', VALUE_FORMAT='JSON');

-- node: once (dedupe)
-- not expressible in ksqlDB: dedupe has no ksqlDB equivalent (no per-key first-row filter over a sliding window); deduplicate upstream or export to Flink SQL

-- node: unique (kafka-sink)
CREATE STREAM unique (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.unique', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: unique (kafka-sink)
INSERT INTO unique
  SELECT payment_id, customer_id, amount, currency, ts
  FROM once
  EMIT CHANGES;
