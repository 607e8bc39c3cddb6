#pragma once

// The expression AST. Nodes are immutable after parsing and shared between copies
// of an Expression; everything the evaluator can work out once (split field paths,
// compiled LIKE patterns, constant IN lists) is stored on the node by the parser.

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/fieldtype.h"
#include "pipeline/core/schema.h"
#include "pipeline/expr/functions.h"
#include "pipeline/expr/likepattern.h"
#include "pipeline/expr/value.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pipeline::expr {

enum class NodeKind { Literal, FieldRef, Unary, Binary, IsNull, In, Between, Like, Case, Cast, FunctionCall };

enum class UnaryOp { Not, Negate };

enum class BinaryOp {
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
};

/// The literal items of a long IN list, sorted for binary search. Built only when
/// every non-NULL item is a string, or every one an integer.
struct ConstantSet {
    std::vector<std::string> strings;
    std::vector<std::int64_t> integers;
    bool hasNull = false;
};

struct Precompiled; // see precompiled.h: regex, JSON path, time pattern of a literal argument
struct AstNode;
using AstPtr = std::shared_ptr<const AstNode>;

/// One node of a parsed expression. A single struct instead of a class hierarchy:
/// the evaluator switches on `kind`, which is faster than virtual dispatch and
/// keeps the tree trivially printable and comparable.
///
/// Children by kind:
///   Unary, IsNull, Cast: [operand]
///   Binary:              [lhs, rhs]
///   In:                  [operand, item...]
///   Between:             [operand, low, high]
///   Like:                [operand, pattern]
///   Case:                [operand if hasCaseOperand] (when, then)... [else if hasElse]
///   FunctionCall:        arguments
struct AstNode {
    NodeKind kind = NodeKind::Literal;
    SourceSpan span;

    Value value;                   // Literal
    std::vector<std::string> path; // FieldRef: segments, unquoted ("a.b" -> {"a","b"})
    UnaryOp unaryOp = UnaryOp::Not;
    BinaryOp binaryOp = BinaryOp::Add;
    bool negated = false; // IS NOT NULL, NOT IN, NOT BETWEEN, NOT LIKE
    Function function = Function::Upper;
    FieldType castType = FieldType::Unknown;
    bool hasCaseOperand = false;
    bool hasElse = false;
    std::vector<AstPtr> children;

    // Precomputed by the parser.
    std::shared_ptr<const LikePattern> likePattern; // Like whose pattern is a string literal
    bool constantList = false;                      // In whose items are all literals
    std::shared_ptr<const ConstantSet> constantSet; // In with many literal items of one type
    std::shared_ptr<const Precompiled> precompiled; // FunctionCall whose pattern/path/unit argument is a literal

    const AstNode &child(size_t i) const { return *children[i]; }
};

/// Structural equality: same tree, same literals; spans and caches are ignored.
bool structurallyEqual(const AstNode &a, const AstNode &b);

bool isComparison(BinaryOp op);
bool isArithmetic(BinaryOp op);
/// "+", "<>", "AND", ...
std::string_view binaryOpText(BinaryOp op);
/// Canonical spelling: "UPPER", "CHAR_LENGTH", ...
std::string_view functionName(Function function);
/// The type the checker infers for every node of a tree (Unknown where it cannot
/// tell); the dialect printers use it where a dialect's semantics depend on types.
using NodeTypes = std::unordered_map<const AstNode *, FieldType>;
NodeTypes inferNodeTypes(const AstNode &root, const Schema &schema);

/// Canonical CAST type name: BOOLEAN, BIGINT, DOUBLE, STRING, TIMESTAMP.
std::string_view castTypeName(FieldType type);

} // namespace pipeline::expr
