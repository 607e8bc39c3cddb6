#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/formats/avrocodec.h"
#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/formats/schemaregistryclient.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"

#include <memory>
#include <optional>
#include <string>

namespace pipeline::runtime {

/// `kafka-sink` with format avro: writes each record in Confluent's Avro wire
/// format with the schema derived from the sink's input schema. prepare() checks
/// the schema against the subject's latest version and registers it before the
/// run reads anything, so an incompatible schema or a registry that is down
/// refuses the run instead of producing messages no consumer could read. A
/// record that does not fit the schema is a record error (the node's onError).
class AvroSinkOperator : public Operator {
public:
    AvroSinkOperator(std::string topic, std::string schemaJson, std::optional<expr::Expression> key,
                     std::shared_ptr<SchemaRegistryClient> registry, SinkOutput &output);

    /// Subject `<topic>-value` (Confluent's TopicNameStrategy).
    std::string subject() const { return m_topic + "-value"; }
    const std::string &schemaJson() const { return m_schemaJson; }
    /// Compatibility check, registration, codec; false with a message for the run.
    /// `notice` (when given) says which schema id was registered under which subject.
    bool prepare(std::string *error, std::string *notice = nullptr) override;
    std::int32_t schemaId() const { return m_schemaId; }

    void process(int input, Record &&record, OperatorContext &context) override;

private:
    std::string m_topic;
    std::string m_schemaJson;
    std::optional<expr::Expression> m_key;
    std::shared_ptr<SchemaRegistryClient> m_registry;
    SinkOutput &m_output;
    std::unique_ptr<AvroCodec> m_codec;
    std::int32_t m_schemaId = -1;
    std::string m_header;
};

} // namespace pipeline::runtime
