-- Pipewright export of pipeline 'llm-prompt-case' for Flink SQL.
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
  'properties.group.id' = 'llm-prompt-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: ai (llm-prompt)
CREATE MODEL ai_model
INPUT (llm_prompt STRING)
OUTPUT (summary STRING)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'gpt-4o-mini',
  'system-prompt' = 'You summarise support chats. Don''t invent facts.',
  'temperature' = '0.2',
  'max-tokens' = '256'
);

-- node: ai (llm-prompt)
CREATE VIEW ai_input AS
SELECT *, CONCAT('Summarise message ', COALESCE(message_id, ''), ': ', COALESCE(text, '')) AS llm_prompt
FROM messages;

-- node: ai (llm-prompt)
CREATE VIEW ai AS
SELECT message_id, user_id, text, ts, summary
FROM ML_PREDICT(TABLE ai_input, MODEL ai_model, DESCRIPTOR(llm_prompt));

-- node: results (kafka-sink)
CREATE TABLE results (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT,
  summary STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.results',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: results (kafka-sink)
INSERT INTO results
SELECT message_id, user_id, text, ts, summary
FROM ai;
