-- Pipewright export of pipeline 'llm-extract-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Generated: do not edit; change the pipeline and export again.

-- node: messages (kafka-source)
CREATE TABLE messages (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.messages',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'llm-extract-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: ai (llm-extract)
CREATE MODEL ai_model
INPUT (llm_prompt STRING)
OUTPUT (llm_json STRING)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'gpt-4o-mini',
  'system-prompt' = 'Extract these fields from the input and answer with one JSON object holding exactly these keys (null when absent):
- order_number (string)
- refund_amount (double)',
  'temperature' = '0',
  'response-format' = 'json_object'
);

-- node: ai (llm-extract)
CREATE VIEW ai_input AS
SELECT *, COALESCE(text, '') AS llm_prompt
FROM messages;

-- node: ai (llm-extract)
CREATE VIEW ai AS
SELECT message_id, user_id, text, ts, JSON_VALUE(llm_json, '$.order_number') AS order_number, CAST(JSON_VALUE(llm_json, '$.refund_amount') AS DOUBLE) AS refund_amount
FROM ML_PREDICT(TABLE ai_input, MODEL ai_model, DESCRIPTOR(llm_prompt));

-- node: results (kafka-sink)
CREATE TABLE results (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT,
  order_number STRING,
  refund_amount DOUBLE
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.results',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: results (kafka-sink)
INSERT INTO results
SELECT message_id, user_id, text, ts, order_number, refund_amount
FROM ai;
