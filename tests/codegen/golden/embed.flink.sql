-- Pipewright export of pipeline 'embed-case' for Flink SQL.
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
  'properties.group.id' = 'embed-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: ai (embed)
-- Confluent Cloud connection of endpoint profile 'default'.
CREATE CONNECTION default_embeddings
WITH (
  'type' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}'
);

-- node: ai (embed)
CREATE MODEL ai_model
INPUT (embed_text STRING)
OUTPUT (embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'task' = 'embedding',
  'openai.connection' = 'default_embeddings',
  'openai.model_version' = 'text-embedding-3-small'
);

-- node: ai (embed)
CREATE VIEW ai_input AS
SELECT *, CAST(text AS STRING) AS embed_text
FROM messages;

-- node: ai (embed)
CREATE VIEW ai AS
SELECT message_id, user_id, text, ts, CAST(embedding AS ARRAY<DOUBLE>) AS embedding
FROM ai_input,
LATERAL TABLE(ML_PREDICT('ai_model', embed_text));

-- node: results (kafka-sink)
CREATE TABLE results (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT,
  embedding ARRAY<DOUBLE>
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.results',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: results (kafka-sink)
INSERT INTO results
SELECT message_id, user_id, text, ts, embedding
FROM ai;
