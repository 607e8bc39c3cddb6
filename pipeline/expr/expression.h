#pragma once

// The expression language facade: the only header most modules need.
// Filters, projections, routes, validation constraints and keys are parsed once
// into an AST that the runtime evaluates, the validator type-checks and codegen
// prints per dialect — so runtime and export can never disagree.

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/fieldtype.h"
#include "pipeline/core/schema.h"
#include "pipeline/expr/value.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline::expr {

struct AstNode; // see ast.h

enum class Dialect { Canonical, Ksql, Flink };

/// A problem in an expression text, with its position (1-based line/column).
struct ExprError {
    std::string message;  // e.g. "expected ')' but found end of input"
    SourceSpan span;
};

/// Thrown by evaluate() for run-time errors the data causes (bad CAST, division
/// by zero, ...). The runtime turns it into the node's error policy (dead-letter).
class EvaluationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A parsed expression: immutable, cheap to copy (shared AST).
class Expression {
public:
    Expression() = default;
    Expression(std::string text, std::shared_ptr<const AstNode> root);

    const std::string &text() const { return m_text; }
    const AstNode &root() const { return *m_root; }
    bool isValid() const { return m_root != nullptr; }
    /// Field paths referenced ("a", "a.b"), each once, in order of appearance.
    std::vector<std::string> referencedFields() const;
    /// Same tree (spans and original spelling ignored): parse(print(e)) == e.
    bool operator==(const Expression &other) const;

private:
    std::string m_text;
    std::shared_ptr<const AstNode> m_root;
};

struct ParseResult {
    std::optional<Expression> expression;
    std::optional<ExprError> error;
    bool ok() const { return expression.has_value(); }
};

struct TypeCheckResult {
    FieldType type = FieldType::Unknown;
    std::vector<ExprError> errors; // unknown field, type mismatch, wrong arity
    bool ok() const { return errors.empty(); }
};

ParseResult parse(std::string_view text);
TypeCheckResult typeCheck(const Expression &expression, const Schema &schema);
/// Evaluates over one JSON record with SQL three-valued NULL logic.
/// Missing fields evaluate to NULL. Throws EvaluationError for data errors.
Value evaluate(const Expression &expression, const nlohmann::json &record);
/// Evaluates a condition without allocating: TRUE/FALSE, or nullopt for NULL
/// (a filter drops the record). Throws EvaluationError for data errors,
/// including a result that is not boolean.
std::optional<bool> evaluatePredicate(const Expression &expression, const nlohmann::json &record);
/// Prints for a dialect; Canonical gives back normalised Pipewright syntax.
std::string print(const Expression &expression, Dialect dialect);
/// Prints with the record schema known, so rules that depend on operand types
/// apply (Flink MOD on DOUBLE, ksqlDB ROUND(DOUBLE), ...; docs/expression-dialects.md).
std::string print(const Expression &expression, Dialect dialect, const Schema &schema);
/// What the dialect cannot express in this expression (one message per problem,
/// e.g. "SHA256 has no ksqlDB equivalent ..."); empty when it prints faithfully.
std::vector<std::string> dialectProblems(const Expression &expression, Dialect dialect);
/// True when the Flink form depends on the session time zone (EXTRACT, FORMAT_TIMESTAMP,
/// PARSE_TIMESTAMP): the export then sets table.local-time-zone to UTC.
bool usesSessionTimeZone(const Expression &expression);
/// A column or field name as the dialect needs it: bare when it is a plain word
/// that is not reserved, otherwise quoted ("..." canonical, `...` ksqlDB/Flink).
/// Codegen uses it for column lists so declarations and expressions agree.
std::string quoteIdentifier(std::string_view name, Dialect dialect);
/// SQL type name of a field type in a dialect (BIGINT, VARCHAR/STRING, ...).
std::string_view sqlTypeName(FieldType type, Dialect dialect);

/// A one-paragraph summary of the language for help texts and LLM prompts.
std::string_view languageSummary();

} // namespace pipeline::expr
