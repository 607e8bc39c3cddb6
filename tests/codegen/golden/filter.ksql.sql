-- Pipewright export of pipeline 'filter-case' for ksqlDB.
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

-- node: big (filter)
CREATE STREAM big AS
  SELECT *
  FROM payments
  WHERE amount > 100 AND currency IN ('EUR', 'USD')
  EMIT CHANGES;

-- node: big-payments (kafka-sink)
CREATE STREAM big_payments (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.big', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: big-payments (kafka-sink)
INSERT INTO big_payments
  SELECT payment_id, customer_id, amount, currency, ts
  FROM big
  EMIT CHANGES;
