-- Pipewright export of pipeline 'rag-case' for Flink SQL.
-- Models use Confluent Cloud's provider options.
-- Vector search uses Confluent Cloud's VECTOR_SEARCH_AGG over external tables.
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
-- Confluent Cloud connection of endpoint profile 'default'.
CREATE CONNECTION default_embeddings
WITH (
  'type' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}'
);

-- node: embed (embed)
CREATE MODEL embed_model
INPUT (embed_text STRING)
OUTPUT (embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'task' = 'embedding',
  'openai.connection' = 'default_embeddings',
  'openai.model_version' = 'text-embedding-3-small'
);

-- node: embed (embed)
CREATE VIEW embed_input AS
SELECT *, CAST(text AS STRING) AS embed_text
FROM messages;

-- node: embed (embed)
CREATE VIEW embed AS
SELECT message_id, user_id, text, ts, CAST(embedding AS ARRAY<DOUBLE>) AS embedding
FROM embed_input,
LATERAL TABLE(ML_PREDICT('embed_model', embed_text));

-- node: index (vector-upsert)
-- Documents of vector index 'chats' for a pinecone sink connector (Confluent Cloud's external tables are read-only).
CREATE TABLE chats_documents (
  id STRING,
  text STRING,
  embedding ARRAY<FLOAT>
) WITH (
  'connector' = 'kafka',
  'topic' = 'chats.documents',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

-- node: index (vector-upsert)
INSERT INTO chats_documents
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
-- Vector index 'chats': a read-only pinecone external table of Confluent Cloud, searched with VECTOR_SEARCH_AGG.
CREATE CONNECTION chats_vectors_connection
WITH (
  'type' = 'pinecone',
  'endpoint' = '${CHATS_VECTOR_ENDPOINT}',
  'api-key' = '${CHATS_VECTOR_API_KEY}'
);

-- node: similar (vector-retrieve)
CREATE TABLE chats_vectors (
  id STRING,
  text STRING,
  embedding ARRAY<FLOAT>
) WITH (
  'connector' = 'pinecone',
  'pinecone.connection' = 'chats_vectors_connection',
  'pinecone.embedding_column' = 'embedding'
);

-- node: similar (vector-retrieve)
CREATE MODEL similar_model
INPUT (query_text STRING)
OUTPUT (query_embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'task' = 'embedding',
  'openai.connection' = 'default_embeddings',
  'openai.model_version' = 'text-embedding-3-small'
);

-- node: similar (vector-retrieve)
CREATE VIEW similar_input AS
SELECT *, CAST(text AS STRING) AS query_text
FROM questions;

-- node: similar (vector-retrieve)
CREATE VIEW similar_query AS
SELECT message_id, user_id, text, ts, query_embedding, event_time
FROM similar_input,
LATERAL TABLE(ML_PREDICT('similar_model', query_text));

-- node: similar (vector-retrieve)
CREATE VIEW similar_hits AS
SELECT r.message_id, r.user_id, r.text, r.ts, h.id AS hit_id, h.text AS hit_text, h.score AS hit_score, r.event_time
FROM (
  SELECT q.*, v.search_results
  FROM similar_query AS q,
  LATERAL TABLE(VECTOR_SEARCH_AGG(chats_vectors, DESCRIPTOR(embedding), q.query_embedding, 3)) AS v
) AS r
CROSS JOIN UNNEST(r.search_results) AS h(id, text, embedding, score);

-- node: similar (vector-retrieve)
CREATE VIEW `similar` AS
SELECT message_id, user_id, text, ts, ARRAY_AGG(CASE WHEN hit_score >= 0 THEN CAST(ROW(hit_id, hit_score, hit_text, '{}') AS ROW<id STRING, score DOUBLE, text STRING, `metadata` STRING>) END IGNORE NULLS) AS context, LISTAGG(CASE WHEN hit_score >= 0 THEN CONCAT(COALESCE(hit_text, ''), ' (id: ', COALESCE(hit_id, ''), ', score: ', CAST(hit_score AS STRING), ')') END, '
') AS context_text
FROM TABLE(TUMBLE(TABLE similar_hits, DESCRIPTOR(event_time), INTERVAL '1' SECOND))
GROUP BY window_start, window_end, message_id, user_id, text, ts;

-- node: answer (llm-prompt)
-- Confluent Cloud connection of endpoint profile 'default'.
CREATE CONNECTION default_chat
WITH (
  'type' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}'
);

-- node: answer (llm-prompt)
CREATE MODEL answer_model
INPUT (llm_prompt STRING)
OUTPUT (answer STRING)
WITH (
  'provider' = 'openai',
  'task' = 'text_generation',
  'openai.connection' = 'default_chat',
  'openai.model_version' = 'gpt-4o-mini'
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
FROM answer_input,
LATERAL TABLE(ML_PREDICT('answer_model', llm_prompt));

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
