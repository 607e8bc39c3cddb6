#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"

#include <optional>
#include <string>

namespace pipeline::runtime {

/// `kafka-sink`: writes each record to a topic. json format: the record as JSON;
/// string format: a string record, or the `value` field of a {key, value} record,
/// as raw text. The message key is the `key` expression's value (text; none when
/// unset or NULL).
class KafkaSinkOperator : public Operator {
public:
    enum class Format { Json, String };
    KafkaSinkOperator(std::string topic, Format format, std::optional<expr::Expression> key, SinkOutput &output)
        : m_topic(std::move(topic)), m_format(format), m_key(std::move(key)), m_output(output)
    {
    }
    void process(int input, Record &&record, OperatorContext &context) override;

    static std::string payloadFor(const nlohmann::json &value, Format format);

private:
    std::string m_topic;
    Format m_format;
    std::optional<expr::Expression> m_key;
    SinkOutput &m_output;
};

} // namespace pipeline::runtime
