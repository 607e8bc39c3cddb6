-- Pipewright export of pipeline 'flight-rebooking-rag' for Flink SQL.
-- Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT).
-- Vector search uses Flink 2.2's VECTOR_SEARCH over Elasticsearch (flink-connector-elasticsearch).
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
CREATE MODEL embed_flight_model
INPUT (embed_text STRING)
OUTPUT (embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'text-embedding-3-small'
);

-- node: embed-flight (embed)
CREATE VIEW embed_flight_input AS
SELECT *, CAST(CONCAT('Flight ', flight_id, ' from ', origin, ' to ', destination, ' is ', status) AS STRING) AS embed_text
FROM flight_events;

-- node: embed-flight (embed)
CREATE VIEW embed_flight AS
SELECT event_id, flight_id, status, origin, destination, departure, ts, CAST(embedding AS ARRAY<DOUBLE>) AS embedding, event_time
FROM ML_PREDICT(TABLE embed_flight_input, MODEL embed_flight_model, DESCRIPTOR(embed_text));

-- node: flight-index (vector-upsert)
-- Vector index 'flights' in Elasticsearch (flink-connector-elasticsearch 'elasticsearch-8': a sink, and a source that Flink 2.2's VECTOR_SEARCH can search).
CREATE TABLE flights_vectors (
  id STRING,
  text STRING,
  embedding ARRAY<FLOAT>,
  status STRING,
  origin STRING,
  destination STRING,
  departure BIGINT,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'elasticsearch-8',
  'hosts' = '${FLIGHTS_VECTOR_HOSTS}',
  'index' = 'flights',
  'username' = '${FLIGHTS_VECTOR_USERNAME}',
  'password' = '${FLIGHTS_VECTOR_PASSWORD}'
);

-- node: flight-index (vector-upsert)
INSERT INTO flights_vectors
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
CREATE MODEL find_flights_model
INPUT (query_text STRING)
OUTPUT (query_embedding ARRAY<FLOAT>)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/embeddings',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'text-embedding-3-small'
);

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights_input AS
SELECT *, CAST(question AS STRING) AS query_text
FROM questions;

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights_query AS
SELECT question_id, customer_id, question, ts, query_embedding, event_time
FROM ML_PREDICT(TABLE find_flights_input, MODEL find_flights_model, DESCRIPTOR(query_text));

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights_hits AS
SELECT q.question_id, q.customer_id, q.question, q.ts, h.id AS hit_id, h.text AS hit_text, h.status AS hit_status, h.origin AS hit_origin, h.destination AS hit_destination, h.departure AS hit_departure, h.score AS hit_score, q.event_time
FROM find_flights_query AS q,
LATERAL TABLE(VECTOR_SEARCH(
  SEARCH_TABLE => TABLE flights_vectors,
  COLUMN_TO_SEARCH => DESCRIPTOR(embedding),
  COLUMN_TO_QUERY => q.query_embedding,
  TOP_K => 3)) AS h;

-- node: find-flights (vector-retrieve)
CREATE VIEW find_flights AS
SELECT question_id, customer_id, question, ts, ARRAY_AGG(CASE WHEN hit_score >= 0.6 THEN CAST(ROW(hit_id, hit_score, hit_text, JSON_OBJECT('status' VALUE hit_status, 'origin' VALUE hit_origin, 'destination' VALUE hit_destination, 'departure' VALUE hit_departure)) AS ROW<id STRING, score DOUBLE, text STRING, `metadata` STRING>) END IGNORE NULLS) AS flights, LISTAGG(CASE WHEN hit_score >= 0.6 THEN CONCAT(COALESCE(hit_text, ''), ' (id: ', COALESCE(hit_id, ''), ', score: ', CAST(hit_score AS STRING), ', metadata: ', JSON_OBJECT('status' VALUE hit_status, 'origin' VALUE hit_origin, 'destination' VALUE hit_destination, 'departure' VALUE hit_departure), ')') END, '
') AS flights_text
FROM TABLE(TUMBLE(TABLE find_flights_hits, DESCRIPTOR(event_time), INTERVAL '1' SECOND))
GROUP BY window_start, window_end, question_id, customer_id, question, ts;

-- node: suggest (llm-prompt)
CREATE MODEL suggest_model
INPUT (llm_prompt STRING)
OUTPUT (suggestion STRING)
WITH (
  'provider' = 'openai',
  'endpoint' = 'https://api.openai.com/v1/chat/completions',
  'api-key' = '${OPENAI_API_KEY}',
  'model' = 'gpt-4o-mini',
  'system-prompt' = 'You are an airline rebooking assistant. Answer only from the flights listed; if none fits, say so and offer a callback.',
  'temperature' = '0.2',
  'max-tokens' = '300'
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
FROM ML_PREDICT(TABLE suggest_input, MODEL suggest_model, DESCRIPTOR(llm_prompt));

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
