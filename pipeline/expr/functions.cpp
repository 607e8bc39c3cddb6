#include "pipeline/expr/functions.h"

#include <array>
#include <cctype>

namespace pipeline::expr {

namespace {

using A = ArgType;
using R = ReturnRule;
using S = Support;
using F = Function;
using Fam = FunctionFamily;
constexpr std::uint8_t V = VariadicArgs;

// Kept in the order of the Function enum: functionSpec() indexes it directly, so
// the evaluator's error messages and the printers never search by name.
constexpr std::array<FunctionSpec, 49> table{{
    // ---- strings
    {F::Upper, "UPPER", "UCASE", Fam::String, 1, 1, {A::String}, R::String, "UPPER(s) -> STRING",
     "Upper-cases the ASCII letters of s.", "UPPER(device_id)", {S::Native, "UCASE(s)"}, {S::Native, "UPPER(s)"}},
    {F::Lower, "LOWER", "LCASE", Fam::String, 1, 1, {A::String}, R::String, "LOWER(s) -> STRING",
     "Lower-cases the ASCII letters of s.", "LOWER(unit)", {S::Native, "LCASE(s)"}, {S::Native, "LOWER(s)"}},
    {F::Trim, "TRIM", "", Fam::String, 1, 1, {A::String}, R::String, "TRIM(s) -> STRING",
     "Removes leading and trailing white space.", "TRIM(name)", {S::Native, "TRIM(s)"}, {S::Native, "TRIM(s)"}},
    {F::Concat, "CONCAT", "", Fam::String, 1, V, {A::String}, R::String, "CONCAT(s, ...) -> STRING",
     "Joins strings; NULL when any argument is NULL.", "CONCAT(first_name, ' ', last_name)",
     {S::Rewrite, "CASE WHEN a IS NULL OR ... THEN NULL ELSE CONCAT(a, ...) END"}, {S::Native, "CONCAT(s, ...)"}},
    {F::ConcatWs, "CONCAT_WS", "", Fam::String, 2, V, {A::String, A::String}, R::String,
     "CONCAT_WS(separator, s, ...) -> STRING", "Joins the non-NULL strings with a separator.",
     "CONCAT_WS('-', site, device_id)", {S::Native, "CONCAT_WS(sep, s, ...)"}, {S::Native, "CONCAT_WS(sep, s, ...)"}},
    {F::Substring, "SUBSTRING", "SUBSTR", Fam::String, 2, 3, {A::String, A::Integer, A::Integer}, R::String,
     "SUBSTRING(s, start[, length]) -> STRING", "Characters from 1-based start, optionally at most length of them.",
     "SUBSTRING(device_id, 1, 3)", {S::Native, "SUBSTRING(s, start, length)"},
     {S::Native, "SUBSTRING(s FROM start FOR length)"}},
    {F::Left, "LEFT", "", Fam::String, 2, 2, {A::String, A::Integer}, R::String, "LEFT(s, n) -> STRING",
     "The first n characters ('' when n <= 0).", "LEFT(device_id, 4)", {S::Rewrite, "SUBSTRING(s, 1, n)"},
     {S::Rewrite, "SUBSTRING(s FROM 1 FOR n)"}},
    {F::Right, "RIGHT", "", Fam::String, 2, 2, {A::String, A::Integer}, R::String, "RIGHT(s, n) -> STRING",
     "The last n characters ('' when n <= 0).", "RIGHT(device_id, 4)",
     {S::Rewrite, "SUBSTRING(s, GREATEST(LEN(s) - n + 1, 1))"},
     {S::Rewrite, "SUBSTRING(s FROM GREATEST(CHAR_LENGTH(s) - n + 1, 1))"}},
    {F::CharLength, "CHAR_LENGTH", "CHARACTER_LENGTH LEN LENGTH", Fam::String, 1, 1, {A::String}, R::Integer,
     "CHAR_LENGTH(s) -> BIGINT", "Number of characters (not bytes).", "CHAR_LENGTH(name)", {S::Native, "LEN(s)"},
     {S::Native, "CHAR_LENGTH(s)"}},
    {F::Replace, "REPLACE", "", Fam::String, 3, 3, {A::String, A::String, A::String}, R::String,
     "REPLACE(s, search, replacement) -> STRING", "Replaces every occurrence of search (an empty search changes nothing).",
     "REPLACE(unit, 'celsius', 'C')", {S::Rewrite, "CASE WHEN search = '' THEN s ELSE REPLACE(s, search, r) END"},
     {S::Native, "REPLACE(s, search, r)"}},
    {F::RegexpReplace, "REGEXP_REPLACE", "", Fam::String, 3, 3, {A::String, A::String, A::String}, R::String,
     "REGEXP_REPLACE(s, regex, replacement) -> STRING",
     "Replaces every match of a regular expression; $1 in the replacement is group 1.",
     "REGEXP_REPLACE(device_id, '[^0-9]', '')", {S::Native, "REGEXP_REPLACE(s, regex, r)"},
     {S::Native, "REGEXP_REPLACE(s, regex, r)"}},
    {F::RegexpExtract, "REGEXP_EXTRACT", "", Fam::String, 2, 3, {A::String, A::String, A::Integer}, R::String,
     "REGEXP_EXTRACT(s, regex[, group]) -> STRING",
     "The first match (or its group), NULL when nothing matches.", "REGEXP_EXTRACT(device_id, '([a-z]+)-([0-9]+)', 2)",
     {S::Rewrite, "REGEXP_EXTRACT(regex, s, group)"}, {S::Native, "REGEXP_EXTRACT(s, regex, group)"}},
    {F::Lpad, "LPAD", "", Fam::String, 3, 3, {A::String, A::Integer, A::String}, R::String,
     "LPAD(s, length, pad) -> STRING",
     "Pads s on the left to length characters (cuts longer s); NULL for a negative length or empty pad.",
     "LPAD(CAST(code AS STRING), 5, '0')", {S::Native, "LPAD(s, n, pad)"}, {S::Native, "LPAD(s, n, pad)"}},
    {F::Rpad, "RPAD", "", Fam::String, 3, 3, {A::String, A::Integer, A::String}, R::String,
     "RPAD(s, length, pad) -> STRING",
     "Pads s on the right to length characters (cuts longer s); NULL for a negative length or empty pad.",
     "RPAD(name, 10, '.')", {S::Native, "RPAD(s, n, pad)"}, {S::Native, "RPAD(s, n, pad)"}},
    {F::Initcap, "INITCAP", "", Fam::String, 1, 1, {A::String}, R::String, "INITCAP(s) -> STRING",
     "Upper-cases the first letter of each word and lower-cases the rest (ASCII).", "INITCAP(city)",
     {S::Native, "INITCAP(s)"}, {S::Native, "INITCAP(s)"}},
    {F::Position, "POSITION", "INSTR", Fam::String, 2, 2, {A::String, A::String}, R::Integer,
     "POSITION(search IN s) -> BIGINT", "1-based character position of search in s, 0 when absent (INSTR(s, search) too).",
     "POSITION('-' IN device_id)", {S::Native, "INSTR(s, search)"}, {S::Native, "POSITION(search IN s)"}},
    {F::SplitIndex, "SPLIT_INDEX", "", Fam::String, 3, 3, {A::String, A::String, A::Integer}, R::String,
     "SPLIT_INDEX(s, delimiter, index) -> STRING", "The 0-based index-th piece of s split at delimiter, NULL past the end.",
     "SPLIT_INDEX(topic_path, '/', 1)", {S::Rewrite, "SPLIT(s, delimiter)[index + 1]"},
     {S::Native, "SPLIT_INDEX(s, delimiter, index)"}},
    // ---- numbers
    {F::Abs, "ABS", "", Fam::Number, 1, 1, {A::Numeric}, R::FirstArgument, "ABS(x) -> type of x", "Absolute value.",
     "ABS(delta)", {S::Native, "ABS(x)"}, {S::Native, "ABS(x)"}},
    {F::Round, "ROUND", "", Fam::Number, 1, 2, {A::Numeric, A::Integer}, R::FirstArgument,
     "ROUND(x[, digits]) -> type of x", "Rounds half away from zero to digits decimals (default 0).",
     "ROUND(temperature, 1)", {S::Rewrite, "CAST(ROUND(x) AS DOUBLE) for a DOUBLE x"}, {S::Native, "ROUND(x, d)"}},
    {F::Floor, "FLOOR", "", Fam::Number, 1, 1, {A::Numeric}, R::FirstArgument, "FLOOR(x) -> type of x",
     "Largest integral value not above x.", "FLOOR(temperature)", {S::Native, "FLOOR(x)"}, {S::Native, "FLOOR(x)"}},
    {F::Ceil, "CEIL", "CEILING", Fam::Number, 1, 1, {A::Numeric}, R::FirstArgument, "CEIL(x) -> type of x",
     "Smallest integral value not below x.", "CEIL(temperature)", {S::Native, "CEIL(x)"}, {S::Native, "CEIL(x)"}},
    {F::Mod, "MOD", "", Fam::Number, 2, 2, {A::Numeric, A::Numeric}, R::CommonType, "MOD(a, b) -> BIGINT or DOUBLE",
     "Remainder of a / b with the sign of a, like a % b.", "MOD(reading_id, 10)", {S::Rewrite, "a % b"},
     {S::Rewrite, "MOD(a, b); DOUBLE: CAST(MOD(CAST(a AS DECIMAL(38, 10)), ...) AS DOUBLE)"}},
    {F::Power, "POWER", "POW", Fam::Number, 2, 2, {A::Numeric, A::Numeric}, R::Double, "POWER(x, y) -> DOUBLE",
     "x raised to the power y.", "POWER(speed, 2)", {S::Native, "POWER(x, y)"}, {S::Native, "POWER(x, y)"}},
    {F::Sqrt, "SQRT", "", Fam::Number, 1, 1, {A::Numeric}, R::Double, "SQRT(x) -> DOUBLE",
     "Square root; an error for negative x.", "SQRT(area)", {S::Native, "SQRT(x)"}, {S::Native, "SQRT(x)"}},
    {F::Ln, "LN", "", Fam::Number, 1, 1, {A::Numeric}, R::Double, "LN(x) -> DOUBLE",
     "Natural logarithm; an error for x <= 0.", "LN(amount)", {S::Native, "LN(x)"}, {S::Native, "LN(x)"}},
    {F::Log10, "LOG10", "", Fam::Number, 1, 1, {A::Numeric}, R::Double, "LOG10(x) -> DOUBLE",
     "Base-10 logarithm; an error for x <= 0.", "LOG10(amount)", {S::Rewrite, "LN(x) / LN(10)"},
     {S::Native, "LOG10(x)"}},
    {F::Exp, "EXP", "", Fam::Number, 1, 1, {A::Numeric}, R::Double, "EXP(x) -> DOUBLE", "e raised to the power x.",
     "EXP(rate)", {S::Native, "EXP(x)"}, {S::Native, "EXP(x)"}},
    {F::Sign, "SIGN", "", Fam::Number, 1, 1, {A::Numeric}, R::FirstArgument, "SIGN(x) -> type of x",
     "-1, 0 or 1 by the sign of x.", "SIGN(delta)", {S::Native, "SIGN(x)"}, {S::Native, "SIGN(x)"}},
    {F::Greatest, "GREATEST", "", Fam::Number, 1, V, {A::Comparable}, R::CommonType,
     "GREATEST(x, ...) -> common type", "The largest argument; NULL when any argument is NULL.",
     "GREATEST(temperature, 0)", {S::Rewrite, "CASE WHEN a IS NULL OR ... THEN NULL ELSE GREATEST(a, ...) END"},
     {S::Native, "GREATEST(x, ...)"}},
    {F::Least, "LEAST", "", Fam::Number, 1, V, {A::Comparable}, R::CommonType, "LEAST(x, ...) -> common type",
     "The smallest argument; NULL when any argument is NULL.", "LEAST(temperature, 100)",
     {S::Rewrite, "CASE WHEN a IS NULL OR ... THEN NULL ELSE LEAST(a, ...) END"}, {S::Native, "LEAST(x, ...)"}},
    {F::Truncate, "TRUNCATE", "TRUNC", Fam::Number, 1, 2, {A::Numeric, A::Integer}, R::FirstArgument,
     "TRUNCATE(x[, digits]) -> type of x", "Cuts x toward zero to digits decimals (default 0).",
     "TRUNCATE(temperature, 1)", {S::Rewrite, "CASE WHEN x < 0 THEN CEIL(x * 10^d) ELSE FLOOR(x * 10^d) END / 10^d"},
     {S::Native, "TRUNCATE(x, d)"}},
    // ---- conditional
    {F::Coalesce, "COALESCE", "", Fam::Conditional, 1, V, {A::Comparable}, R::CommonType,
     "COALESCE(x, ...) -> common type", "The first argument that is not NULL.", "COALESCE(nickname, name)",
     {S::Native, "COALESCE(x, ...)"}, {S::Native, "COALESCE(x, ...)"}},
    {F::Nullif, "NULLIF", "", Fam::Conditional, 2, 2, {A::Comparable, A::Comparable}, R::CommonType,
     "NULLIF(a, b) -> type of a", "NULL when a = b, otherwise a.", "NULLIF(status, '')",
     {S::Rewrite, "CASE WHEN a = b THEN NULL ELSE a END"}, {S::Native, "NULLIF(a, b)"}},
    {F::If, "IF", "", Fam::Conditional, 3, 3, {A::Boolean, A::Comparable, A::Comparable}, R::CommonFromSecond,
     "IF(condition, then, else) -> common type", "then when condition is TRUE, otherwise (FALSE or NULL) else.",
     "IF(temperature > 30, 'hot', 'ok')", {S::Rewrite, "CASE WHEN c THEN a ELSE b END"},
     {S::Rewrite, "CASE WHEN c THEN a ELSE b END"}},
    {F::Ifnull, "IFNULL", "", Fam::Conditional, 2, 2, {A::Comparable, A::Comparable}, R::CommonType,
     "IFNULL(x, fallback) -> common type", "x, or fallback when x is NULL.", "IFNULL(unit, 'C')",
     {S::Rewrite, "COALESCE(x, fallback)"}, {S::Rewrite, "COALESCE(x, fallback)"}},
    // ---- time
    {F::CurrentTimestamp, "CURRENT_TIMESTAMP", "NOW", Fam::Time, 0, 0, {}, R::Timestamp, "CURRENT_TIMESTAMP -> TIMESTAMP",
     "The time of evaluation (epoch milliseconds).", "CURRENT_TIMESTAMP - ts > INTERVAL '5' MINUTE",
     {S::Rewrite, "UNIX_TIMESTAMP()"}, {S::Rewrite, "UNIX_TIMESTAMP() * 1000 (second precision)"}},
    {F::Extract, "EXTRACT", "", Fam::Time, 2, 2, {A::String, A::Timestamp}, R::Integer,
     "EXTRACT(unit FROM ts) -> BIGINT", "YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND of ts in UTC.",
     "EXTRACT(HOUR FROM ts)", {S::Rewrite, "CAST(FORMAT_TIMESTAMP(FROM_UNIXTIME(ts), 'HH', 'UTC') AS BIGINT)"},
     {S::Rewrite, "CAST(DATE_FORMAT(TO_TIMESTAMP_LTZ(ts, 3), 'HH') AS BIGINT)"}},
    {F::DateTrunc, "DATE_TRUNC", "", Fam::Time, 2, 2, {A::String, A::Timestamp}, R::Timestamp,
     "DATE_TRUNC(unit, ts) -> TIMESTAMP", "ts cut down to the start of its 'second', 'minute', 'hour' or 'day' (UTC).",
     "DATE_TRUNC('hour', ts)", {S::Rewrite, "ts - (ts % 3600000 + 3600000) % 3600000"},
     {S::Rewrite, "ts - MOD(MOD(ts, 3600000) + 3600000, 3600000)"}},
    {F::FormatTimestamp, "FORMAT_TIMESTAMP", "DATE_FORMAT", Fam::Time, 2, 2, {A::Timestamp, A::String}, R::String,
     "FORMAT_TIMESTAMP(ts, pattern) -> STRING", "ts as UTC text; pattern letters yyyy MM dd HH mm ss SSS, 'quoted' text.",
     "FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd HH:mm')", {S::Rewrite, "FORMAT_TIMESTAMP(FROM_UNIXTIME(ts), pattern, 'UTC')"},
     {S::Rewrite, "DATE_FORMAT(TO_TIMESTAMP_LTZ(ts, 3), pattern)"}},
    {F::ParseTimestamp, "PARSE_TIMESTAMP", "", Fam::Time, 2, 2, {A::String, A::String}, R::Timestamp,
     "PARSE_TIMESTAMP(s, pattern) -> TIMESTAMP", "Reads UTC text written in pattern; an error when it does not match.",
     "PARSE_TIMESTAMP(event_time, 'yyyy-MM-dd HH:mm:ss')",
     {S::Rewrite, "UNIX_TIMESTAMP(PARSE_TIMESTAMP(s, pattern, 'UTC'))"},
     {S::Rewrite, "UNIX_TIMESTAMP(s, pattern) * 1000 (second precision)"}},
    {F::EpochMillis, "EPOCH_MILLIS", "", Fam::Time, 1, 1, {A::Timestamp}, R::Integer, "EPOCH_MILLIS(ts) -> BIGINT",
     "Milliseconds since 1970-01-01 00:00:00 UTC.", "EPOCH_MILLIS(ts)", {S::Rewrite, "ts"}, {S::Rewrite, "ts"}},
    {F::EpochSeconds, "EPOCH_SECONDS", "", Fam::Time, 1, 1, {A::Timestamp}, R::Integer, "EPOCH_SECONDS(ts) -> BIGINT",
     "Whole seconds since 1970-01-01 00:00:00 UTC (rounded down).", "EPOCH_SECONDS(ts)",
     {S::Rewrite, "(ts - (ts % 1000 + 1000) % 1000) / 1000"}, {S::Rewrite, "(ts - MOD(MOD(ts, 1000) + 1000, 1000)) / 1000"}},
    {F::FromEpochMillis, "FROM_EPOCH_MILLIS", "", Fam::Time, 1, 1, {A::Integer}, R::Timestamp,
     "FROM_EPOCH_MILLIS(n) -> TIMESTAMP", "The timestamp n milliseconds after 1970-01-01 00:00:00 UTC.",
     "FROM_EPOCH_MILLIS(created_ms)", {S::Rewrite, "n"}, {S::Rewrite, "n"}},
    {F::FromEpochSeconds, "FROM_EPOCH_SECONDS", "", Fam::Time, 1, 1, {A::Integer}, R::Timestamp,
     "FROM_EPOCH_SECONDS(n) -> TIMESTAMP", "The timestamp n seconds after 1970-01-01 00:00:00 UTC.",
     "FROM_EPOCH_SECONDS(created_s)", {S::Rewrite, "n * 1000"}, {S::Rewrite, "n * 1000"}},
    // ---- JSON text, hashing, arrays
    {F::JsonValue, "JSON_VALUE", "EXTRACTJSONFIELD", Fam::Json, 2, 2, {A::String, A::String}, R::String,
     "JSON_VALUE(json_text, path) -> STRING",
     "The scalar at a path such as '$.a.b[0]' in JSON text; NULL when missing, not scalar or not JSON.",
     "JSON_VALUE(payload, '$.device.id')", {S::Native, "EXTRACTJSONFIELD(s, path)"}, {S::Native, "JSON_VALUE(s, path)"}},
    {F::Sha256, "SHA256", "", Fam::Hash, 1, 1, {A::String}, R::String, "SHA256(s) -> STRING",
     "SHA-256 of the UTF-8 bytes of s as 64 lower-case hex digits.", "SHA256(LOWER(TRIM(email)))",
     {S::None, "no built-in hash function"}, {S::Native, "SHA256(s)"}},
    {F::Md5, "MD5", "", Fam::Hash, 1, 1, {A::String}, R::String, "MD5(s) -> STRING",
     "MD5 of the UTF-8 bytes of s as 32 lower-case hex digits.", "MD5(customer_id)",
     {S::None, "no built-in hash function"}, {S::Native, "MD5(s)"}},
    {F::ElementAt, "ELEMENT_AT", "", Fam::Array, 2, 2, {A::Array, A::Integer}, R::ArrayElement,
     "ELEMENT_AT(array, index) -> element, also array[index]", "The 1-based index-th element, NULL out of range.",
     "readings[1]", {S::Rewrite, "array[index], guarded for index < 1"}, {S::Rewrite, "array[index], guarded for index < 1"}},
    {F::Cardinality, "CARDINALITY", "ARRAY_LENGTH", Fam::Array, 1, 1, {A::Array}, R::Integer,
     "CARDINALITY(array) -> BIGINT", "Number of elements.", "CARDINALITY(readings)", {S::Native, "ARRAY_LENGTH(a)"},
     {S::Native, "CARDINALITY(a)"}},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < table.size(); ++i)
        if (std::size_t(table[i].function) != i)
            return false;
    return true;
}
static_assert(inEnumOrder(), "the function table must list functions in the order of the Function enum");
static_assert(std::size_t(Function::Cardinality) + 1 == table.size(), "every Function needs a table row");

bool equalsUpper(std::string_view word, std::string_view upperName)
{
    if (word.size() != upperName.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(word[i])) != upperName[i])
            return false;
    return true;
}

constexpr std::array<TimeUnit, 7> timeUnits{{
    {"MILLISECOND", 1, true, false},
    {"SECOND", 1000, true, true},
    {"MINUTE", 60000, true, true},
    {"HOUR", 3600000, true, true},
    {"DAY", 86400000, true, true},
    {"MONTH", 0, true, false},
    {"YEAR", 0, true, false},
}};

} // namespace

std::span<const FunctionSpec> functionTable()
{
    return table;
}

const FunctionSpec &functionSpec(Function function)
{
    return table[std::size_t(function)];
}

const FunctionSpec *findFunction(std::string_view name)
{
    for (const auto &spec : table) {
        if (equalsUpper(name, spec.name))
            return &spec;
        std::string_view rest = spec.aliases;
        while (!rest.empty()) {
            const std::size_t space = rest.find(' ');
            if (equalsUpper(name, rest.substr(0, space)))
                return &spec;
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
    }
    return nullptr;
}

std::string_view familyName(FunctionFamily family)
{
    switch (family) {
    case FunctionFamily::String: return "strings";
    case FunctionFamily::Number: return "numbers";
    case FunctionFamily::Conditional: return "conditional";
    case FunctionFamily::Time: return "time";
    case FunctionFamily::Json: return "JSON text";
    case FunctionFamily::Hash: return "hashing";
    case FunctionFamily::Array: return "arrays";
    }
    return "?";
}

ArgType argumentType(const FunctionSpec &spec, std::size_t index)
{
    const std::size_t declared = spec.maxArgs == VariadicArgs ? spec.minArgs : spec.maxArgs;
    if (declared == 0)
        return ArgType::Any;
    if (spec.maxArgs == VariadicArgs && index >= declared)
        return spec.args[declared - 1];
    return spec.args[index < 4 ? index : 3];
}

std::string functionReferenceMarkdown()
{
    auto cell = [](std::string_view text) {
        std::string out;
        for (char c : text)
            out += c == '|' ? std::string("\\|") : std::string(1, c);
        return out;
    };
    auto spelling = [&](const DialectSpelling &d) {
        const std::string text = "`" + cell(d.spelling) + "`";
        switch (d.support) {
        case Support::Native: return text;
        case Support::Rewrite: return "rewrite: " + text;
        case Support::None: return "not expressible (" + cell(d.spelling) + "): the export reports the node";
        }
        return text;
    };
    std::string out = "# Expression functions\n\n"
                      "Generated from the function table in `pipeline/expr/functions.cpp` "
                      "(`PIPEWRIGHT_UPDATE_DOCS=1 tst_expr_functions` rewrites this file; the test fails when it is "
                      "stale). How each dialect's semantics are matched is in "
                      "[expression-dialects.md](expression-dialects.md).\n\n"
                      "Time zone rule: timestamps are epoch milliseconds; every time function reads and writes UTC "
                      "wall-clock time. The ksqlDB export passes 'UTC' to each time function; the Flink export sets "
                      "`table.local-time-zone` to 'UTC' when an expression formats, parses or extracts.\n";
    FunctionFamily family = FunctionFamily::Array;
    bool first = true;
    for (const auto &spec : table) {
        if (first || spec.family != family) {
            family = spec.family;
            first = false;
            out += "\n## " + std::string(familyName(family)) + "\n\n"
                   "| Function | Description | Example | ksqlDB | Flink SQL |\n"
                   "|---|---|---|---|---|\n";
        }
        out += "| `" + cell(spec.signature) + "` | " + cell(spec.description) + " | `" + cell(spec.example) + "` | "
               + spelling(spec.ksql) + " | " + spelling(spec.flink) + " |\n";
    }
    return out;
}

const TimeUnit *findTimeUnit(std::string_view name)
{
    for (const auto &unit : timeUnits)
        if (equalsUpper(name, unit.name))
            return &unit;
    return nullptr;
}

} // namespace pipeline::expr
