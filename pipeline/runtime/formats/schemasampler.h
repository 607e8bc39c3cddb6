#pragma once

#include "pipeline/core/schema.h"

#include <string>
#include <vector>

namespace pipeline::runtime {

/// What a sample of JSON messages says about their schema.
struct SampledSchema {
    Schema schema;
    size_t parsed = 0;    // messages that were JSON objects
    size_t malformed = 0; // messages that were not
};

/// Infers a record schema from sampled JSON messages (the topic browser's "use as
/// source"). Fields keep their first-seen order; a field seen as integer and double
/// is double; conflicting types become string; a field that is null everywhere
/// stays unknown; nested objects become nested fields. ISO 8601 strings and epoch
/// milliseconds in a time-named field (ts, timestamp, *_at, *_time) are timestamps.
/// The schema is closed when every message parsed, open otherwise.
SampledSchema inferSchemaFromJson(const std::vector<std::string> &messages);

} // namespace pipeline::runtime
