-- Pipewright export of pipeline 'llm-extract-case' for ksqlDB.
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

-- node: ai (llm-extract)
-- Needs the user-defined function LLM_COMPLETE(model VARCHAR, system_prompt VARCHAR, prompt VARCHAR) RETURNS VARCHAR deployed on the ksqlDB server.
CREATE STREAM ai_input AS
  SELECT message_id, user_id, text, ts, LLM_COMPLETE('gpt-4o-mini', 'Extract these fields from the input and answer with one JSON object holding exactly these keys (null when absent):
- order_number (string)
- refund_amount (double)', COALESCE(text, '')) AS llm_json
  FROM messages
  EMIT CHANGES;

-- node: ai (llm-extract)
CREATE STREAM ai AS
  SELECT message_id, user_id, text, ts, EXTRACTJSONFIELD(llm_json, '$.order_number') AS order_number, CAST(EXTRACTJSONFIELD(llm_json, '$.refund_amount') AS DOUBLE) AS refund_amount
  FROM ai_input
  EMIT CHANGES;

-- node: results (kafka-sink)
CREATE STREAM results (
  message_id VARCHAR,
  user_id VARCHAR,
  text VARCHAR,
  ts BIGINT,
  order_number VARCHAR,
  refund_amount DOUBLE
) WITH (KAFKA_TOPIC='chat.results', VALUE_FORMAT='JSON', PARTITIONS=1);

-- node: results (kafka-sink)
INSERT INTO results
  SELECT message_id, user_id, text, ts, order_number, refund_amount
  FROM ai
  EMIT CHANGES;
