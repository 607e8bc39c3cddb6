-- Pipewright export of pipeline 'connect-unwrap' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: orders (connect-source)
CREATE STREAM orders (
  id BIGINT,
  total DOUBLE,
  __op VARCHAR
) WITH (KAFKA_TOPIC='shop.inventory.orders', VALUE_FORMAT='JSON');

-- node: inserts (filter)
CREATE STREAM inserts AS
  SELECT *
  FROM orders
  WHERE __op = 'c'
  EMIT CHANGES;

-- node: products (connect-source)
CREATE STREAM products (
  id BIGINT,
  title VARCHAR
) WITH (KAFKA_TOPIC='pg-products', VALUE_FORMAT='JSON');

-- node: catalog (connect-sink)
CREATE STREAM catalog (
  id BIGINT,
  title VARCHAR
) WITH (KAFKA_TOPIC='products.catalog', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: catalog (connect-sink)
INSERT INTO catalog
  SELECT id, title
  FROM products
  EMIT CHANGES;

-- node: warehouse (connect-sink)
-- Avro (Confluent wire format): the ksqlDB server needs ksql.schema.registry.url = http://schema-registry:8081.
CREATE STREAM warehouse (
  id BIGINT,
  total DOUBLE,
  __op VARCHAR
) WITH (KAFKA_TOPIC='orders.inserted', VALUE_FORMAT='AVRO', PARTITIONS=1);

-- node: warehouse (connect-sink)
INSERT INTO warehouse
  SELECT id, total, __op
  FROM inserts
  EMIT CHANGES;
