-- Pipewright export of pipeline 'mask-case' for ksqlDB.
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

-- node: anonymise (mask)
CREATE STREAM anonymise AS
  SELECT customer_id, CASE WHEN name IS NULL THEN CAST(NULL AS VARCHAR) ELSE '***' END AS name, MASK_KEEP_RIGHT(email, 4, '*', '*', '*', '*') AS email, tier
  FROM customers
  EMIT CHANGES;

-- node: anonymous (kafka-sink)
CREATE STREAM anonymous (
  customer_id VARCHAR,
  name VARCHAR,
  email VARCHAR,
  tier VARCHAR
) WITH (KAFKA_TOPIC='customers.anonymous', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: anonymous (kafka-sink)
INSERT INTO anonymous
  SELECT customer_id, name, email, tier
  FROM anonymise
  EMIT CHANGES;
