-- Pipewright export of pipeline 'aggregate-tumbling' for ksqlDB.
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
) WITH (KAFKA_TOPIC='payments', VALUE_FORMAT='JSON', TIMESTAMP='ts');

-- node: per-customer (aggregate)
CREATE TABLE per_customer_table WITH (KAFKA_TOPIC='per_customer', KEY_FORMAT='JSON', VALUE_FORMAT='JSON') AS
  SELECT customer_id AS customer_id_key, AS_VALUE(customer_id) AS customer_id, UCASE(currency) AS key_1_key, AS_VALUE(UCASE(currency)) AS key_1, COUNT(*) AS payments, SUM(amount) AS total, AVG(amount) AS average, MAX(amount) AS largest, WINDOWSTART AS window_start, WINDOWEND AS window_end
  FROM payments
  WINDOW TUMBLING (SIZE 1 MINUTE, GRACE PERIOD 10 SECONDS)
  GROUP BY customer_id, UCASE(currency)
  EMIT CHANGES;

-- node: per-customer (aggregate)
CREATE STREAM per_customer (
  customer_id VARCHAR,
  key_1 VARCHAR,
  payments BIGINT,
  total DOUBLE,
  average DOUBLE,
  largest DOUBLE,
  window_start BIGINT,
  window_end BIGINT
) WITH (KAFKA_TOPIC='per_customer', VALUE_FORMAT='JSON');

-- node: totals (kafka-sink)
CREATE STREAM totals (
  customer_id VARCHAR,
  key_1 VARCHAR,
  payments BIGINT,
  total DOUBLE,
  average DOUBLE,
  largest DOUBLE,
  window_start BIGINT,
  window_end BIGINT
) WITH (KAFKA_TOPIC='payments.totals', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: totals (kafka-sink)
INSERT INTO totals
  SELECT customer_id, key_1, payments, total, average, largest, window_start, window_end
  FROM per_customer
  EMIT CHANGES;
