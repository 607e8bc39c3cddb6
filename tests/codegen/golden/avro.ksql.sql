-- Pipewright export of pipeline 'avro-case' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: payments (kafka-source)
-- Avro (Confluent wire format): the ksqlDB server needs ksql.schema.registry.url = http://schema-registry:8081.
CREATE STREAM payments (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.avro', VALUE_FORMAT='AVRO');

-- node: all-payments (kafka-sink)
-- Avro (Confluent wire format): the ksqlDB server needs ksql.schema.registry.url = http://schema-registry:8081.
CREATE STREAM all_payments (
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.copy.avro', VALUE_FORMAT='AVRO', PARTITIONS=1);

-- node: all-payments (kafka-sink)
INSERT INTO all_payments
  SELECT payment_id, customer_id, amount, currency, ts
  FROM payments
  EMIT CHANGES;

-- node: big (filter)
CREATE STREAM big AS
  SELECT *
  FROM payments
  WHERE amount > 100
  EMIT CHANGES;

-- node: big-payments (kafka-sink)
-- Avro (Confluent wire format): the ksqlDB server needs ksql.schema.registry.url = http://schema-registry:8081.
CREATE STREAM big_payments (
  kafka_key VARCHAR KEY,
  payment_id VARCHAR,
  customer_id VARCHAR,
  amount DOUBLE,
  currency VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='payments.big.avro', KEY_FORMAT='KAFKA', VALUE_FORMAT='AVRO', PARTITIONS=1);

-- node: big-payments (kafka-sink)
INSERT INTO big_payments
  SELECT CAST(customer_id AS VARCHAR) AS kafka_key, payment_id, customer_id, amount, currency, ts
  FROM big
  PARTITION BY CAST(customer_id AS VARCHAR)
  EMIT CHANGES;
