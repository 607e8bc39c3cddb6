#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline::expr {

/// Text form of TIMESTAMP values (epoch milliseconds, UTC): "2024-05-01 12:30:00.000",
/// the spelling Flink and ksqlDB both accept in CAST('...' AS TIMESTAMP).
std::string formatTimestamp(std::int64_t epochMillis);
/// ISO 8601 in UTC with milliseconds, "2024-05-01T12:30:00.000Z": logs and headers.
std::string formatIsoTimestamp(std::int64_t epochMillis);
/// Accepts "YYYY-MM-DD", "YYYY-MM-DD[ T]HH:MM[:SS[.fff]]" with an optional "Z" or
/// "+hh:mm"/"-hh:mm" offset; nullopt when the text is not a timestamp.
std::optional<std::int64_t> parseTimestamp(std::string_view text);

} // namespace pipeline::expr
