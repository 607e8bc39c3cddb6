-- Pipewright export of pipeline 'llm-prompt-case' for ksqlDB.
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

-- node: ai (llm-prompt)
-- not expressible in ksqlDB: ksqlDB has no LLM functions; export to Flink SQL, or name a deployed UDF (--ksql-udf) that calls the model

-- node: results (kafka-sink)
CREATE STREAM results (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT,
  summary VARCHAR
) WITH (KAFKA_TOPIC='chat.results', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: results (kafka-sink)
INSERT INTO results
  SELECT message_id, user_id, text, ts, summary
  FROM ai
  EMIT CHANGES;
