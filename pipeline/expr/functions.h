#pragma once

// The one table of expression functions. The parser (names, aliases, arity),
// the type checker (argument and result types), the dialect printers (which
// dialect needs a rewrite or cannot say it), the designer's completion and help,
// the docs (docs/expression-functions.md is generated from it) and the
// differential test against PostgreSQL all read this table, so adding a function
// touches this table plus its evaluator and printer entries.

#include "pipeline/core/fieldtype.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace pipeline::expr {

enum class Function : std::uint8_t {
    // strings
    Upper, Lower, Trim, Concat, ConcatWs, Substring, Left, Right, CharLength, Replace, RegexpReplace,
    RegexpExtract, Lpad, Rpad, Initcap, Position, SplitIndex,
    // numbers
    Abs, Round, Floor, Ceil, Mod, Power, Sqrt, Ln, Log10, Exp, Sign, Greatest, Least, Truncate,
    // conditional
    Coalesce, Nullif, If, Ifnull,
    // time (timestamps are epoch milliseconds, read and written in UTC)
    CurrentTimestamp, Extract, DateTrunc, FormatTimestamp, ParseTimestamp, EpochMillis, EpochSeconds,
    FromEpochMillis, FromEpochSeconds,
    // JSON text, hashing, arrays
    JsonValue, Sha256, Md5, ElementAt, Cardinality,
};

enum class FunctionFamily : std::uint8_t { String, Number, Conditional, Time, Json, Hash, Array };

/// What an argument position accepts. `Timestamp` takes TIMESTAMP or BIGINT epoch
/// milliseconds (records carry timestamps as numbers); `Comparable` takes any
/// scalar that the other Comparable arguments unify with.
enum class ArgType : std::uint8_t { Any, String, Integer, Numeric, Boolean, Timestamp, Array, Comparable };

/// How the result type follows from the argument types.
enum class ReturnRule : std::uint8_t {
    String, Integer, Double, Timestamp, Boolean,
    FirstArgument,   // ABS, SIGN, ...: the type of argument 1 (numeric)
    CommonType,      // COALESCE, GREATEST, NULLIF: all Comparable/Any arguments unified
    CommonFromSecond,// IF: arguments 2.. unified
    ArrayElement,    // ELEMENT_AT: the element type of the array when known
};

/// How a dialect prints the function: the same call, a rewrite the printer
/// builds (exact unless the docs row says otherwise), or not at all (the export
/// gives a per-node diagnostic with `note`).
enum class Support : std::uint8_t { Native, Rewrite, None };

struct DialectSpelling {
    Support support = Support::Native;
    std::string_view spelling; // for the docs: how the export writes it
};

struct FunctionSpec {
    Function function;
    std::string_view name;    // canonical spelling, printed back by the canonical printer
    std::string_view aliases; // other accepted names, space separated
    FunctionFamily family;
    std::uint8_t minArgs;
    std::uint8_t maxArgs; // VariadicArgs = no upper bound (the last ArgType repeats)
    ArgType args[4];
    ReturnRule result;
    std::string_view signature;   // "REPLACE(s, search, replacement) -> STRING"
    std::string_view description; // one line, translatable in the designer
    std::string_view example;     // an expression that parses and type-checks
    DialectSpelling ksql;
    DialectSpelling flink;
};

inline constexpr std::uint8_t VariadicArgs = 255;

/// Every function, in documentation order (grouped by family).
std::span<const FunctionSpec> functionTable();
const FunctionSpec &functionSpec(Function function);
/// Looks a name or alias up, case-insensitively; nullptr when unknown.
const FunctionSpec *findFunction(std::string_view name);
std::string_view familyName(FunctionFamily family);
/// The argument type expected at position `index` (0-based), repeating the last for variadics.
ArgType argumentType(const FunctionSpec &spec, std::size_t index);

/// The units EXTRACT and DATE_TRUNC accept, with their length in milliseconds
/// (0 for calendar units that have no fixed length).
struct TimeUnit {
    std::string_view name;
    std::int64_t millis;
    bool extract;  // valid in EXTRACT
    bool truncate; // valid in DATE_TRUNC
};
const TimeUnit *findTimeUnit(std::string_view name);

/// docs/expression-functions.md: one table per family with signature, description,
/// example and the ksqlDB / Flink SQL spelling (a test keeps the file current).
std::string functionReferenceMarkdown();

} // namespace pipeline::expr
