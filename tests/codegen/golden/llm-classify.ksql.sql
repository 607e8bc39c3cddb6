-- Pipewright export of pipeline 'llm-classify-case' for ksqlDB.
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

-- node: ai (llm-classify)
-- Needs the user-defined function LLM_COMPLETE(model VARCHAR, system_prompt VARCHAR, prompt VARCHAR) RETURNS VARCHAR deployed on the ksqlDB server.
CREATE STREAM ai AS
  SELECT message_id, user_id, text, ts, LLM_COMPLETE('gpt-4o-mini', 'Classify the input into exactly one of these labels:
- complaint: the user is unhappy
- question: the user asks something
- other
Answer with the label only.', COALESCE(text, '')) AS category
  FROM messages
  EMIT CHANGES;

-- node: results (kafka-sink)
CREATE STREAM results (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT,
  category VARCHAR
) WITH (KAFKA_TOPIC='chat.results', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: results (kafka-sink)
INSERT INTO results
  SELECT message_id, user_id, text, ts, category
  FROM ai
  EMIT CHANGES;
