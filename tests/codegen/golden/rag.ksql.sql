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
-- vector-upsert writes Pipewright's embedded vector index 'chats', which neither open-source Flink SQL nor ksqlDB has; run this retrieval-augmented part in Pipewright (pipewright-cli run) and deploy the exported statements for the rest

-- node: questions (kafka-source)
CREATE STREAM questions (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT
) WITH (KAFKA_TOPIC='chat.questions', VALUE_FORMAT='JSON');

-- node: similar (vector-retrieve)
-- vector-retrieve searches Pipewright's embedded vector index 'chats' (nearest neighbours by cosine), which neither open-source Flink SQL nor ksqlDB can do; run the retrieval-augmented part in Pipewright (pipewright-cli run) and have it write the enriched records to a topic that the exported statements read

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
