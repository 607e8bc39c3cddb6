-- Pipewright export of pipeline 'rag-case' for ksqlDB.
-- Generated: do not edit; change the pipeline and export again.

-- Where new persistent queries start reading.
SET 'auto.offset.reset' = 'earliest';

-- node: messages (kafka-source)
CREATE STREAM messages (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='chat.messages', VALUE_FORMAT='JSON');

-- node: embed (embed)
-- not expressible in ksqlDB: ksqlDB has no LLM functions; export to Flink SQL, or name a deployed UDF (--ksql-udf) that calls the model

-- node: index (vector-upsert)
-- not expressible in ksqlDB: vector-upsert 'index' writes vector index 'chats', and ksqlDB has no vector tables; export to Flink SQL (Elasticsearch, or with --confluent a topic for a vector store's sink connector), or run it in Pipewright

-- node: questions (kafka-source)
CREATE STREAM questions (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='chat.questions', VALUE_FORMAT='JSON');

-- node: similar (vector-retrieve)
-- not expressible in ksqlDB: vector-retrieve 'similar' searches vector index 'chats', and ksqlDB has no vector search; export to Flink SQL (VECTOR_SEARCH, Flink 2.2, or VECTOR_SEARCH_AGG with --confluent), or run it in Pipewright (pipewright-cli run)

-- node: answer (llm-prompt)
-- not expressible in ksqlDB: ksqlDB has no LLM functions; export to Flink SQL, or name a deployed UDF (--ksql-udf) that calls the model

-- node: answers (kafka-sink)
CREATE STREAM answers (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT,
  context ARRAY<VARCHAR>,
  context_text VARCHAR,
  answer VARCHAR
) WITH (KAFKA_TOPIC='chat.answers', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: answers (kafka-sink)
INSERT INTO answers
  SELECT message_id, user_id, text, ts, context, context_text, answer
  FROM answer
  EMIT CHANGES;
