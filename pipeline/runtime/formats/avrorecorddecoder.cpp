#include "pipeline/runtime/formats/avrorecorddecoder.h"

namespace pipeline::runtime {

AvroRecordDecoder::AvroRecordDecoder(std::shared_ptr<SchemaRegistryClient> registry) : m_registry(std::move(registry)) {}

AvroRecordDecoder::Result AvroRecordDecoder::decode(const char *data, size_t size, nlohmann::json &out,
                                                     std::string *error)
{
    std::int32_t id = 0;
    if (!confluentwire::split(data, size, &id, error))
        return Result::BadRecord;
    AvroCodec *codec = nullptr;
    if (auto it = m_codecs.find(id); it != m_codecs.end()) {
        codec = it->second.get();
    } else if (auto bad = m_unusable.find(id); bad != m_unusable.end()) {
        if (error)
            *error = bad->second;
        return Result::BadRecord;
    } else {
        SchemaRegistryError registryError;
        auto schema = m_registry->schemaById(id, &registryError);
        if (!schema) {
            if (error)
                *error = registryError.message;
            return registryError.kind == SchemaRegistryError::Kind::NotFound ? Result::BadRecord
                                                                              : Result::RegistryUnavailable;
        }
        std::string codecError;
        auto created = AvroCodec::create(*schema, &codecError);
        if (!created) {
            m_unusable[id] = "schema id " + std::to_string(id) + " cannot be used: " + codecError;
            if (error)
                *error = m_unusable[id];
            return Result::BadRecord;
        }
        codec = created.get();
        m_codecs[id] = std::move(created);
    }
    std::string decodeError;
    if (!codec->decode(data + confluentwire::headerSize, size - confluentwire::headerSize, out, &decodeError)) {
        if (error)
            *error = decodeError + " (schema id " + std::to_string(id) + ")";
        return Result::BadRecord;
    }
    return Result::Ok;
}

} // namespace pipeline::runtime
