#pragma once

#include "pipeline/runtime/dataflow/origin.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace pipeline::runtime {

/// One record flowing along the graph: the parsed JSON value (parsed once at the
/// source), its time, and the origin that tracks the source message(s) it came from.
struct Record {
    nlohmann::json value;
    /// Event time in epoch milliseconds: the Kafka timestamp, the source's
    /// timestampField, or the generator's ts.
    std::int64_t timestampMillis = 0;
    OriginRef origin;
    /// Why a record went to a side output (e.g. validate's violated constraints);
    /// the dead-letter sink writes it as the `error` header.
    std::string note;
    /// The node that wrote `note` (set by the engine).
    std::string noteNode;
};

} // namespace pipeline::runtime
