#pragma once

#include "pipeline/core/schema.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline::runtime {

/// What a sample of JSON messages says about their schema.
struct SampledSchema {
    Schema schema;
    size_t parsed = 0;    // messages that were JSON objects
    size_t malformed = 0; // messages that were not
};

/// How a sample's fields are listed and what a type conflict becomes.
struct SchemaSamplerOptions {
    /// FirstSeen: the order the messages list them (a source's columns);
    /// ByName: sorted, the same whichever messages were sampled (an LLM prompt).
    enum class Order { FirstSeen, ByName };
    Order order = Order::FirstSeen;
    /// A field seen with kinds that do not mix (string and integer): String keeps
    /// it usable as text, Unknown says it is not known.
    FieldType conflict = FieldType::String;
};

/// The one schema sampler of the runtime and the assistant: infers a record
/// schema from sampled JSON records. A field seen as integer and double is
/// double; conflicting kinds become options.conflict; a field that is null
/// everywhere stays unknown; nested objects become nested fields; arrays carry
/// their element type. ISO 8601 strings, and epoch milliseconds (2001..5138) in a
/// time-named field (ts, time, timestamp, *_at, *_ts, *_time, *timestamp,
/// camelCase *At / *Time), are timestamps; a time-named field that also holds
/// plain integers is an integer. Records that are not objects are skipped.
Schema inferSchemaFromRecords(const std::vector<nlohmann::json> &records, const SchemaSamplerOptions &options = {});

/// The topic browser's "use as source": parses each message text (keeping its
/// own field order) and samples the objects with the default options. The
/// schema is closed when every message parsed, open otherwise.
SampledSchema inferSchemaFromJson(const std::vector<std::string> &messages);

} // namespace pipeline::runtime
