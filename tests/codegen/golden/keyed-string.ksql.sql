-- Pipewright export of pipeline 'keyed-string-case' for ksqlDB.
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

-- node: by-customer (kafka-sink)
CREATE STREAM by_customer (
  kafka_key VARCHAR KEY,
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.by-customer', KEY_FORMAT='KAFKA', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: by-customer (kafka-sink)
INSERT INTO by_customer
  SELECT CAST(customer_id AS VARCHAR) AS kafka_key, payment_id, customer_id, amount, currency, ts
  FROM payments
  PARTITION BY CAST(customer_id AS VARCHAR)
  EMIT CHANGES;

-- node: raw (kafka-source)
CREATE STREAM raw (
  `key` VARCHAR KEY,
  `value` VARCHAR
) WITH (KAFKA_TOPIC='raw.lines', KEY_FORMAT='KAFKA', VALUE_FORMAT='KAFKA');

-- node: non-empty (filter)
CREATE STREAM non_empty AS
  SELECT *
  FROM raw
  WHERE `value` <> ''
  EMIT CHANGES;

-- node: lines (kafka-sink)
CREATE STREAM lines (
  `key` VARCHAR KEY,
  `value` VARCHAR
) WITH (KAFKA_TOPIC='lines', KEY_FORMAT='KAFKA', VALUE_FORMAT='KAFKA', PARTITIONS=1);

-- node: lines (kafka-sink)
INSERT INTO lines
  SELECT `key`, `value`
  FROM non_empty
  EMIT CHANGES;
