#pragma once

#include "pipeline/runtime/formats/avrocodec.h"
#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>

namespace pipeline::runtime {

/// Decodes Kafka values in Confluent's Avro wire format for an Avro source: reads
/// the schema id, fetches the writer schema from the registry once per id and
/// keeps a codec per id. A message's own problems (wrong magic byte, unknown
/// schema id, corrupt payload, an unusable schema) are BadRecord, which the
/// engine sends to the dead-letter path; a registry that cannot be reached is
/// RegistryUnavailable, which stops the run with the message uncommitted rather
/// than dead-lettering every message while the registry is down.
class AvroRecordDecoder {
public:
    enum class Result { Ok, BadRecord, RegistryUnavailable };

    explicit AvroRecordDecoder(std::shared_ptr<SchemaRegistryClient> registry);

    Result decode(const char *data, size_t size, nlohmann::json &out, std::string *error);

    SchemaRegistryClient &registry() { return *m_registry; }

private:
    std::shared_ptr<SchemaRegistryClient> m_registry;
    std::map<std::int32_t, std::unique_ptr<AvroCodec>> m_codecs;
    std::map<std::int32_t, std::string> m_unusable; // id -> why the schema cannot be used
};

} // namespace pipeline::runtime
