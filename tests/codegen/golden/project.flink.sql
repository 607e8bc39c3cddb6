-- Pipewright export of pipeline 'project-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: payments (kafka-source)
CREATE TABLE payments (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'project-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: shape (project)
CREATE VIEW shape AS
SELECT payment_id AS id, amount * 100 AS `value`, UPPER(currency) AS size, CASE WHEN amount > 1000 THEN 'large' ELSE 'small' END AS label
FROM payments;

-- node: shaped (kafka-sink)
CREATE TABLE shaped (
  id STRING,
  `value` DOUBLE,
  size STRING,
  label STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.shaped',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: shaped (kafka-sink)
INSERT INTO shaped
SELECT id, `value`, size, label
FROM shape;
