#include "pipeline/runtime/kafka/kafkasinkoperator.h"

#include "pipeline/runtime/dataflow/keytext.h"

namespace pipeline::runtime {

std::string KafkaSinkOperator::payloadFor(const nlohmann::json &value, Format format)
{
    if (format == Format::String) {
        if (value.is_string())
            return value.get<std::string>();
        if (value.is_object()) {
            auto it = value.find("value");
            if (it != value.end() && it->is_string())
                return it->get<std::string>();
        }
    }
    // Invalid UTF-8 in a string field must not abort the run: replace it.
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void KafkaSinkOperator::process(int, Record &&record, OperatorContext &)
{
    std::optional<std::string> key;
    if (m_key) {
        std::string text;
        if (keyText(expr::evaluate(*m_key, record.value), &text))
            key = std::move(text);
    }
    std::string payload = payloadFor(record.value, m_format);
    m_output.produce(m_topic, std::move(key), std::move(payload), std::move(record));
}

} // namespace pipeline::runtime
