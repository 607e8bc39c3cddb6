-- Pipewright export of pipeline 'embed-case' for ksqlDB.
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

-- node: ai (embed)
-- not expressible in ksqlDB: embeddings need an array-returning UDF, which the LLM UDF option does not cover; export to Flink SQL

-- node: results (kafka-sink)
CREATE STREAM results (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT,
  embedding ARRAY<DOUBLE>
) WITH (KAFKA_TOPIC='chat.results', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: results (kafka-sink)
INSERT INTO results
  SELECT message_id, user_id, text, ts, embedding
  FROM ai
  EMIT CHANGES;
