-- Pipewright export of pipeline 'validate-case' for ksqlDB.
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

-- node: check (validate)
CREATE STREAM check_valid AS
  SELECT *
  FROM payments
  WHERE (amount > 0) AND (currency IN ('EUR', 'USD', 'GBP'))
  EMIT CHANGES;

-- node: check (validate)
CREATE STREAM check_invalid AS
  SELECT *
  FROM payments
  WHERE NOT COALESCE(amount > 0, FALSE) OR NOT COALESCE(currency IN ('EUR', 'USD', 'GBP'), FALSE)
  EMIT CHANGES;

-- node: rejected (dead-letter)
CREATE STREAM rejected (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.dead-letter', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: rejected (dead-letter)
INSERT INTO rejected
  SELECT payment_id, customer_id, amount, currency, ts
  FROM check_invalid
  EMIT CHANGES;

-- node: valid (kafka-sink)
CREATE STREAM valid (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.valid', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: valid (kafka-sink)
INSERT INTO valid
  SELECT payment_id, customer_id, amount, currency, ts
  FROM check_valid
  EMIT CHANGES;
