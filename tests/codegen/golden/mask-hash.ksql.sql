-- Pipewright export of pipeline 'mask-hash-case' for ksqlDB.
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

-- node: pseudonymise (mask)
-- not expressible in ksqlDB: hash masking needs a SHA-256 function, which ksqlDB does not ship; use redact or partial, or export to Flink SQL

-- node: pseudonymous (kafka-sink)
CREATE STREAM pseudonymous (
  customer_id VARCHAR,
  name VARCHAR,
  email VARCHAR,
  tier VARCHAR
) WITH (KAFKA_TOPIC='customers.pseudonymous', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: pseudonymous (kafka-sink)
INSERT INTO pseudonymous
  SELECT customer_id, name, email, tier
  FROM pseudonymise
  EMIT CHANGES;
