-- Pipewright export of pipeline 'rag-case' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Vector search uses Flink 2.2's VECTOR_SEARCH over Elasticsearch (flink-connector-elasticsearch).
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
-- Vector index 'chats' in Elasticsearch (flink-connector-elasticsearch 'elasticsearch-8': a sink, and a source that Flink 2.2's VECTOR_SEARCH can search).
CREATE TABLE chats_vectors (
  id STRING,
  text STRING,
  embedding ARRAY<FLOAT>,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'elasticsearch-8',
  'hosts' = '${CHATS_VECTOR_HOSTS}',
  'index' = 'chats',
  'username' = '${CHATS_VECTOR_USERNAME}',
  'password' = '${CHATS_VECTOR_PASSWORD}'
);

-- node: index (vector-upsert)
INSERT INTO chats_vectors
SELECT CAST(message_id AS STRING) AS id, CAST(text AS STRING) AS text, CAST(embedding AS ARRAY<FLOAT>) AS embedding
FROM embed;

-- node: questions (kafka-source)
-- Event time is the Kafka record timestamp (a temporal join, or the fold of vector search hits, needs one).
CREATE TABLE questions (
  message_id STRING,
  user_id STRING,
  text STRING,
  ts BIGINT,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  WATERMARK FOR event_time AS event_time - INTERVAL '0' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'chat.questions',
  'properties.bootstrap.servers' = 'kafka:9092',
  'properties.group.id' = 'rag-case',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: similar (vector-retrieve)
CREATE MODEL similar_model
INPUT (query_text STRING)
OUTPUT (query_embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'text-embedding-3-small'
);

-- node: similar (vector-retrieve)
CREATE VIEW similar_input AS
SELECT *, CAST(text AS STRING) AS query_text
FROM questions;

-- node: similar (vector-retrieve)
CREATE VIEW similar_query AS
SELECT message_id, user_id, text, ts, query_embedding, event_time
FROM ML_PREDICT(TABLE similar_input, MODEL similar_model, DESCRIPTOR(query_text));

-- node: similar (vector-retrieve)
CREATE VIEW similar_hits AS
SELECT q.message_id, q.user_id, q.text, q.ts, h.id AS hit_id, h.text AS hit_text, h.score AS hit_score, q.event_time
FROM similar_query AS q,
LATERAL TABLE(VECTOR_SEARCH(
  SEARCH_TABLE => TABLE chats_vectors,
  COLUMN_TO_SEARCH => DESCRIPTOR(embedding),
  COLUMN_TO_QUERY => q.query_embedding,
  TOP_K => 3)) AS h;

-- node: similar (vector-retrieve)
CREATE VIEW `similar` AS
SELECT message_id, user_id, text, ts, ARRAY_AGG(CASE WHEN hit_score >= 0.5 THEN CAST(ROW(hit_id, hit_score, hit_text, '{}') AS ROW<id STRING, score DOUBLE, text STRING, `metadata` STRING>) END IGNORE NULLS) AS context, LISTAGG(CASE WHEN hit_score >= 0.5 THEN CONCAT(COALESCE(hit_text, ''), ' (id: ', COALESCE(hit_id, ''), ', score: ', CAST(hit_score AS STRING), ')') END, '
') AS context_text
FROM TABLE(TUMBLE(TABLE similar_hits, DESCRIPTOR(event_time), INTERVAL '1' SECOND))
GROUP BY window_start, window_end, message_id, user_id, text, ts;

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
  context ARRAY<ROW<id STRING, score DOUBLE, text STRING, `metadata` STRING>>,
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
