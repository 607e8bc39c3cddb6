#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline {

/// Parses the duration strings parameters use: an integer followed by a unit
/// (`ms`, `s`, `m`, `h`, `d`), optionally several in decreasing order ("1m30s").
/// Returns nullopt for anything else (empty text, negative numbers, unknown units,
/// missing unit, overflow).
std::optional<std::chrono::milliseconds> parseDuration(std::string_view text);

/// The shortest exact spelling parseDuration reads back: 90000ms -> "90s",
/// 60000 -> "1m", 1500 -> "1500ms", 0 -> "0s", 5400000 -> "90m".
std::string formatDuration(std::chrono::milliseconds duration);

} // namespace pipeline
