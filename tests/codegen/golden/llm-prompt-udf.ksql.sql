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
-- Needs the user-defined function LLM_COMPLETE(model VARCHAR, system_prompt VARCHAR, prompt VARCHAR) RETURNS VARCHAR deployed on the ksqlDB server.
CREATE STREAM ai AS
  SELECT message_id, user_id, text, ts, LLM_COMPLETE('gpt-4o-mini', 'You summarise support chats. Don''t invent facts.', CONCAT('Summarise message ', COALESCE(message_id, ''), ': ', COALESCE(text, ''))) AS summary
  FROM messages
  EMIT CHANGES;

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
