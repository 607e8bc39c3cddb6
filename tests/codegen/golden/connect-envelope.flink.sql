-- Pipewright export of pipeline 'connect-envelope' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: orders (connect-source)
CREATE TABLE orders (
  before ROW<id BIGINT, amount DOUBLE>,
  after ROW<id BIGINT, amount DOUBLE>,
  source ROW<version STRING, connector STRING, name STRING, ts_ms BIGINT, snapshot STRING, db STRING, schema STRING, `table` STRING>,
  op STRING,
  ts_ms BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'shop.public.orders',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'connect-envelope',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: changes (project)
CREATE VIEW changes AS
SELECT COALESCE(after.id, before.id) AS order_id, after.amount AS amount, op, source.ts_ms AS changed_at
FROM orders;

-- node: archive (connect-sink)
CREATE TABLE archive (
  order_id BIGINT,
  amount DOUBLE,
  op STRING,
  changed_at BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders.changes',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: archive (connect-sink)
INSERT INTO archive
SELECT order_id, amount, op, changed_at
FROM changes;
