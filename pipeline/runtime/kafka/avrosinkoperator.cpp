#include "pipeline/runtime/kafka/avrosinkoperator.h"

#include "pipeline/runtime/dataflow/keytext.h"

namespace pipeline::runtime {

AvroSinkOperator::AvroSinkOperator(std::string topic, std::string schemaJson, std::optional<expr::Expression> key,
                                   std::shared_ptr<SchemaRegistryClient> registry, SinkOutput &output)
    : m_topic(std::move(topic)), m_schemaJson(std::move(schemaJson)), m_key(std::move(key)),
      m_registry(std::move(registry)), m_output(output)
{
}

bool AvroSinkOperator::prepare(std::string *error, std::string *notice)
{
    std::string codecError;
    m_codec = AvroCodec::create(m_schemaJson, &codecError);
    if (!m_codec) {
        if (error)
            *error = "the Avro schema for topic " + m_topic + " is invalid: " + codecError;
        return false;
    }
    SchemaRegistryError registryError;
    std::vector<std::string> reasons;
    auto compatible = m_registry->isCompatible(subject(), m_schemaJson, &reasons, &registryError);
    if (!compatible) {
        if (error)
            *error = "cannot check the schema of topic " + m_topic + ": " + registryError.message;
        return false;
    }
    if (!*compatible) {
        std::string why;
        for (const auto &r : reasons)
            why += (why.empty() ? "" : "; ") + r;
        if (error)
            *error = "the records' schema is not compatible with the latest version registered under subject "
                + subject() + (why.empty() ? std::string() : " (" + why + ")")
                + "; nothing was produced. Change the pipeline's fields or the subject's compatibility setting.";
        return false;
    }
    auto id = m_registry->registerSchema(subject(), m_schemaJson, &registryError);
    if (!id) {
        if (error)
            *error = "cannot register the schema of topic " + m_topic + ": " + registryError.message;
        return false;
    }
    m_schemaId = *id;
    m_header = confluentwire::header(m_schemaId);
    if (notice)
        *notice = "Avro schema id " + std::to_string(m_schemaId) + " registered under " + subject();
    return true;
}

void AvroSinkOperator::process(int, Record &&record, OperatorContext &)
{
    if (!m_codec)
        throw RecordError("the Avro sink was not prepared (no registered schema)");
    std::optional<std::string> key;
    if (m_key) {
        std::string text;
        if (keyText(expr::evaluate(*m_key, record.value), &text))
            key = std::move(text);
    }
    std::string payload = m_header;
    std::string error;
    if (!m_codec->encode(record.value, payload, &error))
        throw RecordError(error);
    m_output.produce(m_topic, std::move(key), std::move(payload), std::move(record));
}

} // namespace pipeline::runtime
