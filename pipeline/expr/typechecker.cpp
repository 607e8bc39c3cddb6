#include "pipeline/expr/expression.h"

#include "pipeline/expr/ast.h"

#include <algorithm>
#include <cctype>

namespace pipeline::expr {

namespace {

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1]))
                              == std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string joinPath(const std::vector<std::string> &path, size_t count)
{
    std::string out;
    for (size_t i = 0; i < count && i < path.size(); ++i) {
        if (i)
            out += '.';
        out += path[i];
    }
    return out;
}

std::string typeText(FieldType t)
{
    return std::string(fieldTypeName(t));
}

bool isLoose(FieldType t)
{
    return t == FieldType::Unknown || t == FieldType::Null;
}

/// Common type of CASE branches and COALESCE arguments; nullopt if none.
std::optional<FieldType> unify(FieldType a, FieldType b)
{
    if (a == FieldType::Null)
        return b;
    if (b == FieldType::Null)
        return a;
    if (a == FieldType::Unknown || b == FieldType::Unknown)
        return FieldType::Unknown;
    if (a == b)
        return a;
    if (isNumeric(a) && isNumeric(b))
        return FieldType::Double;
    return std::nullopt;
}

bool comparable(FieldType a, FieldType b)
{
    if (isLoose(a) || isLoose(b) || a == b)
        return true;
    if (isNumeric(a) && isNumeric(b))
        return true;
    // Records carry timestamps as epoch milliseconds, so integers compare with them.
    return (a == FieldType::Timestamp && b == FieldType::Integer) || (a == FieldType::Integer && b == FieldType::Timestamp);
}

class TypeChecker {
public:
    explicit TypeChecker(const Schema &schema, NodeTypes *types = nullptr) : m_schema(schema), m_types(types) {}

    FieldType check(const AstNode &node)
    {
        const FieldType t = checkNode(node);
        if (m_types)
            (*m_types)[&node] = t;
        return t;
    }
    std::vector<ExprError> takeErrors() { return std::move(m_errors); }

private:
    void error(const AstNode &at, std::string message) { m_errors.push_back({std::move(message), at.span}); }
    FieldType fieldRef(const AstNode &node);
    FieldType binary(const AstNode &node);
    FieldType function(const AstNode &node);
    FieldType caseExpression(const AstNode &node);
    FieldType cast(const AstNode &node);
    void expectBoolean(const AstNode &operand, FieldType type, std::string_view context);
    void expectComparable(const AstNode &at, FieldType a, FieldType b);
    void expectString(const AstNode &operand, FieldType type, std::string_view context);
    void expectNumeric(const AstNode &operand, FieldType type, std::string_view context);

    FieldType checkNode(const AstNode &node);

    const Schema &m_schema;
    NodeTypes *m_types;
    std::vector<ExprError> m_errors;
};

void TypeChecker::expectBoolean(const AstNode &operand, FieldType type, std::string_view context)
{
    if (!isLoose(type) && type != FieldType::Boolean)
        error(operand, std::string(context) + " expects a boolean operand but got " + typeText(type));
}

void TypeChecker::expectString(const AstNode &operand, FieldType type, std::string_view context)
{
    if (!isLoose(type) && type != FieldType::String)
        error(operand, std::string(context) + " expects a string but got " + typeText(type)
                           + " (use CAST(... AS STRING))");
}

void TypeChecker::expectNumeric(const AstNode &operand, FieldType type, std::string_view context)
{
    if (!isLoose(type) && !isNumeric(type))
        error(operand, std::string(context) + " expects a number but got " + typeText(type));
}

void TypeChecker::expectComparable(const AstNode &at, FieldType a, FieldType b)
{
    if (comparable(a, b))
        return;
    std::string message = "cannot compare " + typeText(a) + " with " + typeText(b);
    if ((a == FieldType::Timestamp && b == FieldType::String) || (a == FieldType::String && b == FieldType::Timestamp))
        message += " (use CAST('...' AS TIMESTAMP))";
    else if ((a == FieldType::String && isNumeric(b)) || (isNumeric(a) && b == FieldType::String))
        message += " (use CAST to convert one side)";
    error(at, std::move(message));
}

FieldType TypeChecker::fieldRef(const AstNode &node)
{
    const std::vector<Field> *level = &m_schema.fields;
    const Field *found = nullptr;
    for (size_t i = 0; i < node.path.size(); ++i) {
        if (found) {
            // Descending into a field: only objects with declared children can be checked.
            if (found->type == FieldType::Unknown || (found->type == FieldType::Object && found->children.empty()))
                return FieldType::Unknown;
            if (found->type != FieldType::Object) {
                error(node, "field '" + joinPath(node.path, i) + "' is " + typeText(found->type)
                                + ", not an object, so it has no field '" + node.path[i] + "'");
                return FieldType::Unknown;
            }
            level = &found->children;
        }
        auto it = std::find_if(level->begin(), level->end(), [&](const Field &f) { return f.name == node.path[i]; });
        if (it == level->end()) {
            if (m_schema.open && i == 0)
                return FieldType::Unknown;
            const std::string wanted = joinPath(node.path, node.path.size());
            std::string message = "unknown field '" + wanted + "'";
            std::string best;
            size_t bestDistance = SIZE_MAX;
            for (const auto &candidate : m_schema.paths()) {
                const size_t d = editDistance(wanted, candidate);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
            if (!best.empty() && bestDistance <= std::max<size_t>(2, wanted.size() / 3))
                message += " (did you mean '" + best + "'?)";
            error(node, std::move(message));
            return FieldType::Unknown;
        }
        found = &*it;
    }
    return found ? found->type : FieldType::Unknown;
}

FieldType TypeChecker::binary(const AstNode &node)
{
    const FieldType a = check(node.child(0));
    const FieldType b = check(node.child(1));
    const BinaryOp op = node.binaryOp;
    if (op == BinaryOp::And || op == BinaryOp::Or) {
        expectBoolean(node.child(0), a, binaryOpText(op));
        expectBoolean(node.child(1), b, binaryOpText(op));
        return FieldType::Boolean;
    }
    if (isComparison(op)) {
        expectComparable(node, a, b);
        const bool structured = a == FieldType::Array || a == FieldType::Object;
        if (structured && op != BinaryOp::Equal && op != BinaryOp::NotEqual)
            error(node, "operator '" + std::string(binaryOpText(op)) + "' cannot order " + typeText(a) + " values");
        return FieldType::Boolean;
    }
    // Arithmetic. Timestamps (epoch milliseconds) may be shifted by an integer.
    if (a == FieldType::Timestamp || b == FieldType::Timestamp) {
        if (op == BinaryOp::Subtract && a == FieldType::Timestamp && b == FieldType::Timestamp)
            return FieldType::Integer;
        if ((op == BinaryOp::Add || op == BinaryOp::Subtract) && a == FieldType::Timestamp
            && (b == FieldType::Integer || isLoose(b)))
            return FieldType::Timestamp;
        if (op == BinaryOp::Add && b == FieldType::Timestamp && (a == FieldType::Integer || isLoose(a)))
            return FieldType::Timestamp;
        error(node, "operator '" + std::string(binaryOpText(op)) + "' cannot combine " + typeText(a) + " and "
                        + typeText(b));
        return FieldType::Unknown;
    }
    const std::string context = "operator '" + std::string(binaryOpText(op)) + "'";
    bool ok = true;
    if (!isLoose(a) && !isNumeric(a)) {
        error(node.child(0), context + " expects numbers but the left operand is " + typeText(a)
                                 + (a == FieldType::String && op == BinaryOp::Add ? " (use CONCAT for strings)" : ""));
        ok = false;
    }
    if (!isLoose(b) && !isNumeric(b)) {
        error(node.child(1), context + " expects numbers but the right operand is " + typeText(b));
        ok = false;
    }
    if (!ok)
        return FieldType::Unknown;
    if (a == FieldType::Integer && b == FieldType::Integer)
        return FieldType::Integer;
    if (a == FieldType::Double || b == FieldType::Double)
        return FieldType::Double;
    if (a == FieldType::Null && b == FieldType::Null)
        return FieldType::Null;
    if (a == FieldType::Null)
        return b;
    if (b == FieldType::Null)
        return a;
    return FieldType::Unknown;
}

FieldType TypeChecker::function(const AstNode &node)
{
    std::vector<FieldType> args;
    args.reserve(node.children.size());
    for (const auto &child : node.children)
        args.push_back(check(*child));
    const FunctionSpec &spec = functionSpec(node.function);
    const std::string name(spec.name);
    // Messages name the parameter as the signature does ("SUBSTRING start", "ROUND digits").
    std::vector<std::string> parameters;
    {
        const std::string_view sig = spec.signature;
        const size_t open = sig.find('('), close = sig.find(')');
        if (open != std::string_view::npos && close != std::string_view::npos) {
            std::string current;
            for (char c : sig.substr(open + 1, close - open - 1)) {
                if (c == ',') {
                    parameters.push_back(current);
                    current.clear();
                } else if (c != '[' && c != ']' && c != ' ') {
                    current += c;
                }
            }
            parameters.push_back(current);
        }
    }
    auto argumentName = [&](size_t i) {
        if (spec.maxArgs == VariadicArgs)
            return name + " argument " + std::to_string(i + 1);
        if (i == 0)
            return name;
        if (i < parameters.size() && !parameters[i].empty() && parameters[i].find("...") == std::string::npos)
            return name + " " + parameters[i];
        return name + " argument " + std::to_string(i + 1);
    };
    // Argument types, read from the table.
    FieldType common = FieldType::Null;
    bool commonOk = true;
    const size_t firstCommon = spec.result == ReturnRule::CommonFromSecond ? 1 : 0;
    for (size_t i = 0; i < args.size(); ++i) {
        const FieldType t = args[i];
        switch (argumentType(spec, i)) {
        case ArgType::Any: break;
        case ArgType::String:
            if (node.function == Function::Extract && i == 0)
                break; // the unit, checked by the parser
            expectString(node.child(i), t, argumentName(i));
            break;
        case ArgType::Integer:
            if (!isLoose(t) && t != FieldType::Integer)
                error(node.child(i), argumentName(i) + " must be an integer but got " + typeText(t));
            break;
        case ArgType::Numeric: expectNumeric(node.child(i), t, argumentName(i)); break;
        case ArgType::Boolean: expectBoolean(node.child(i), t, argumentName(i)); break;
        case ArgType::Timestamp:
            if (!isLoose(t) && t != FieldType::Timestamp && t != FieldType::Integer)
                error(node.child(i), argumentName(i) + " expects a timestamp (or BIGINT epoch milliseconds) but got "
                                         + typeText(t));
            break;
        case ArgType::Array:
            if (!isLoose(t) && t != FieldType::Array)
                error(node.child(i), argumentName(i) + " expects an array but got " + typeText(t));
            break;
        case ArgType::Comparable:
            if (i < firstCommon || !commonOk)
                break;
            if (auto unified = unify(common, t)) {
                common = *unified;
            } else {
                error(node.child(i), name + " arguments have incompatible types " + typeText(common) + " and "
                                         + typeText(t));
                commonOk = false;
            }
            break;
        }
    }
    switch (spec.result) {
    case ReturnRule::String: return FieldType::String;
    case ReturnRule::Integer: return FieldType::Integer;
    case ReturnRule::Double: return FieldType::Double;
    case ReturnRule::Timestamp: return FieldType::Timestamp;
    case ReturnRule::Boolean: return FieldType::Boolean;
    case ReturnRule::FirstArgument: return isNumeric(args[0]) ? args[0] : FieldType::Unknown;
    case ReturnRule::CommonType:
        if (node.function == Function::Mod) {
            if (args[0] == FieldType::Integer && args[1] == FieldType::Integer)
                return FieldType::Integer;
            return args[0] == FieldType::Double || args[1] == FieldType::Double ? FieldType::Double : FieldType::Unknown;
        }
        if (node.function == Function::Nullif)
            return args[0];
        return commonOk ? common : FieldType::Unknown;
    case ReturnRule::CommonFromSecond: return commonOk ? common : FieldType::Unknown;
    case ReturnRule::ArrayElement:
        // The element type is known when the array is a declared field.
        if (node.child(0).kind == NodeKind::FieldRef && args[0] == FieldType::Array) {
            const Field *field = m_schema.find(node.child(0).path);
            if (field)
                return field->elementType;
        }
        return FieldType::Unknown;
    }
    return FieldType::Unknown;
}

FieldType TypeChecker::caseExpression(const AstNode &node)
{
    size_t i = 0;
    FieldType operand = FieldType::Unknown;
    if (node.hasCaseOperand)
        operand = check(node.child(i++));
    const size_t whenEnd = node.children.size() - (node.hasElse ? 1 : 0);
    FieldType result = FieldType::Null;
    auto addResult = [&](const AstNode &branch) {
        const FieldType t = check(branch);
        auto unified = unify(result, t);
        if (!unified) {
            error(branch, "CASE branches have incompatible types " + typeText(result) + " and " + typeText(t));
            result = FieldType::Unknown;
        } else {
            result = *unified;
        }
    };
    for (; i + 1 < whenEnd; i += 2) {
        const FieldType condition = check(node.child(i));
        if (node.hasCaseOperand)
            expectComparable(node.child(i), operand, condition);
        else
            expectBoolean(node.child(i), condition, "WHEN");
        addResult(node.child(i + 1));
    }
    if (node.hasElse)
        addResult(*node.children.back());
    return result;
}

FieldType TypeChecker::cast(const AstNode &node)
{
    const FieldType from = check(node.child(0));
    const FieldType to = node.castType;
    bool ok = true;
    switch (to) {
    case FieldType::String: ok = true; break;
    case FieldType::Integer:
    case FieldType::Double:
        ok = isLoose(from) || isNumeric(from) || from == FieldType::String || from == FieldType::Boolean
             || from == FieldType::Timestamp;
        break;
    case FieldType::Boolean:
        ok = isLoose(from) || from == FieldType::Boolean || from == FieldType::String || from == FieldType::Integer;
        break;
    case FieldType::Timestamp:
        ok = isLoose(from) || from == FieldType::Timestamp || from == FieldType::String || isNumeric(from);
        break;
    default: break;
    }
    if (!ok)
        error(node, "cannot CAST " + typeText(from) + " to " + std::string(castTypeName(to)));
    return to;
}

FieldType TypeChecker::checkNode(const AstNode &node)
{
    switch (node.kind) {
    case NodeKind::Literal: return node.value.type();
    case NodeKind::FieldRef: return fieldRef(node);
    case NodeKind::Unary: {
        const FieldType t = check(node.child(0));
        if (node.unaryOp == UnaryOp::Not) {
            expectBoolean(node.child(0), t, "NOT");
            return FieldType::Boolean;
        }
        expectNumeric(node.child(0), t, "unary '-'");
        return isNumeric(t) || t == FieldType::Null ? t : FieldType::Unknown;
    }
    case NodeKind::Binary: return binary(node);
    case NodeKind::IsNull: check(node.child(0)); return FieldType::Boolean;
    case NodeKind::In: {
        const FieldType operand = check(node.child(0));
        for (size_t i = 1; i < node.children.size(); ++i)
            expectComparable(node.child(i), operand, check(node.child(i)));
        return FieldType::Boolean;
    }
    case NodeKind::Between: {
        const FieldType operand = check(node.child(0));
        expectComparable(node.child(1), operand, check(node.child(1)));
        expectComparable(node.child(2), operand, check(node.child(2)));
        return FieldType::Boolean;
    }
    case NodeKind::Like:
        expectString(node.child(0), check(node.child(0)), "LIKE");
        expectString(node.child(1), check(node.child(1)), "LIKE pattern");
        return FieldType::Boolean;
    case NodeKind::Case: return caseExpression(node);
    case NodeKind::Cast: return cast(node);
    case NodeKind::FunctionCall: return function(node);
    }
    return FieldType::Unknown;
}

} // namespace

NodeTypes inferNodeTypes(const AstNode &root, const Schema &schema)
{
    NodeTypes types;
    TypeChecker checker(schema, &types);
    checker.check(root);
    return types;
}

TypeCheckResult typeCheck(const Expression &expression, const Schema &schema)
{
    TypeCheckResult result;
    if (!expression.isValid())
        return result;
    TypeChecker checker(schema);
    result.type = checker.check(expression.root());
    result.errors = checker.takeErrors();
    return result;
}

} // namespace pipeline::expr
