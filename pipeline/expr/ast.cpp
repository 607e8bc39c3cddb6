#include "pipeline/expr/ast.h"

namespace pipeline::expr {

bool structurallyEqual(const AstNode &a, const AstNode &b)
{
    if (a.kind != b.kind || a.children.size() != b.children.size())
        return false;
    switch (a.kind) {
    case NodeKind::Literal:
        if (!(a.value == b.value))
            return false;
        break;
    case NodeKind::FieldRef:
        if (a.path != b.path)
            return false;
        break;
    case NodeKind::Unary:
        if (a.unaryOp != b.unaryOp)
            return false;
        break;
    case NodeKind::Binary:
        if (a.binaryOp != b.binaryOp)
            return false;
        break;
    case NodeKind::IsNull:
    case NodeKind::In:
    case NodeKind::Between:
    case NodeKind::Like:
        if (a.negated != b.negated)
            return false;
        break;
    case NodeKind::Case:
        if (a.hasCaseOperand != b.hasCaseOperand || a.hasElse != b.hasElse)
            return false;
        break;
    case NodeKind::Cast:
        if (a.castType != b.castType)
            return false;
        break;
    case NodeKind::FunctionCall:
        if (a.function != b.function)
            return false;
        break;
    }
    for (size_t i = 0; i < a.children.size(); ++i)
        if (!structurallyEqual(*a.children[i], *b.children[i]))
            return false;
    return true;
}

bool isComparison(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Equal:
    case BinaryOp::NotEqual:
    case BinaryOp::Less:
    case BinaryOp::LessEqual:
    case BinaryOp::Greater:
    case BinaryOp::GreaterEqual: return true;
    default: return false;
    }
}

bool isArithmetic(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Subtract:
    case BinaryOp::Multiply:
    case BinaryOp::Divide:
    case BinaryOp::Modulo: return true;
    default: return false;
    }
}

std::string_view binaryOpText(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Subtract: return "-";
    case BinaryOp::Multiply: return "*";
    case BinaryOp::Divide: return "/";
    case BinaryOp::Modulo: return "%";
    case BinaryOp::Equal: return "=";
    case BinaryOp::NotEqual: return "<>";
    case BinaryOp::Less: return "<";
    case BinaryOp::LessEqual: return "<=";
    case BinaryOp::Greater: return ">";
    case BinaryOp::GreaterEqual: return ">=";
    case BinaryOp::And: return "AND";
    case BinaryOp::Or: return "OR";
    }
    return "?";
}

std::string_view functionName(Function function)
{
    return functionSpec(function).name;
}

std::string_view castTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Boolean: return "BOOLEAN";
    case FieldType::Integer: return "BIGINT";
    case FieldType::Double: return "DOUBLE";
    case FieldType::String: return "STRING";
    case FieldType::Timestamp: return "TIMESTAMP";
    default: return "STRING";
    }
}

} // namespace pipeline::expr
