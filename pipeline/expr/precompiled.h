#pragma once

// What the parser works out once for a function argument that is a literal: a
// compiled regular expression, a JSON path, a timestamp pattern, a time unit.
// The evaluator uses it instead of recompiling per record; the same compile
// functions serve computed arguments (compiled per record, errors at run time).

#include "pipeline/expr/functions.h"

#include <cstdint>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline::expr {

struct JsonPathStep {
    bool isIndex = false;
    std::string key;
    std::int64_t index = 0;
};

struct TimePatternPart {
    enum Kind : std::uint8_t { Literal, Year, Month, Day, Hour, Minute, Second, Millisecond };
    Kind kind = Literal;
    std::string text; // Literal
};

struct Precompiled {
    std::optional<std::regex> regex;
    std::vector<JsonPathStep> jsonPath;
    std::vector<TimePatternPart> timePattern;
    const TimeUnit *unit = nullptr;
};

/// ECMAScript regular expressions (the subset Java, Flink and ksqlDB read the same way).
/// Each returns an error message, or nullopt on success.
std::optional<std::string> compileRegex(std::string_view pattern, std::regex &out);
/// '$', '$.a.b', '$.a[0]', "$['a b']".
std::optional<std::string> compileJsonPath(std::string_view path, std::vector<JsonPathStep> &out);
/// Java DateTimeFormatter letters yyyy MM dd HH mm ss SSS, 'quoted text', other characters literal.
std::optional<std::string> compileTimePattern(std::string_view pattern, std::vector<TimePatternPart> &out);

/// Formats epoch milliseconds as UTC wall-clock text.
std::string formatWithPattern(std::int64_t epochMillis, const std::vector<TimePatternPart> &pattern);
/// Reads UTC wall-clock text; nullopt when the text does not match the pattern exactly.
std::optional<std::int64_t> parseWithPattern(std::string_view text, const std::vector<TimePatternPart> &pattern);

/// The calendar fields of epoch milliseconds in UTC.
struct CivilTime {
    std::int64_t year = 1970;
    int month = 1, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0;
};
CivilTime civilTime(std::int64_t epochMillis);
std::int64_t epochMillisOf(const CivilTime &civil);

} // namespace pipeline::expr
