#pragma once

#include "codegen/exportoptions.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace codegen {

/// Durations of the file format ("500ms", "10s", "1m", "2h", "1d") and their
/// SQL spellings: ksqlDB `10 SECONDS`, Flink `INTERVAL '10' SECOND`.
class SqlDuration {
public:
    static std::optional<std::int64_t> parseMillis(std::string_view text);
    static std::string ksql(std::int64_t millis);
    static std::string flinkInterval(std::int64_t millis);
    /// For Flink's 'table.exec.state.ttl' style options: "10 min", "30 s", "500 ms".
    static std::string flinkOption(std::int64_t millis);
};

} // namespace codegen
