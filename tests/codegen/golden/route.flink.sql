-- Pipewright export of pipeline 'route-case' for Flink SQL.
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
  'properties.group.id' = 'route-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: by-currency (route)
CREATE VIEW by_currency_eur AS
SELECT *
FROM payments
WHERE currency = 'EUR';

-- node: by-currency (route)
CREATE VIEW by_currency_large AS
SELECT *
FROM payments
WHERE NOT COALESCE(currency = 'EUR', FALSE) AND (amount > 1000);

-- node: by-currency (route)
CREATE VIEW by_currency_else AS
SELECT *
FROM payments
WHERE NOT COALESCE(currency = 'EUR', FALSE) AND NOT COALESCE(amount > 1000, FALSE);

-- node: eur (kafka-sink)
CREATE TABLE eur (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.eur',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: eur (kafka-sink)
INSERT INTO eur
SELECT payment_id, customer_id, amount, currency, ts
FROM by_currency_eur;

-- node: large (kafka-sink)
CREATE TABLE `large` (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.large',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: large (kafka-sink)
INSERT INTO `large`
SELECT payment_id, customer_id, amount, currency, ts
FROM by_currency_large;

-- node: other (kafka-sink)
CREATE TABLE other (
  payment_id STRING,
  customer_id STRING,
  amount DOUBLE,
  currency STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments.other',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: other (kafka-sink)
INSERT INTO other
SELECT payment_id, customer_id, amount, currency, ts
FROM by_currency_else;
