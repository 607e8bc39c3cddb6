// Dialect printers. One AST, three spellings; the differences are deliberate and
// listed here so codegen reviewers can check them against each engine's docs:
//
//                     Canonical            ksqlDB                    Flink SQL
//   quoted name       "na me"              `na me`                   `na me`
//   nested field      a.b                  a->b                      a.b
//   UPPER / LOWER     UPPER / LOWER        UCASE / LCASE             UPPER / LOWER
//   CHAR_LENGTH       CHAR_LENGTH          LEN                       CHAR_LENGTH
//   SUBSTRING         SUBSTRING(s, a, n)   SUBSTRING(s, a, n)        SUBSTRING(s FROM a FOR n)
//   a % b             a % b                a % b                     MOD(a, b)
//   CAST string       STRING               VARCHAR                   STRING
//   CAST timestamp    TIMESTAMP            TIMESTAMP                 TIMESTAMP(3)
//   <> / !=           <>                   <>                        <>
//
// Where an engine's semantics differ from Pipewright's, the printers compensate
// (NULL-preserving CONCAT and GREATEST for ksqlDB, MOD on DOUBLE for Flink, ROUND's
// result type for ksqlDB, LIKE escapes for Flink, ...). Every rule is a row in
// docs/expression-dialects.md with the engine documentation it follows and its test.
// ksqlDB upper-cases unquoted identifiers: codegen declares columns through
// quoteIdentifier() too, so declarations and references stay consistent.
// Parenthesisation is minimal for the canonical grammar: parse(print(e)) == e.

#include "pipeline/expr/expression.h"
#include "pipeline/expr/sqlkeywords.h"

#include "pipeline/expr/ast.h"
#include "pipeline/expr/precompiled.h"
#include "pipeline/expr/timestamptext.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

namespace pipeline::expr {

namespace {

enum Precedence { PrecOr = 1, PrecAnd, PrecNot, PrecPredicate, PrecAdditive, PrecMultiplicative, PrecUnary, PrecPrimary };

bool isPlainWord(std::string_view name)
{
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string quoteWith(std::string_view name, char quote)
{
    std::string out(1, quote);
    for (char c : name) {
        out += c;
        if (c == quote)
            out += quote;
    }
    out += quote;
    return out;
}

std::string stringLiteral(std::string_view s)
{
    return quoteWith(s, '\'');
}

std::string doubleLiteral(double d)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    std::string text(buf, res.ptr);
    if (text.find_first_of(".e") == std::string::npos)
        text += ".0"; // keeps 2.0 a DOUBLE when read back
    return text;
}

std::string_view castName(FieldType type, Dialect dialect)
{
    return sqlTypeName(type, dialect);
}

class Printer {
public:
    explicit Printer(Dialect dialect, const NodeTypes *types = nullptr) : m_dialect(dialect), m_types(types) {}

    std::string print(const AstNode &node, int minPrecedence = 0) const
    {
        std::string text = render(node);
        if (precedence(node) < minPrecedence)
            return "(" + text + ")";
        return text;
    }

private:
    int precedence(const AstNode &node) const
    {
        switch (node.kind) {
        case NodeKind::Binary:
            switch (node.binaryOp) {
            case BinaryOp::Or: return PrecOr;
            case BinaryOp::And: return PrecAnd;
            case BinaryOp::Add:
            case BinaryOp::Subtract: return PrecAdditive;
            case BinaryOp::Multiply:
            case BinaryOp::Divide: return PrecMultiplicative;
            case BinaryOp::Modulo: return m_dialect == Dialect::Flink ? PrecPrimary : PrecMultiplicative;
            default: return PrecPredicate;
            }
        case NodeKind::Unary: return node.unaryOp == UnaryOp::Not ? PrecNot : PrecUnary;
        case NodeKind::FunctionCall:
            if (m_dialect == Dialect::Ksql && node.function == Function::Mod)
                return PrecMultiplicative; // printed as a % b
            if (m_dialect != Dialect::Canonical
                && (node.function == Function::EpochMillis || node.function == Function::FromEpochMillis))
                return timestampPrecedence(node.child(0)); // printed as the argument itself
            return PrecPrimary;
        case NodeKind::IsNull:
        case NodeKind::In:
        case NodeKind::Between:
        case NodeKind::Like: return PrecPredicate;
        case NodeKind::Literal:
            // A negative number reads as unary minus.
            if ((node.value.isInteger() && node.value.asInteger() < 0)
                || (node.value.isDouble() && std::signbit(node.value.asDouble())))
                return PrecUnary;
            return PrecPrimary;
        default: return PrecPrimary;
        }
    }

    std::string literal(const Value &v) const
    {
        switch (v.type()) {
        case FieldType::Null: return "NULL";
        case FieldType::Boolean: return v.asBoolean() ? "TRUE" : "FALSE";
        case FieldType::Integer: return std::to_string(v.asInteger());
        case FieldType::Double: {
            const double d = v.asDouble();
            if (!std::isfinite(d))
                return "CAST(" + stringLiteral(std::isnan(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")) + " AS "
                       + std::string(castName(FieldType::Double, m_dialect)) + ")";
            return doubleLiteral(d);
        }
        case FieldType::String: return stringLiteral(v.asString());
        case FieldType::Timestamp:
            return "CAST(" + stringLiteral(formatTimestamp(v.asTimestamp())) + " AS "
                   + std::string(castName(FieldType::Timestamp, m_dialect)) + ")";
        default: return stringLiteral(v.asJson().dump());
        }
    }

    std::string fieldPath(const AstNode &node) const
    {
        std::string out;
        const std::string_view separator = m_dialect == Dialect::Ksql ? "->" : ".";
        for (size_t i = 0; i < node.path.size(); ++i) {
            if (i)
                out += separator;
            out += quoteIdentifier(node.path[i], m_dialect);
        }
        return out;
    }

    std::string args(const AstNode &node, size_t from = 0) const
    {
        std::string out;
        for (size_t i = from; i < node.children.size(); ++i) {
            if (i > from)
                out += ", ";
            out += print(node.child(i));
        }
        return out;
    }

    std::string call(std::string_view name, const AstNode &node) const
    {
        return std::string(name) + "(" + args(node) + ")";
    }

    /// NULL of the node's type, so CASE branches keep a type in ksqlDB.
    std::string typedNull(const AstNode &node) const
    {
        FieldType t = typeOf(node);
        if (t == FieldType::Unknown && node.kind == NodeKind::FunctionCall) {
            switch (functionSpec(node.function).result) { // a fixed result type needs no schema
            case ReturnRule::String: t = FieldType::String; break;
            case ReturnRule::Integer: t = FieldType::Integer; break;
            case ReturnRule::Double: t = FieldType::Double; break;
            default: break;
            }
        }
        if (t == FieldType::Unknown || t == FieldType::Null || t == FieldType::Array || t == FieldType::Object)
            return "NULL";
        return "CAST(NULL AS " + std::string(castName(t, m_dialect)) + ")";
    }

    /// CASE WHEN a IS NULL OR ... THEN NULL ELSE <sql> END over the arguments that
    /// can be NULL: ksqlDB functions that skip NULLs (CONCAT, GREATEST, LEAST)
    /// get Pipewright's (and Flink's) NULL-in, NULL-out meaning back.
    std::string nullGuard(const AstNode &node, std::string sql) const
    {
        std::string test;
        for (const auto &child : node.children) {
            if (child->kind == NodeKind::Literal && !child->value.isNull())
                continue;
            if (!test.empty())
                test += " OR ";
            test += print(*child, PrecAdditive) + " IS NULL";
        }
        if (test.empty())
            return sql;
        return "CASE WHEN " + test + " THEN " + typedNull(node) + " ELSE " + sql + " END";
    }

    static std::optional<std::int64_t> integerLiteral(const AstNode &node)
    {
        if (node.kind == NodeKind::Literal && node.value.isInteger())
            return node.value.asInteger();
        return std::nullopt;
    }

    /// A constant timestamp (literal, CAST of a text literal) as epoch milliseconds.
    static std::optional<std::int64_t> constantTimestamp(const AstNode &node)
    {
        if (node.kind == NodeKind::Literal && node.value.isTimestamp())
            return node.value.asTimestamp();
        if (node.kind == NodeKind::Cast && node.castType == FieldType::Timestamp) {
            const AstNode &operand = node.child(0);
            if (operand.kind == NodeKind::Literal && operand.value.isString())
                return parseTimestamp(operand.value.asString());
            if (operand.kind == NodeKind::Literal && operand.value.isInteger())
                return operand.value.asInteger();
        }
        return std::nullopt;
    }

    int timestampPrecedence(const AstNode &node) const
    {
        if (auto millis = constantTimestamp(node))
            return *millis < 0 ? PrecUnary : PrecPrimary;
        return precedence(node);
    }

    /// A time function's timestamp argument as epoch milliseconds (BIGINT), the
    /// way exported tables carry timestamps.
    std::string millis(const AstNode &node, int minPrecedence = 0) const
    {
        if (auto constant = constantTimestamp(node)) {
            const std::string text = std::to_string(*constant);
            return *constant < 0 && minPrecedence > PrecUnary ? "(" + text + ")" : text;
        }
        return print(node, minPrecedence);
    }

    std::string flinkMod(const AstNode &a, const AstNode &b) const
    {
        // Flink's MOD takes exact numerics only; DOUBLE operands go through DECIMAL.
        if (typeOf(a) == FieldType::Double || typeOf(b) == FieldType::Double)
            return "CAST(MOD(CAST(" + print(a) + " AS DECIMAL(38, 10)), CAST(" + print(b)
                   + " AS DECIMAL(38, 10))) AS DOUBLE)";
        return "MOD(" + print(a) + ", " + print(b) + ")";
    }

    /// floor(ts / unit) * unit, exact BIGINT arithmetic in both dialects.
    std::string floorTo(const AstNode &ts, std::int64_t unit) const
    {
        const std::string u = std::to_string(unit);
        const std::string x = millis(ts, PrecMultiplicative + 1);
        if (m_dialect == Dialect::Ksql)
            return "(" + millis(ts, PrecAdditive + 1) + " - (" + x + " % " + u + " + " + u + ") % " + u + ")";
        return "(" + millis(ts, PrecAdditive + 1) + " - MOD(MOD(" + millis(ts) + ", " + u + ") + " + u + ", " + u
               + "))";
    }

    std::string likeEscape(const AstNode &pattern) const
    {
        // Flink reads '\' in a LIKE pattern as an escape; Pipewright and ksqlDB read it
        // literally. An ESCAPE character the pattern does not contain keeps it literal.
        if (m_dialect != Dialect::Flink || pattern.kind != NodeKind::Literal || !pattern.value.isString())
            return {};
        const std::string &text = pattern.value.asString();
        if (text.find('\\') == std::string::npos)
            return {};
        for (const char *candidate : {"!", "#", "^", "~", "|"})
            if (text.find(candidate) == std::string::npos)
                return std::string(" ESCAPE '") + candidate + "'";
        return {};
    }

    std::string canonicalCall(const AstNode &node) const
    {
        switch (node.function) {
        case Function::Extract:
            return "EXTRACT(" + node.child(0).value.asString() + " FROM " + print(node.child(1)) + ")";
        case Function::Position: return "POSITION(" + print(node.child(0), PrecAdditive) + " IN " + print(node.child(1)) + ")";
        case Function::CurrentTimestamp: return "CURRENT_TIMESTAMP";
        case Function::ElementAt: return print(node.child(0), PrecPrimary) + "[" + print(node.child(1)) + "]";
        default: return call(functionName(node.function), node);
        }
    }

    std::string elementAt(const AstNode &node) const
    {
        const std::string access = print(node.child(0), PrecPrimary) + "[" + print(node.child(1)) + "]";
        // ksqlDB counts negative indexes from the end and Flink rejects 0: both get
        // Pipewright's "NULL unless 1 <= index <= length".
        const auto index = integerLiteral(node.child(1));
        if (index && *index >= 1)
            return access;
        return "CASE WHEN " + print(node.child(1), PrecAdditive) + " >= 1 THEN " + access + " END";
    }

    std::string functionCall(const AstNode &node) const
    {
        if (m_dialect == Dialect::Canonical)
            return canonicalCall(node);
        const bool ksql = m_dialect == Dialect::Ksql;
        const auto &c = node.children;
        auto p = [&](size_t i, int minPrecedence = 0) { return print(*c[i], minPrecedence); };
        switch (node.function) {
        case Function::Upper: return call(ksql ? "UCASE" : "UPPER", node);
        case Function::Lower: return call(ksql ? "LCASE" : "LOWER", node);
        case Function::CharLength: return call(ksql ? "LEN" : "CHAR_LENGTH", node);
        case Function::Concat: return ksql ? nullGuard(node, call("CONCAT", node)) : call("CONCAT", node);
        case Function::Substring:
            if (ksql)
                return call("SUBSTRING", node);
            return "SUBSTRING(" + p(0) + " FROM " + p(1) + (c.size() == 3 ? " FOR " + p(2) : "") + ")";
        case Function::Left:
        case Function::Right: {
            const auto n = integerLiteral(*c[1]);
            const std::string count = n && *n >= 0 ? std::to_string(*n) : "GREATEST(" + p(1) + ", 0)";
            if (node.function == Function::Left)
                return ksql ? "SUBSTRING(" + p(0) + ", 1, " + count + ")" : "SUBSTRING(" + p(0) + " FROM 1 FOR " + count + ")";
            const std::string from = "GREATEST(" + std::string(ksql ? "LEN(" : "CHAR_LENGTH(") + p(0) + ") - "
                                     + (n && *n >= 0 ? count : p(1, PrecMultiplicative)) + " + 1, 1)";
            return ksql ? "SUBSTRING(" + p(0) + ", " + from + ")" : "SUBSTRING(" + p(0) + " FROM " + from + ")";
        }
        case Function::Replace: {
            const bool plain = !ksql
                               || (c[1]->kind == NodeKind::Literal && c[1]->value.isString() && !c[1]->value.asString().empty());
            if (plain)
                return call("REPLACE", node);
            // Java's String.replace inserts the replacement everywhere for an empty search.
            return "CASE WHEN " + p(1, PrecAdditive) + " = '' THEN " + p(0) + " ELSE " + call("REPLACE", node) + " END";
        }
        case Function::RegexpExtract: {
            const std::string group = c.size() == 3 ? p(2) : "0";
            return ksql ? "REGEXP_EXTRACT(" + p(1) + ", " + p(0) + ", " + group + ")"
                        : "REGEXP_EXTRACT(" + p(0) + ", " + p(1) + ", " + group + ")";
        }
        case Function::Position:
            return ksql ? "INSTR(" + p(1) + ", " + p(0) + ")" : "POSITION(" + p(0, PrecAdditive) + " IN " + p(1) + ")";
        case Function::SplitIndex: {
            if (!ksql)
                return call("SPLIT_INDEX", node);
            const auto index = integerLiteral(*c[2]);
            const std::string access = "SPLIT(" + p(0) + ", " + p(1) + ")["
                                       + (index ? std::to_string(*index + 1) : p(2, PrecAdditive + 1) + " + 1") + "]";
            std::string test = p(0, PrecAdditive) + " <> ''";
            if (!index)
                test += " AND " + p(2, PrecAdditive) + " >= 0";
            else if (*index < 0)
                return typedNull(node);
            return "CASE WHEN " + test + " THEN " + access + " END";
        }
        case Function::Round:
            if (ksql && c.size() == 1 && typeOf(*c[0]) == FieldType::Double)
                return "CAST(ROUND(" + p(0) + ") AS DOUBLE)"; // ksqlDB's ROUND(DOUBLE) returns BIGINT
            return call("ROUND", node);
        case Function::Mod:
            if (ksql)
                return p(0, PrecMultiplicative) + " % " + p(1, PrecMultiplicative + 1);
            return flinkMod(*c[0], *c[1]);
        case Function::Log10:
            return ksql ? "(LN(" + p(0) + ") / LN(10))" : call("LOG10", node);
        case Function::Greatest:
        case Function::Least: {
            const std::string sql = call(functionName(node.function), node);
            return ksql ? nullGuard(node, sql) : sql;
        }
        case Function::Truncate: {
            if (!ksql)
                return call("TRUNCATE", node);
            const std::int64_t digits = c.size() == 2 ? integerLiteral(*c[1]).value_or(0) : 0;
            if (typeOf(*c[0]) == FieldType::Integer) {
                if (digits >= 0)
                    return p(0);
                std::int64_t scale = 1;
                for (std::int64_t k = 0; k < -digits && k < 18; ++k)
                    scale *= 10;
                return "(" + p(0, PrecMultiplicative) + " / " + std::to_string(scale) + " * " + std::to_string(scale) + ")";
            }
            std::string x = p(0, PrecMultiplicative);
            std::string scale;
            if (digits != 0) {
                scale = doubleLiteral(std::pow(10.0, double(digits)));
                x += " * " + scale;
            }
            std::string sql = "CASE WHEN " + p(0, PrecAdditive) + " < 0 THEN CEIL(" + x + ") ELSE FLOOR(" + x + ") END";
            return digits == 0 ? sql : "(" + sql + " / " + scale + ")";
        }
        case Function::Nullif:
            if (!ksql)
                return call("NULLIF", node);
            return "CASE WHEN " + p(0, PrecAdditive) + " = " + p(1, PrecAdditive) + " THEN " + typedNull(node) + " ELSE "
                   + p(0) + " END";
        case Function::If: return "CASE WHEN " + p(0) + " THEN " + p(1) + " ELSE " + p(2) + " END";
        case Function::Ifnull: return "COALESCE(" + p(0) + ", " + p(1) + ")";
        case Function::CurrentTimestamp: return ksql ? "UNIX_TIMESTAMP()" : "UNIX_TIMESTAMP() * 1000";
        case Function::Extract: {
            const std::string unit = c[0]->value.asString();
            static constexpr std::pair<std::string_view, std::string_view> letters[] = {
                {"YEAR", "yyyy"}, {"MONTH", "MM"}, {"DAY", "dd"}, {"HOUR", "HH"},
                {"MINUTE", "mm"}, {"SECOND", "ss"}, {"MILLISECOND", "SSS"}};
            std::string_view letter = "SSS";
            for (const auto &[name, pattern] : letters)
                if (name == unit)
                    letter = pattern;
            if (ksql)
                return "CAST(FORMAT_TIMESTAMP(FROM_UNIXTIME(" + millis(*c[1]) + "), '" + std::string(letter)
                       + "', 'UTC') AS BIGINT)";
            return "CAST(DATE_FORMAT(TO_TIMESTAMP_LTZ(" + millis(*c[1]) + ", 3), '" + std::string(letter) + "') AS BIGINT)";
        }
        case Function::DateTrunc: return floorTo(*c[1], node.precompiled->unit->millis);
        case Function::FormatTimestamp:
            if (ksql)
                return "FORMAT_TIMESTAMP(FROM_UNIXTIME(" + millis(*c[0]) + "), " + p(1) + ", 'UTC')";
            return "DATE_FORMAT(TO_TIMESTAMP_LTZ(" + millis(*c[0]) + ", 3), " + p(1) + ")";
        case Function::ParseTimestamp:
            if (ksql)
                return "UNIX_TIMESTAMP(PARSE_TIMESTAMP(" + p(0) + ", " + p(1) + ", 'UTC'))";
            return "UNIX_TIMESTAMP(" + p(0) + ", " + p(1) + ") * 1000";
        case Function::EpochMillis:
        case Function::FromEpochMillis: return millis(*c[0]);
        case Function::EpochSeconds: {
            const std::string floored = floorTo(*c[0], 1000);
            return "(" + floored + " / 1000)";
        }
        case Function::FromEpochSeconds: return "(" + p(0, PrecMultiplicative) + " * 1000)";
        case Function::JsonValue: return call(ksql ? "EXTRACTJSONFIELD" : "JSON_VALUE", node);
        case Function::ElementAt: return elementAt(node);
        case Function::Cardinality: return call(ksql ? "ARRAY_LENGTH" : "CARDINALITY", node);
        default: return call(functionName(node.function), node);
        }
    }

    std::string render(const AstNode &node) const
    {
        switch (node.kind) {
        case NodeKind::Literal: return literal(node.value);
        case NodeKind::FieldRef: return fieldPath(node);
        case NodeKind::Unary: {
            if (node.unaryOp == UnaryOp::Not)
                return "NOT " + print(node.child(0), PrecNot);
            std::string operand = print(node.child(0), PrecUnary);
            // "--" would start a SQL comment; a space keeps the nesting depth equal to
            // the parsed one (parentheses would double it past the parser's limit).
            if (!operand.empty() && operand[0] == '-')
                operand = " " + operand;
            return "-" + operand;
        }
        case NodeKind::Binary: {
            const int p = precedence(node);
            if (node.binaryOp == BinaryOp::Modulo && m_dialect == Dialect::Flink)
                return flinkMod(node.child(0), node.child(1));
            if (p == PrecPredicate)
                return print(node.child(0), PrecAdditive) + " " + std::string(binaryOpText(node.binaryOp)) + " "
                       + print(node.child(1), PrecAdditive);
            return print(node.child(0), p) + " " + std::string(binaryOpText(node.binaryOp)) + " "
                   + print(node.child(1), p + 1);
        }
        case NodeKind::IsNull:
            return print(node.child(0), PrecAdditive) + (node.negated ? " IS NOT NULL" : " IS NULL");
        case NodeKind::In: {
            std::string out = print(node.child(0), PrecAdditive) + (node.negated ? " NOT IN (" : " IN (");
            for (size_t i = 1; i < node.children.size(); ++i) {
                if (i > 1)
                    out += ", ";
                out += print(node.child(i));
            }
            return out + ")";
        }
        case NodeKind::Between:
            return print(node.child(0), PrecAdditive) + (node.negated ? " NOT BETWEEN " : " BETWEEN ")
                   + print(node.child(1), PrecAdditive) + " AND " + print(node.child(2), PrecAdditive);
        case NodeKind::Like:
            return print(node.child(0), PrecAdditive) + (node.negated ? " NOT LIKE " : " LIKE ")
                   + print(node.child(1), PrecAdditive) + likeEscape(node.child(1));
        case NodeKind::Case: {
            std::string out = "CASE";
            size_t i = 0;
            if (node.hasCaseOperand)
                out += " " + print(node.child(i++));
            const size_t whenEnd = node.children.size() - (node.hasElse ? 1 : 0);
            for (; i + 1 < whenEnd; i += 2)
                out += " WHEN " + print(node.child(i)) + " THEN " + print(node.child(i + 1));
            if (node.hasElse)
                out += " ELSE " + print(*node.children.back());
            return out + " END";
        }
        case NodeKind::Cast:
            return "CAST(" + print(node.child(0)) + " AS " + std::string(castName(node.castType, m_dialect)) + ")";
        case NodeKind::FunctionCall: return functionCall(node);
        }
        return {};
    }

    FieldType typeOf(const AstNode &node) const
    {
        if (!m_types)
            return node.kind == NodeKind::Literal ? node.value.type() : FieldType::Unknown;
        auto it = m_types->find(&node);
        return it == m_types->end() ? FieldType::Unknown : it->second;
    }

    Dialect m_dialect;
    const NodeTypes *m_types;
};

} // namespace

std::string quoteIdentifier(std::string_view name, Dialect dialect)
{
    if (isPlainWord(name) && !isReservedWord(name, dialect))
        return std::string(name);
    return quoteWith(name, dialect == Dialect::Canonical ? '"' : '`');
}

std::string_view sqlTypeName(FieldType type, Dialect dialect)
{
    switch (type) {
    case FieldType::Boolean: return "BOOLEAN";
    case FieldType::Integer: return "BIGINT";
    case FieldType::Double: return "DOUBLE";
    case FieldType::Timestamp: return dialect == Dialect::Flink ? "TIMESTAMP(3)" : "TIMESTAMP";
    case FieldType::Array: return "ARRAY";
    case FieldType::Object: return dialect == Dialect::Canonical ? "OBJECT" : (dialect == Dialect::Ksql ? "STRUCT" : "ROW");
    default: return dialect == Dialect::Ksql ? "VARCHAR" : "STRING";
    }
}

std::string print(const Expression &expression, Dialect dialect)
{
    if (!expression.isValid())
        return {};
    return Printer(dialect).print(expression.root());
}

std::string print(const Expression &expression, Dialect dialect, const Schema &schema)
{
    if (!expression.isValid())
        return {};
    const NodeTypes types = inferNodeTypes(expression.root(), schema);
    return Printer(dialect, &types).print(expression.root());
}

namespace {

void collectProblems(const AstNode &node, Dialect dialect, std::vector<std::string> &out)
{
    for (const auto &child : node.children)
        collectProblems(*child, dialect, out);
    if (node.kind != NodeKind::FunctionCall || dialect == Dialect::Canonical)
        return;
    const FunctionSpec &spec = functionSpec(node.function);
    const DialectSpelling &spelling = dialect == Dialect::Ksql ? spec.ksql : spec.flink;
    const std::string engine = dialect == Dialect::Ksql ? "ksqlDB" : "Flink SQL";
    auto add = [&](std::string message) {
        if (std::find(out.begin(), out.end(), message) == out.end())
            out.push_back(std::move(message));
    };
    if (spelling.support == Support::None)
        add(std::string(spec.name) + " has no " + engine + " equivalent (" + std::string(spelling.spelling) + ")");
    if (dialect == Dialect::Ksql && node.function == Function::Truncate && node.children.size() == 2
        && !(node.child(1).kind == NodeKind::Literal && node.child(1).value.isInteger()))
        add("TRUNCATE needs literal digits for ksqlDB");
    // Time functions read BIGINT epoch milliseconds; a computed CAST(... AS TIMESTAMP)
    // is an engine TIMESTAMP there, which has no exact conversion back in Flink.
    const bool timeFunction = spec.family == FunctionFamily::Time;
    if (timeFunction)
        for (const auto &child : node.children)
            if (child->kind == NodeKind::Cast && child->castType == FieldType::Timestamp
                && !(child->child(0).kind == NodeKind::Literal))
                add(std::string(spec.name) + " of CAST(... AS TIMESTAMP) of a computed value has no exact " + engine
                    + " form; use PARSE_TIMESTAMP(text, pattern)");
}

bool usesZone(const AstNode &node)
{
    if (node.kind == NodeKind::FunctionCall
        && (node.function == Function::Extract || node.function == Function::FormatTimestamp
            || node.function == Function::ParseTimestamp))
        return true;
    for (const auto &child : node.children)
        if (usesZone(*child))
            return true;
    return false;
}

} // namespace

std::vector<std::string> dialectProblems(const Expression &expression, Dialect dialect)
{
    std::vector<std::string> out;
    if (expression.isValid())
        collectProblems(expression.root(), dialect, out);
    return out;
}

bool usesSessionTimeZone(const Expression &expression)
{
    return expression.isValid() && usesZone(expression.root());
}

} // namespace pipeline::expr
