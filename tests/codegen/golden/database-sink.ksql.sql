-- Pipewright export of pipeline 'database-sink-case' for ksqlDB.
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

-- node: large (filter)
CREATE STREAM large AS
  SELECT *
  FROM payments
  WHERE amount > 100
  EMIT CHANGES;

-- node: ledger (database-sink)
-- Avro (Confluent wire format): the ksqlDB server needs ksql.schema.registry.url = http://schema-registry:8081.
CREATE STREAM ledger (
  id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  paid_at BIGINT
) WITH (KAFKA_TOPIC='payments.large.ledger', VALUE_FORMAT='AVRO', PARTITIONS=1);

-- node: ledger (database-sink)
INSERT INTO ledger
  SELECT payment_id AS id, customer_id, amount, ts AS paid_at
  FROM large
  EMIT CHANGES;
