-- Pipewright export of pipeline 'route-case' for ksqlDB.
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

-- node: by-currency (route)
CREATE STREAM by_currency_eur AS
  SELECT *
  FROM payments
  WHERE currency = 'EUR'
  EMIT CHANGES;

-- node: by-currency (route)
CREATE STREAM by_currency_large AS
  SELECT *
  FROM payments
  WHERE NOT COALESCE(currency = 'EUR', FALSE) AND (amount > 1000)
  EMIT CHANGES;

-- node: by-currency (route)
CREATE STREAM by_currency_else AS
  SELECT *
  FROM payments
  WHERE NOT COALESCE(currency = 'EUR', FALSE) AND NOT COALESCE(amount > 1000, FALSE)
  EMIT CHANGES;

-- node: eur (kafka-sink)
CREATE STREAM eur (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.eur', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: eur (kafka-sink)
INSERT INTO eur
  SELECT payment_id, customer_id, amount, currency, ts
  FROM by_currency_eur
  EMIT CHANGES;

-- node: large (kafka-sink)
CREATE STREAM large (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.large', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: large (kafka-sink)
INSERT INTO large
  SELECT payment_id, customer_id, amount, currency, ts
  FROM by_currency_large
  EMIT CHANGES;

-- node: other (kafka-sink)
CREATE STREAM other (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.other', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: other (kafka-sink)
INSERT INTO other
  SELECT payment_id, customer_id, amount, currency, ts
  FROM by_currency_else
  EMIT CHANGES;
