#pragma once

#include "pipeline/runtime/formats/avrotype.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline::runtime {

/// Avro binary <-> the runtime's record values (JSON) for one writer schema,
/// with Debian's avro-c doing the binary encoding. Values follow the schema
/// mapping (avroschemamapping.h): records and maps are objects, unions their
/// branch's value (no {"type": value} wrapper), enums their symbol, timestamps
/// and dates epoch milliseconds, decimals doubles, bytes/fixed base64 text.
///
/// Encoding is strict: a value that does not fit its field (text in a long,
/// an unknown enum symbol, a missing field without default) is an error naming
/// the field, so the sink's error policy sees it instead of a broken message.
/// Not thread-safe: one codec per thread (the engine thread).
class AvroCodec {
public:
    ~AvroCodec();
    AvroCodec(const AvroCodec &) = delete;
    AvroCodec &operator=(const AvroCodec &) = delete;

    /// Nullptr with `error` when avro-c or the type tree rejects the schema.
    static std::unique_ptr<AvroCodec> create(const std::string &schemaJson, std::string *error);

    /// Decodes one Avro datum (no framing); false with `error` on corrupt or
    /// truncated data, or bytes left over after the datum.
    bool decode(const char *data, size_t size, nlohmann::json &out, std::string *error);
    /// Appends the Avro encoding of `value` to `out`; false with `error`.
    bool encode(const nlohmann::json &value, std::string &out, std::string *error);

    const AvroType &type() const { return m_tree->root(); }

private:
    AvroCodec() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    std::unique_ptr<AvroTypeTree> m_tree;
};

/// Confluent's wire format: magic byte 0, the schema id as a 4-byte big-endian
/// integer, then the Avro binary datum.
namespace confluentwire {
inline constexpr size_t headerSize = 5;
/// The header for `schemaId`.
std::string header(std::int32_t schemaId);
/// Splits a message; false with `error` ("not in the Confluent wire format: ...")
/// when it is too short or the magic byte is not 0.
bool split(const char *data, size_t size, std::int32_t *schemaId, std::string *error);
} // namespace confluentwire

/// Base64 (RFC 4648, with padding) for Avro bytes and fixed values.
std::string base64Encode(std::string_view bytes);
std::optional<std::string> base64Decode(std::string_view text);

} // namespace pipeline::runtime
