-- Pipewright export of pipeline 'flight-rebooking-rag' for Flink SQL.
-- Models use Confluent Cloud's provider options.
-- Vector search uses Confluent Cloud's VECTOR_SEARCH_AGG over external tables.
-- Generated: do not edit; change the pipeline and export again.

-- node: flight-events (kafka-source)
CREATE TABLE flight_events (
  event_id STRING,
  flight_id STRING,
  status STRING,
  origin STRING,
  destination STRING,
  departure BIGINT,
  ts BIGINT,
  event_time AS TO_TIMESTAMP_LTZ(ts, 3),
  WATERMARK FOR event_time AS event_time - INTERVAL '0' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'flight-events',
  'properties.bootstrap.servers' = 'localhost:9092',
  'properties.group.id' = 'flight-rebooking-rag',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: embed-flight (embed)
-- Confluent Cloud connection of endpoint profile 'default'.
CREATE CONNECTION default_embeddings
WITH (
  'type' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}'
);

-- node: embed-flight (embed)
CREATE MODEL embed_flight_model
INPUT (embed_text STRING)
OUTPUT (embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'task' = 'embedding',
  'openai.connection' = 'default_embeddings',
  'openai.model_version' = 'text-embedding-3-small'
);

-- node: embed-flight (embed)
CREATE VIEW embed_flight_input AS
SELECT *, CAST(CONCAT('Flight ', flight_id, ' from ', origin, ' to ', destination, ' is ', status) AS STRING) AS embed_text
FROM flight_events;

-- node: embed-flight (embed)
CREATE VIEW embed_flight AS
SELECT event_id, flight_id, status, origin, destination, departure, ts, CAST(embedding AS ARRAY<DOUBLE>) AS embedding, event_time
FROM embed_flight_input,
LATERAL TABLE(ML_PREDICT('embed_flight_model', embed_text));

-- node: flight-index (vector-upsert)
-- Documents of vector index 'flights' for a pinecone sink connector (Confluent Cloud's external tables are read-only).
CREATE TABLE flights_documents (
  id STRING,
  text STRING,
  embedding ARRAY<FLOAT>,
  status STRING,
  origin STRING,
  destination STRING,
  departure BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'flights.documents',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);

-- node: flight-index (vector-upsert)
INSERT INTO flights_documents
SELECT CAST(flight_id AS STRING) AS id, CAST(CONCAT('Flight ', flight_id, ' from ', origin, ' to ', destination, ' is ', status) AS STRING) AS text, CAST(embedding AS ARRAY<FLOAT>) AS embedding, status, origin, destination, departure
FROM embed_flight;

-- node: questions (kafka-source)
-- Event time is the Kafka record timestamp (a temporal join, or the fold of vector search hits, needs one).
CREATE TABLE questions (
  question_id STRING,
  customer_id STRING,
  question STRING,
  ts BIGINT,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  WATERMARK FOR event_time AS event_time - INTERVAL '0' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'customer-questions',
  'properties.bootstrap.servers' = 'localhost:9092',
  'properties.group.id' = 'flight-rebooking-rag',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'json'
);

-- node: find-flights (vector-retrieve)
-- Vector index 'flights': a read-only pinecone external table of Confluent Cloud, searched with VECTOR_SEARCH_AGG.
CREATE CONNECTION flights_vectors_connection
WITH (
  'type' = 'pinecone',
  'endpoint' = '${FLIGHTS_VECTOR_ENDPOINT}',
  'api-key' = '${FLIGHTS_VECTOR_API_KEY}'
);

-- node: find-flights (vector-retrieve)
CREATE TABLE flights_vectors (
  id STRING,
  text STRING,
  embedding ARRAY<FLOAT>,
  status STRING,
  origin STRING,
  destination STRING,
  departure BIGINT
) WITH (
  'connector' = 'pinecone',
  'pinecone.connection' = 'flights_vectors_connection',
  'pinecone.embedding_column' = 'embedding'
);

-- node: find-flights (vector-retrieve)
CREATE MODEL find_flights_model
INPUT (query_text STRING)
OUTPUT (query_embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'task' = 'embedding',
  'openai.connection' = 'default_embeddings',
  'openai.model_version' = 'text-embedding-3-small'
);

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights_input AS
SELECT *, CAST(question AS STRING) AS query_text
FROM questions;

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights_query AS
SELECT question_id, customer_id, question, ts, query_embedding, event_time
FROM find_flights_input,
LATERAL TABLE(ML_PREDICT('find_flights_model', query_text));

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights_hits AS
SELECT r.question_id, r.customer_id, r.question, r.ts, h.id AS hit_id, h.text AS hit_text, h.status AS hit_status, h.origin AS hit_origin, h.destination AS hit_destination, h.departure AS hit_departure, h.score AS hit_score, r.event_time
FROM (
  SELECT q.*, v.search_results
  FROM find_flights_query AS q,
  LATERAL TABLE(VECTOR_SEARCH_AGG(flights_vectors, DESCRIPTOR(embedding), q.query_embedding, 3)) AS v
) AS r
CROSS JOIN UNNEST(r.search_results) AS h(id, text, embedding, status, origin, destination, departure, score);

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights AS
SELECT question_id, customer_id, question, ts, ARRAY_AGG(CASE WHEN hit_score >= 0.2 THEN CAST(ROW(hit_id, hit_score, hit_text, JSON_OBJECT('status' VALUE hit_status, 'origin' VALUE hit_origin, 'destination' VALUE hit_destination, 'departure' VALUE hit_departure)) AS ROW<id STRING, score DOUBLE, text STRING, `metadata` STRING>) END IGNORE NULLS) AS flights, LISTAGG(CASE WHEN hit_score >= 0.2 THEN CONCAT(COALESCE(hit_text, ''), ' (id: ', COALESCE(hit_id, ''), ', score: ', CAST(hit_score AS STRING), ', metadata: ', JSON_OBJECT('status' VALUE hit_status, 'origin' VALUE hit_origin, 'destination' VALUE hit_destination, 'departure' VALUE hit_departure), ')') END, '
') AS flights_text
FROM TABLE(TUMBLE(TABLE find_flights_hits, DESCRIPTOR(event_time), INTERVAL '1' SECOND))
GROUP BY window_start, window_end, question_id, customer_id, question, ts;

-- node: suggest (llm-prompt)
-- Confluent Cloud connection of endpoint profile 'default'.
CREATE CONNECTION default_chat
WITH (
  'type' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}'
);

-- node: suggest (llm-prompt)
CREATE MODEL suggest_model
INPUT (llm_prompt STRING)
OUTPUT (suggestion STRING)
WITH (
  'provider' = 'openai',
  'task' = 'text_generation',
  'openai.connection' = 'default_chat',
  'openai.model_version' = 'gpt-4o-mini',
  'openai.system_prompt' = 'You are an airline rebooking assistant. Answer only from the flights listed; if none fits, say so and offer a callback.'
);

-- node: suggest (llm-prompt)
CREATE VIEW suggest_input AS
SELECT *, CONCAT('Customer ', COALESCE(customer_id, ''), ' asks: ', COALESCE(question, ''), '

Current flights that may be relevant (most similar first):
', COALESCE(flights_text, ''), '

Suggest one rebooking and a short message to the customer.') AS llm_prompt
FROM find_flights;

-- node: suggest (llm-prompt)
CREATE VIEW suggest AS
SELECT question_id, customer_id, question, ts, flights, flights_text, suggestion
FROM suggest_input,
LATERAL TABLE(ML_PREDICT('suggest_model', llm_prompt));

-- node: answer (project)
CREATE VIEW answer AS
SELECT question_id, customer_id, question, suggestion
FROM suggest;

-- node: suggestions (kafka-sink)
CREATE TABLE suggestions (
  kafka_key STRING,
  question_id STRING,
  customer_id STRING,
  question STRING,
  suggestion STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'rebooking-suggestions',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'raw',
  'key.fields' = 'kafka_key',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY'
);

-- node: suggestions (kafka-sink)
INSERT INTO suggestions
SELECT CAST(customer_id AS STRING) AS kafka_key, question_id, customer_id, question, suggestion
FROM answer;
