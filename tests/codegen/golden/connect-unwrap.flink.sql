-- Pipewright export of pipeline 'connect-unwrap' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: orders (connect-source)
CREATE TABLE orders (
  id BIGINT,
  total DOUBLE,
  __op STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'shop.inventory.orders',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'connect-unwrap',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: inserts (filter)
CREATE VIEW inserts AS
SELECT *
FROM orders
WHERE __op = 'c';

-- node: products (connect-source)
CREATE TABLE products (
  id BIGINT,
  title STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'pg-products',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'connect-unwrap',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: catalog (connect-sink)
CREATE TABLE catalog (
  id BIGINT,
  title STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'products.catalog',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: catalog (connect-sink)
INSERT INTO catalog
SELECT id, title
FROM products;

-- node: warehouse (connect-sink)
CREATE TABLE warehouse (
  id BIGINT,
  total DOUBLE,
  __op STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders.inserted',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://schema-registry:8081'
);

-- node: warehouse (connect-sink)
INSERT INTO warehouse
SELECT id, total, __op
FROM inserts;
