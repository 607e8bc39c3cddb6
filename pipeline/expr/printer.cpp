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
// Known semantic gaps the printers cannot close by spelling alone:
// - ksqlDB upper-cases unquoted identifiers. Codegen declares columns through
//   quoteIdentifier() too, so declarations and references stay consistent.
// - ksqlDB's CONCAT treats NULL arguments as empty strings; Pipewright (like Flink
//   and standard SQL) returns NULL when any argument is NULL.
// - ksqlDB's ROUND(DOUBLE) without digits returns BIGINT; Pipewright keeps DOUBLE.
// Parenthesisation is minimal for the canonical grammar: parse(print(e)) == e.

#include "pipeline/expr/expression.h"
#include "pipeline/expr/sqlkeywords.h"

#include "pipeline/expr/ast.h"
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
    explicit Printer(Dialect dialect) : m_dialect(dialect) {}

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

    std::string functionCall(const AstNode &node) const
    {
        std::string_view name = functionName(node.function);
        if (m_dialect == Dialect::Ksql) {
            if (node.function == Function::Upper)
                name = "UCASE";
            else if (node.function == Function::Lower)
                name = "LCASE";
            else if (node.function == Function::CharLength)
                name = "LEN";
        }
        std::string out(name);
        out += '(';
        if (m_dialect == Dialect::Flink && node.function == Function::Substring) {
            out += print(node.child(0)) + " FROM " + print(node.child(1));
            if (node.children.size() == 3)
                out += " FOR " + print(node.child(2));
        } else {
            for (size_t i = 0; i < node.children.size(); ++i) {
                if (i)
                    out += ", ";
                out += print(node.child(i));
            }
        }
        out += ')';
        return out;
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
                return "MOD(" + print(node.child(0)) + ", " + print(node.child(1)) + ")";
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
                   + print(node.child(1), PrecAdditive);
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

    Dialect m_dialect;
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

} // namespace pipeline::expr
