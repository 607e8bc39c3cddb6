-- Pipewright export of pipeline 'project-case' for ksqlDB.
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

-- node: shape (project)
CREATE STREAM shape AS
  SELECT payment_id AS id, amount * 100 AS `value`, UCASE(currency) AS `size`, CASE WHEN amount > 1000 THEN 'large' ELSE 'small' END AS label
  FROM payments
  EMIT CHANGES;

-- node: shaped (kafka-sink)
CREATE STREAM shaped (
  id VARCHAR,
  `value` DOUBLE,
  `size` VARCHAR,
  label VARCHAR
) WITH (KAFKA_TOPIC='payments.shaped', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: shaped (kafka-sink)
INSERT INTO shaped
  SELECT id, `value`, `size`, label
  FROM shape
  EMIT CHANGES;
