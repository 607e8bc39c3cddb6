-- Pipewright export of pipeline 'connect-envelope' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: orders (connect-source)
CREATE STREAM orders (
  before STRUCT<id BIGINT, amount DOUBLE>,
  after STRUCT<id BIGINT, amount DOUBLE>,
  source STRUCT<version VARCHAR, connector VARCHAR, name VARCHAR, ts_ms BIGINT, snapshot VARCHAR, db VARCHAR, schema VARCHAR, `table` VARCHAR>,
  op VARCHAR,
  ts_ms BIGINT
) WITH (KAFKA_TOPIC='shop.public.orders', VALUE_FORMAT='JSON');

-- node: changes (project)
CREATE STREAM changes AS
  SELECT COALESCE(after->id, before->id) AS order_id, after->amount AS amount, op, source->ts_ms AS changed_at
  FROM orders
  EMIT CHANGES;

-- node: archive (connect-sink)
CREATE STREAM archive (
  order_id BIGINT,
  amount DOUBLE,
  op VARCHAR,
  changed_at BIGINT
) WITH (KAFKA_TOPIC='orders.changes', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: archive (connect-sink)
INSERT INTO archive
  SELECT order_id, amount, op, changed_at
  FROM changes
  EMIT CHANGES;
