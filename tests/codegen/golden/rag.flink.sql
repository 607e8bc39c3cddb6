-- Pipewright export of pipeline 'rag-case' for Flink SQL.
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
  'properties.group.id' = 'rag-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: embed (embed)
CREATE MODEL embed_model
INPUT (embed_text STRING)
OUTPUT (embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'text-embedding-3-small'
);

-- node: embed (embed)
CREATE VIEW embed_input AS
SELECT *, CAST(text AS STRING) AS embed_text
FROM messages;

-- node: embed (embed)
CREATE VIEW embed AS
SELECT message_id, user_id, text, ts, CAST(embedding AS ARRAY<DOUBLE>) AS embedding
FROM ML_PREDICT(TABLE embed_input, MODEL embed_model, DESCRIPTOR(embed_text));

-- node: index (vector-upsert)
-- vector-upsert writes Pipewright's embedded vector index 'chats', which neither open-source Flink SQL nor ksqlDB has; run this retrieval-augmented part in Pipewright (pipewright-cli run) and deploy the exported statements for the rest

-- node: questions (kafka-source)
CREATE TABLE questions (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.questions',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'rag-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: similar (vector-retrieve)
-- vector-retrieve searches Pipewright's embedded vector index 'chats' (nearest neighbours by cosine), which neither open-source Flink SQL nor ksqlDB can do; run the retrieval-augmented part in Pipewright (pipewright-cli run) and have it write the enriched records to a topic that the exported statements read

-- node: answer (llm-prompt)
CREATE MODEL answer_model
INPUT (llm_prompt STRING)
OUTPUT (answer STRING)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'gpt-4o-mini',
  'temperature' = '0.2',
  'max-tokens' = '512'
);

-- node: answer (llm-prompt)
CREATE VIEW answer_input AS
SELECT *, CONCAT(COALESCE(text, ''), '
Similar chats:
', COALESCE(context_text, '')) AS llm_prompt
FROM `similar`;

-- node: answer (llm-prompt)
CREATE VIEW answer AS
SELECT message_id, user_id, text, ts, context, context_text, answer
FROM ML_PREDICT(TABLE answer_input, MODEL answer_model, DESCRIPTOR(llm_prompt));

-- node: answers (kafka-sink)
CREATE TABLE answers (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT,
  context ARRAY<STRING>,
  context_text STRING,
  answer STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.answers',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: answers (kafka-sink)
INSERT INTO answers
SELECT message_id, user_id, text, ts, context, context_text, answer
FROM answer;
