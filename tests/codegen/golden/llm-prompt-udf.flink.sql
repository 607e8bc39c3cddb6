-- Pipewright export of pipeline 'llm-prompt-case' for Flink SQL.
-- Models use Confluent Cloud's provider options.
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
-- Confluent Cloud connection of endpoint profile 'default'.
CREATE CONNECTION default_chat
WITH (
  'type' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}'
);

-- node: ai (llm-prompt)
CREATE MODEL ai_model
INPUT (llm_prompt STRING)
OUTPUT (summary STRING)
WITH (
  'provider' = 'openai',
  'task' = 'text_generation',
  'openai.connection' = 'default_chat',
  'openai.model_version' = 'gpt-4o-mini',
  'openai.system_prompt' = 'You summarise support chats. Don''t invent facts.'
);

-- node: ai (llm-prompt)
CREATE VIEW ai_input AS
SELECT *, CONCAT('Summarise message ', COALESCE(message_id, ''), ': ', COALESCE(text, '')) AS llm_prompt
FROM messages;

-- node: ai (llm-prompt)
CREATE VIEW ai AS
SELECT message_id, user_id, text, ts, summary
FROM ai_input,
LATERAL TABLE(ML_PREDICT('ai_model', llm_prompt));

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
