#include "pipeline/expr/expression.h"

#include "pipeline/core/digest.h"
#include "pipeline/expr/ast.h"
#include "pipeline/expr/precompiled.h"
#include "pipeline/expr/timestamptext.h"


#include <algorithm>
#include <charconv>
#include <cmath>
#include <chrono>
#include <limits>

namespace pipeline::expr {

namespace {

using nlohmann::json;

/// The evaluator's working value. Unlike Value it can borrow strings — from the
/// record, from AST literals, from a child's result — so field lookups,
/// comparisons, LIKE, TRIM and SUBSTRING run without allocating. Only results
/// that build new text (UPPER, CONCAT, CAST to STRING) own their string.
struct Cell {
    enum Kind : std::uint8_t { Null, Bool, Int, Dbl, Str, Ts, Json };
    Kind kind = Null;
    bool owns = false;
    union {
        bool b;
        std::int64_t i;
        double d;
        const json *j;
    };
    std::string_view view;
    std::string owned;

    Cell() : i(0) {}

    std::string_view str() const { return owns ? std::string_view(owned) : view; }
    bool isNull() const { return kind == Null; }
    bool isNumeric() const { return kind == Int || kind == Dbl; }
    double number() const { return kind == Int ? double(i) : d; }

    void setNull() { kind = Null; owns = false; }
    void setBool(bool v) { kind = Bool; owns = false; b = v; }
    void setInt(std::int64_t v) { kind = Int; owns = false; i = v; }
    void setDouble(double v) { kind = Dbl; owns = false; d = v; }
    void setTimestamp(std::int64_t v) { kind = Ts; owns = false; i = v; }
    void setJson(const json *v) { kind = Json; owns = false; j = v; }
    void setView(std::string_view v)
    {
        kind = Str;
        owns = false;
        view = v;
    }
    void setOwned(std::string &&s)
    {
        kind = Str;
        owns = true;
        owned = std::move(s);
    }
};

std::string_view kindName(const Cell &c)
{
    switch (c.kind) {
    case Cell::Null: return "null";
    case Cell::Bool: return "boolean";
    case Cell::Int: return "integer";
    case Cell::Dbl: return "double";
    case Cell::Str: return "string";
    case Cell::Ts: return "timestamp";
    case Cell::Json: return c.j->is_array() ? "array" : "object";
    }
    return "value";
}

std::string doubleText(double d)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, res.ptr);
}

/// "integer 5", "string 'abc'": how error messages show the offending value.
std::string describe(const Cell &c)
{
    std::string out(kindName(c));
    switch (c.kind) {
    case Cell::Null: return "NULL";
    case Cell::Bool: return out + (c.b ? " TRUE" : " FALSE");
    case Cell::Int: return out + " " + std::to_string(c.i);
    case Cell::Dbl: return out + " " + doubleText(c.d);
    case Cell::Ts: return out + " " + formatTimestamp(c.i);
    case Cell::Str: {
        std::string_view s = c.str();
        if (s.size() > 40)
            return out + " '" + std::string(s.substr(0, 40)) + "...'";
        return out + " '" + std::string(s) + "'";
    }
    case Cell::Json: {
        std::string dumped = c.j->dump();
        if (dumped.size() > 40)
            dumped = dumped.substr(0, 40) + "...";
        return out + " " + dumped;
    }
    }
    return out;
}

[[noreturn]] void fail(std::string message)
{
    throw EvaluationError(std::move(message));
}

void fromJson(const json &v, Cell &out)
{
    switch (v.type()) {
    case json::value_t::boolean: out.setBool(v.get_ref<const json::boolean_t &>()); break;
    case json::value_t::number_integer: out.setInt(v.get_ref<const json::number_integer_t &>()); break;
    case json::value_t::number_unsigned: {
        const auto u = v.get_ref<const json::number_unsigned_t &>();
        if (u > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            out.setDouble(double(u));
        else
            out.setInt(std::int64_t(u));
        break;
    }
    case json::value_t::number_float: out.setDouble(v.get_ref<const json::number_float_t &>()); break;
    case json::value_t::string: out.setView(v.get_ref<const json::string_t &>()); break;
    case json::value_t::object:
    case json::value_t::array: out.setJson(&v); break;
    default: out.setNull(); break;
    }
}

/// Moves or views the byte range [pos, pos+len) of `from` into `out`.
void takeSubstring(Cell &from, size_t pos, size_t len, Cell &out)
{
    if (from.owns) {
        std::string s = std::move(from.owned);
        s.erase(std::min(s.size(), pos + len));
        s.erase(0, pos);
        out.setOwned(std::move(s));
    } else {
        out.setView(from.view.substr(pos, len));
    }
}

/// Byte offset of the `index`-th (0-based) UTF-8 character, or size() past the end.
size_t utf8Offset(std::string_view s, std::int64_t index)
{
    size_t pos = 0;
    while (index > 0 && pos < s.size()) {
        ++pos;
        while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
            ++pos;
        --index;
    }
    return pos;
}

std::int64_t utf8Length(std::string_view s)
{
    std::int64_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

std::string_view trimmed(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    size_t b = 0, e = s.size();
    while (b < e && space(s[b]))
        ++b;
    while (e > b && space(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

class Evaluator {
public:
    explicit Evaluator(const json &record) : m_record(record) {}

    void eval(const AstNode &node, Cell &out);

private:
    void fieldRef(const AstNode &node, Cell &out);
    void binary(const AstNode &node, Cell &out);
    void logical(const AstNode &node, Cell &out);
    void arithmetic(BinaryOp op, const Cell &a, const Cell &b, Cell &out);
    void in(const AstNode &node, Cell &out);
    void between(const AstNode &node, Cell &out);
    void like(const AstNode &node, Cell &out);
    void caseExpression(const AstNode &node, Cell &out);
    void cast(const AstNode &node, Cell &out);
    void function(const AstNode &node, Cell &out);
    bool variadic(const AstNode &node, Cell &out);
    void strictFunction(const AstNode &node, Cell &a, Cell &out);
    bool rest(const AstNode &node, Cell *cells); // evaluates arguments 2..n; false when one is NULL
    std::int64_t timestampArgument(const Cell &c, std::string_view context);
    std::string_view stringArgument(const Cell &c, std::string_view context);
    std::int64_t integerArgument(const Cell &c, std::string_view context);

    const json &m_record;
};

/// Three-way comparison for =, <, IN, BETWEEN, CASE; both sides non-NULL.
int compare(const Cell &a, const Cell &b, bool equalityOnly)
{
    if (a.kind == Cell::Int && b.kind == Cell::Int)
        return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
    if (a.isNumeric() && b.isNumeric()) {
        const double x = a.number(), y = b.number();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.kind == Cell::Str && b.kind == Cell::Str) {
        const int c = a.str().compare(b.str());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (a.kind == Cell::Bool && b.kind == Cell::Bool)
        return int(a.b) - int(b.b);
    // Records carry timestamps as epoch milliseconds: integers compare with TIMESTAMPs.
    if ((a.kind == Cell::Ts || a.kind == Cell::Int) && (b.kind == Cell::Ts || b.kind == Cell::Int))
        return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
    if (a.kind == Cell::Json && b.kind == Cell::Json) {
        if (!equalityOnly)
            fail("cannot order " + std::string(kindName(a)) + " values");
        return *a.j == *b.j ? 0 : 1;
    }
    fail("cannot compare " + describe(a) + " with " + describe(b));
}

void Evaluator::eval(const AstNode &node, Cell &out)
{
    switch (node.kind) {
    case NodeKind::Literal: {
        const Value &v = node.value;
        switch (v.data().index()) {
        case 0: out.setNull(); break;
        case 1: out.setBool(v.asBoolean()); break;
        case 2: out.setInt(v.asInteger()); break;
        case 3: out.setDouble(v.asDouble()); break;
        case 4: out.setView(v.asString()); break;
        case 5: out.setTimestamp(v.asTimestamp()); break;
        default: out.setJson(&v.asJson()); break;
        }
        return;
    }
    case NodeKind::FieldRef: fieldRef(node, out); return;
    case NodeKind::Unary: {
        Cell a;
        eval(node.child(0), a);
        if (a.isNull()) {
            out.setNull();
            return;
        }
        if (node.unaryOp == UnaryOp::Not) {
            if (a.kind != Cell::Bool)
                fail("NOT expects a boolean but got " + describe(a));
            out.setBool(!a.b);
            return;
        }
        if (a.kind == Cell::Int) {
            if (a.i == std::numeric_limits<std::int64_t>::min())
                fail("integer overflow in unary '-'");
            out.setInt(-a.i);
        } else if (a.kind == Cell::Dbl) {
            out.setDouble(-a.d);
        } else {
            fail("unary '-' expects a number but got " + describe(a));
        }
        return;
    }
    case NodeKind::Binary: binary(node, out); return;
    case NodeKind::IsNull: {
        Cell a;
        eval(node.child(0), a);
        out.setBool(a.isNull() != node.negated);
        return;
    }
    case NodeKind::In: in(node, out); return;
    case NodeKind::Between: between(node, out); return;
    case NodeKind::Like: like(node, out); return;
    case NodeKind::Case: caseExpression(node, out); return;
    case NodeKind::Cast: cast(node, out); return;
    case NodeKind::FunctionCall: function(node, out); return;
    }
}

void Evaluator::fieldRef(const AstNode &node, Cell &out)
{
    const json *current = &m_record;
    for (const std::string &segment : node.path) {
        if (!current->is_object()) {
            out.setNull();
            return;
        }
        auto it = current->find(segment);
        if (it == current->end()) {
            out.setNull();
            return;
        }
        current = &*it;
    }
    fromJson(*current, out);
}

void Evaluator::logical(const AstNode &node, Cell &out)
{
    // SQL three-valued logic: FALSE dominates AND, TRUE dominates OR, otherwise NULL wins.
    const bool isAnd = node.binaryOp == BinaryOp::And;
    const std::string_view name = isAnd ? "AND" : "OR";
    Cell a;
    eval(node.child(0), a);
    if (a.kind == Cell::Bool && a.b != isAnd) {
        out.setBool(a.b);
        return;
    }
    if (!a.isNull() && a.kind != Cell::Bool)
        fail(std::string(name) + " expects boolean operands but got " + describe(a));
    Cell b;
    eval(node.child(1), b);
    if (b.kind == Cell::Bool) {
        if (b.b != isAnd)
            out.setBool(b.b);
        else if (a.isNull())
            out.setNull();
        else
            out.setBool(isAnd);
        return;
    }
    if (!b.isNull())
        fail(std::string(name) + " expects boolean operands but got " + describe(b));
    out.setNull();
}

void Evaluator::binary(const AstNode &node, Cell &out)
{
    const BinaryOp op = node.binaryOp;
    if (op == BinaryOp::And || op == BinaryOp::Or) {
        logical(node, out);
        return;
    }
    Cell a, b;
    eval(node.child(0), a);
    eval(node.child(1), b);
    if (a.isNull() || b.isNull()) {
        out.setNull();
        return;
    }
    switch (op) {
    case BinaryOp::Equal: out.setBool(compare(a, b, true) == 0); return;
    case BinaryOp::NotEqual: out.setBool(compare(a, b, true) != 0); return;
    case BinaryOp::Less: out.setBool(compare(a, b, false) < 0); return;
    case BinaryOp::LessEqual: out.setBool(compare(a, b, false) <= 0); return;
    case BinaryOp::Greater: out.setBool(compare(a, b, false) > 0); return;
    case BinaryOp::GreaterEqual: out.setBool(compare(a, b, false) >= 0); return;
    default: arithmetic(op, a, b, out); return;
    }
}

void Evaluator::arithmetic(BinaryOp op, const Cell &a, const Cell &b, Cell &out)
{
    const std::string_view symbol = binaryOpText(op);
    if (a.kind == Cell::Int && b.kind == Cell::Int) {
        std::int64_t r = 0;
        switch (op) {
        case BinaryOp::Add:
            if (__builtin_add_overflow(a.i, b.i, &r))
                fail("integer overflow in " + std::to_string(a.i) + " + " + std::to_string(b.i));
            break;
        case BinaryOp::Subtract:
            if (__builtin_sub_overflow(a.i, b.i, &r))
                fail("integer overflow in " + std::to_string(a.i) + " - " + std::to_string(b.i));
            break;
        case BinaryOp::Multiply:
            if (__builtin_mul_overflow(a.i, b.i, &r))
                fail("integer overflow in " + std::to_string(a.i) + " * " + std::to_string(b.i));
            break;
        case BinaryOp::Divide:
        case BinaryOp::Modulo:
            if (b.i == 0)
                fail("division by zero in " + std::to_string(a.i) + " " + std::string(symbol) + " 0");
            if (b.i == -1) // INT64_MIN / -1 overflows; x % -1 is always 0
                r = op == BinaryOp::Modulo ? 0 : (a.i == std::numeric_limits<std::int64_t>::min()
                                                      ? (fail("integer overflow in division"), 0)
                                                      : -a.i);
            else
                r = op == BinaryOp::Divide ? a.i / b.i : a.i % b.i; // truncates toward zero, like SQL BIGINT
            break;
        default: break;
        }
        out.setInt(r);
        return;
    }
    if (a.kind == Cell::Ts || b.kind == Cell::Ts) {
        if (op == BinaryOp::Subtract && a.kind == Cell::Ts && b.kind == Cell::Ts) {
            out.setInt(a.i - b.i);
            return;
        }
        if ((op == BinaryOp::Add || op == BinaryOp::Subtract) && a.kind == Cell::Ts && b.kind == Cell::Int) {
            out.setTimestamp(op == BinaryOp::Add ? a.i + b.i : a.i - b.i);
            return;
        }
        if (op == BinaryOp::Add && a.kind == Cell::Int && b.kind == Cell::Ts) {
            out.setTimestamp(a.i + b.i);
            return;
        }
        fail("operator '" + std::string(symbol) + "' cannot combine " + describe(a) + " and " + describe(b));
    }
    if (!a.isNumeric() || !b.isNumeric())
        fail("operator '" + std::string(symbol) + "' expects numbers but got " + describe(a.isNumeric() ? b : a));
    const double x = a.number(), y = b.number();
    switch (op) {
    case BinaryOp::Add: out.setDouble(x + y); return;
    case BinaryOp::Subtract: out.setDouble(x - y); return;
    case BinaryOp::Multiply: out.setDouble(x * y); return;
    case BinaryOp::Divide:
        if (y == 0)
            fail("division by zero in " + doubleText(x) + " / 0");
        out.setDouble(x / y);
        return;
    case BinaryOp::Modulo:
        if (y == 0)
            fail("division by zero in " + doubleText(x) + " % 0");
        out.setDouble(std::fmod(x, y));
        return;
    default: return;
    }
}

void Evaluator::in(const AstNode &node, Cell &out)
{
    Cell operand;
    eval(node.child(0), operand);
    if (operand.isNull()) {
        out.setNull();
        return;
    }
    // x IN (a, NULL) is TRUE when x = a, else NULL (not FALSE): the NULL might have matched.
    if (const ConstantSet *set = node.constantSet.get()) {
        std::optional<bool> found;
        if (operand.kind == Cell::Str && !set->strings.empty())
            found = std::binary_search(set->strings.begin(), set->strings.end(), operand.str());
        else if (operand.kind == Cell::Int && !set->integers.empty())
            found = std::binary_search(set->integers.begin(), set->integers.end(), operand.i);
        if (found) { // other operand types take the general path below (promotion, type errors)
            if (*found)
                out.setBool(!node.negated);
            else if (set->hasNull)
                out.setNull();
            else
                out.setBool(node.negated);
            return;
        }
    }
    bool sawNull = false;
    Cell item;
    for (size_t i = 1; i < node.children.size(); ++i) {
        eval(node.child(i), item);
        if (item.isNull()) {
            sawNull = true;
            continue;
        }
        if (compare(operand, item, true) == 0) {
            out.setBool(!node.negated);
            return;
        }
    }
    if (sawNull)
        out.setNull();
    else
        out.setBool(node.negated);
}

void Evaluator::between(const AstNode &node, Cell &out)
{
    Cell x, low, high;
    eval(node.child(0), x);
    if (x.isNull()) {
        out.setNull();
        return;
    }
    eval(node.child(1), low);
    eval(node.child(2), high);
    // x >= low AND x <= high, in three-valued logic.
    const int aboveLow = low.isNull() ? -1 : (compare(x, low, false) >= 0 ? 1 : 0);
    const int belowHigh = high.isNull() ? -1 : (compare(x, high, false) <= 0 ? 1 : 0);
    if (aboveLow == 0 || belowHigh == 0)
        out.setBool(node.negated);
    else if (aboveLow == -1 || belowHigh == -1)
        out.setNull();
    else
        out.setBool(!node.negated);
}

void Evaluator::like(const AstNode &node, Cell &out)
{
    Cell text;
    eval(node.child(0), text);
    if (text.isNull()) {
        out.setNull();
        return;
    }
    if (text.kind != Cell::Str)
        fail("LIKE expects a string but got " + describe(text));
    bool matched;
    if (node.likePattern) {
        matched = node.likePattern->matches(text.str());
    } else {
        Cell pattern;
        eval(node.child(1), pattern);
        if (pattern.isNull()) {
            out.setNull();
            return;
        }
        if (pattern.kind != Cell::Str)
            fail("LIKE pattern must be a string but got " + describe(pattern));
        matched = LikePattern::match(text.str(), pattern.str());
    }
    out.setBool(matched != node.negated);
}

void Evaluator::caseExpression(const AstNode &node, Cell &out)
{
    size_t i = 0;
    Cell operand;
    if (node.hasCaseOperand)
        eval(node.child(i++), operand);
    const size_t whenEnd = node.children.size() - (node.hasElse ? 1 : 0);
    Cell condition;
    for (; i + 1 < whenEnd; i += 2) {
        eval(node.child(i), condition);
        bool hit;
        if (node.hasCaseOperand) {
            hit = !operand.isNull() && !condition.isNull() && compare(operand, condition, true) == 0;
        } else {
            if (!condition.isNull() && condition.kind != Cell::Bool)
                fail("CASE WHEN condition must be boolean but got " + describe(condition));
            hit = condition.kind == Cell::Bool && condition.b;
        }
        if (hit) {
            eval(node.child(i + 1), out);
            return;
        }
    }
    if (node.hasElse)
        eval(*node.children.back(), out);
    else
        out.setNull();
}

void Evaluator::cast(const AstNode &node, Cell &out)
{
    Cell v;
    eval(node.child(0), v);
    if (v.isNull()) {
        out.setNull();
        return;
    }
    const std::string_view target = castTypeName(node.castType);
    auto cannot = [&](std::string_view why = {}) {
        fail("cannot CAST " + describe(v) + " to " + std::string(target) + (why.empty() ? "" : ": ")
             + std::string(why));
    };
    switch (node.castType) {
    case FieldType::String:
        switch (v.kind) {
        case Cell::Str:
            if (v.owns)
                out.setOwned(std::move(v.owned));
            else
                out.setView(v.view);
            return;
        case Cell::Bool: out.setView(v.b ? "true" : "false"); return;
        case Cell::Int: out.setOwned(std::to_string(v.i)); return;
        case Cell::Dbl: out.setOwned(doubleText(v.d)); return;
        case Cell::Ts: out.setOwned(formatTimestamp(v.i)); return;
        case Cell::Json: out.setOwned(v.j->dump()); return;
        default: break;
        }
        break;
    case FieldType::Integer:
        switch (v.kind) {
        case Cell::Int:
        case Cell::Ts: out.setInt(v.i); return;
        case Cell::Bool: out.setInt(v.b ? 1 : 0); return;
        case Cell::Dbl:
            // SQL truncates toward zero; 2^63 itself is out of range.
            if (!std::isfinite(v.d) || v.d >= 9223372036854775808.0 || v.d < -9223372036854775808.0)
                cannot("out of range");
            out.setInt(std::int64_t(v.d));
            return;
        case Cell::Str: {
            const std::string_view s = trimmed(v.str());
            std::int64_t r = 0;
            auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), r);
            if (ec == std::errc::result_out_of_range)
                cannot("out of range");
            if (ec != std::errc() || ptr != s.data() + s.size() || s.empty())
                cannot("not an integer");
            out.setInt(r);
            return;
        }
        default: break;
        }
        break;
    case FieldType::Double:
        switch (v.kind) {
        case Cell::Int:
        case Cell::Ts: out.setDouble(double(v.i)); return;
        case Cell::Dbl: out.setDouble(v.d); return;
        case Cell::Bool: out.setDouble(v.b ? 1.0 : 0.0); return;
        case Cell::Str: {
            const std::string_view s = trimmed(v.str());
            double r = 0;
            auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), r);
            if (ec != std::errc() || ptr != s.data() + s.size() || s.empty())
                cannot("not a number");
            out.setDouble(r);
            return;
        }
        default: break;
        }
        break;
    case FieldType::Boolean:
        switch (v.kind) {
        case Cell::Bool: out.setBool(v.b); return;
        case Cell::Int: out.setBool(v.i != 0); return;
        case Cell::Str: {
            const std::string_view s = trimmed(v.str());
            auto is = [&](std::string_view word) {
                if (s.size() != word.size())
                    return false;
                for (size_t k = 0; k < s.size(); ++k)
                    if (std::tolower(static_cast<unsigned char>(s[k])) != word[k])
                        return false;
                return true;
            };
            if (is("true") || is("1"))
                out.setBool(true);
            else if (is("false") || is("0"))
                out.setBool(false);
            else
                cannot("expected 'true' or 'false'");
            return;
        }
        default: break;
        }
        break;
    case FieldType::Timestamp:
        switch (v.kind) {
        case Cell::Int:
        case Cell::Ts: out.setTimestamp(v.i); return;
        case Cell::Dbl:
            if (!std::isfinite(v.d) || std::fabs(v.d) >= 9.2e18)
                cannot("out of range");
            out.setTimestamp(std::int64_t(v.d));
            return;
        case Cell::Str: {
            const std::string_view s = trimmed(v.str());
            if (auto millis = parseTimestamp(s)) {
                out.setTimestamp(*millis);
                return;
            }
            std::int64_t r = 0;
            auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), r);
            if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) {
                out.setTimestamp(r); // epoch milliseconds as text
                return;
            }
            cannot("expected 'YYYY-MM-DD HH:MM:SS[.fff]' or epoch milliseconds");
        }
        default: break;
        }
        break;
    default: break;
    }
    cannot();
}

std::string_view Evaluator::stringArgument(const Cell &c, std::string_view context)
{
    if (c.kind != Cell::Str)
        fail(std::string(context) + " expects a string but got " + describe(c));
    return c.str();
}

std::int64_t Evaluator::integerArgument(const Cell &c, std::string_view context)
{
    if (c.kind != Cell::Int)
        fail(std::string(context) + " must be an integer but got " + describe(c));
    return c.i;
}

void Evaluator::function(const AstNode &node, Cell &out)
{
    const std::string_view name = functionName(node.function);
    if (variadic(node, out))
        return;
    switch (node.function) {
    case Function::Coalesce:
        for (const auto &arg : node.children) {
            eval(*arg, out);
            if (!out.isNull())
                return;
        }
        return;
    case Function::Concat: {
        std::string result;
        Cell part;
        for (const auto &arg : node.children) {
            eval(*arg, part);
            if (part.isNull()) { // SQL (and Flink): any NULL argument makes the result NULL
                out.setNull();
                return;
            }
            result += stringArgument(part, "CONCAT");
        }
        out.setOwned(std::move(result));
        return;
    }
    default: break;
    }

    Cell a;
    eval(node.child(0), a);
    if (a.isNull()) {
        out.setNull();
        return;
    }
    switch (node.function) {
    case Function::Upper:
    case Function::Lower: {
        const std::string_view text = stringArgument(a, name);
        std::string s = a.owns ? std::move(a.owned) : std::string(text);
        // ASCII case mapping: locale-independent and identical on every machine.
        const bool up = node.function == Function::Upper;
        for (char &c : s) {
            if (up && c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
            else if (!up && c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        out.setOwned(std::move(s));
        return;
    }
    case Function::Trim: {
        const std::string_view s = stringArgument(a, name);
        const std::string_view t = trimmed(s);
        takeSubstring(a, size_t(t.data() - s.data()), t.size(), out);
        return;
    }
    case Function::CharLength: out.setInt(utf8Length(stringArgument(a, name))); return;
    case Function::Substring: {
        const std::string_view s = stringArgument(a, name);
        Cell startCell, lengthCell;
        eval(node.child(1), startCell);
        if (startCell.isNull()) {
            out.setNull();
            return;
        }
        const std::int64_t start = integerArgument(startCell, "SUBSTRING start");
        // SQL window semantics: characters at 1-based positions [start, start + length).
        std::int64_t end = std::numeric_limits<std::int64_t>::max();
        if (node.children.size() == 3) {
            eval(node.child(2), lengthCell);
            if (lengthCell.isNull()) {
                out.setNull();
                return;
            }
            const std::int64_t length = integerArgument(lengthCell, "SUBSTRING length");
            if (length < 0)
                fail("SUBSTRING length must not be negative but got " + std::to_string(length));
            if (__builtin_add_overflow(start, length, &end))
                end = std::numeric_limits<std::int64_t>::max();
        }
        const std::int64_t from = std::max<std::int64_t>(start, 1);
        if (end <= from) {
            out.setView(std::string_view());
            return;
        }
        const size_t b = utf8Offset(s, from - 1);
        const size_t e = end == std::numeric_limits<std::int64_t>::max() ? s.size() : utf8Offset(s, end - 1);
        takeSubstring(a, b, e - b, out);
        return;
    }
    case Function::Abs:
        if (a.kind == Cell::Int) {
            if (a.i == std::numeric_limits<std::int64_t>::min())
                fail("integer overflow in ABS");
            out.setInt(a.i < 0 ? -a.i : a.i);
        } else if (a.kind == Cell::Dbl) {
            out.setDouble(std::fabs(a.d));
        } else {
            fail("ABS expects a number but got " + describe(a));
        }
        return;
    case Function::Floor:
    case Function::Ceil:
        if (a.kind == Cell::Int)
            out.setInt(a.i);
        else if (a.kind == Cell::Dbl)
            out.setDouble(node.function == Function::Floor ? std::floor(a.d) : std::ceil(a.d));
        else
            fail(std::string(name) + " expects a number but got " + describe(a));
        return;
    case Function::Round: {
        std::int64_t digits = 0;
        if (node.children.size() == 2) {
            Cell d;
            eval(node.child(1), d);
            if (d.isNull()) {
                out.setNull();
                return;
            }
            digits = integerArgument(d, "ROUND digits");
        }
        // Half away from zero, as Flink and ksqlDB round.
        if (a.kind == Cell::Int) {
            if (digits >= 0) {
                out.setInt(a.i);
                return;
            }
            if (digits < -18) {
                out.setInt(0);
                return;
            }
            std::int64_t p = 1;
            for (std::int64_t k = 0; k < -digits; ++k)
                p *= 10;
            std::int64_t q = a.i / p;
            const std::int64_t rem = a.i % p;
            if ((rem < 0 ? -rem : rem) * 2 >= p)
                q += a.i < 0 ? -1 : 1;
            std::int64_t r;
            if (__builtin_mul_overflow(q, p, &r))
                fail("integer overflow in ROUND");
            out.setInt(r);
            return;
        }
        if (a.kind != Cell::Dbl)
            fail("ROUND expects a number but got " + describe(a));
        if (digits == 0) {
            out.setDouble(std::round(a.d));
            return;
        }
        if (digits > 15 || !std::isfinite(a.d)) {
            out.setDouble(a.d);
            return;
        }
        if (digits < -308) {
            out.setDouble(0.0);
            return;
        }
        const double scale = std::pow(10.0, double(digits));
        out.setDouble(std::round(a.d * scale) / scale);
        return;
    }
    default: strictFunction(node, a, out); return;
    }
}

// ---- functions added with the function table (functions.h) -------------------

std::int64_t floorMod(std::int64_t x, std::int64_t m)
{
    const std::int64_t r = x % m;
    return r < 0 ? r + m : r;
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}


/// The first `count` characters of `pad` repeated (UTF-8 aware).
std::string repeatedPad(std::string_view pad, std::int64_t count)
{
    std::string out;
    const std::int64_t padLength = utf8Length(pad);
    while (count >= padLength) {
        out += pad;
        count -= padLength;
    }
    out += pad.substr(0, utf8Offset(pad, count));
    return out;
}

double checkedReal(double result, std::string_view name, const Cell &a)
{
    if (std::isnan(result))
        fail(std::string(name) + " of " + describe(a) + " is not a real number");
    if (std::isinf(result))
        fail(std::string(name) + " of " + describe(a) + " is out of range");
    return result;
}

bool Evaluator::rest(const AstNode &node, Cell *cells)
{
    for (size_t i = 1; i < node.children.size(); ++i) {
        eval(node.child(i), cells[i - 1]);
        if (cells[i - 1].isNull())
            return false;
    }
    return true;
}

std::int64_t Evaluator::timestampArgument(const Cell &c, std::string_view context)
{
    if (c.kind != Cell::Ts && c.kind != Cell::Int)
        fail(std::string(context) + " expects a timestamp but got " + describe(c));
    return c.i;
}

// Functions whose NULL handling is not "any NULL argument gives NULL" for the
// first argument; true when handled.
bool Evaluator::variadic(const AstNode &node, Cell &out)
{
    switch (node.function) {
    case Function::Ifnull:
        eval(node.child(0), out);
        if (out.isNull())
            eval(node.child(1), out);
        return true;
    case Function::If: {
        Cell condition;
        eval(node.child(0), condition);
        if (!condition.isNull() && condition.kind != Cell::Bool)
            fail("IF condition must be boolean but got " + describe(condition));
        eval(node.child(condition.kind == Cell::Bool && condition.b ? 1 : 2), out);
        return true;
    }
    case Function::Nullif: {
        eval(node.child(0), out);
        if (out.isNull())
            return true;
        Cell b;
        eval(node.child(1), b);
        if (!b.isNull() && compare(out, b, true) == 0)
            out.setNull();
        return true;
    }
    case Function::ConcatWs: {
        Cell separator;
        eval(node.child(0), separator);
        if (separator.isNull()) {
            out.setNull();
            return true;
        }
        const std::string_view sep = stringArgument(separator, "CONCAT_WS separator");
        std::string result;
        bool first = true;
        Cell part;
        for (size_t i = 1; i < node.children.size(); ++i) {
            eval(node.child(i), part);
            if (part.isNull())
                continue; // CONCAT_WS skips NULL arguments (Flink, ksqlDB, PostgreSQL)
            if (!first)
                result += sep;
            result += stringArgument(part, "CONCAT_WS");
            first = false;
        }
        out.setOwned(std::move(result));
        return true;
    }
    case Function::Greatest:
    case Function::Least: {
        // NULL when any argument is NULL (Flink); the ksqlDB printer compensates.
        const bool greatest = node.function == Function::Greatest;
        eval(node.child(0), out);
        if (out.isNull())
            return true;
        bool anyDouble = out.kind == Cell::Dbl;
        Cell candidate;
        for (size_t i = 1; i < node.children.size(); ++i) {
            eval(node.child(i), candidate);
            if (candidate.isNull()) {
                out.setNull();
                return true;
            }
            anyDouble = anyDouble || candidate.kind == Cell::Dbl;
            const int c = compare(candidate, out, false);
            if (greatest ? c > 0 : c < 0)
                out = std::move(candidate);
        }
        if (anyDouble && out.kind == Cell::Int)
            out.setDouble(double(out.i));
        return true;
    }
    case Function::CurrentTimestamp:
        out.setTimestamp(std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count());
        return true;
    default: return false;
    }
}

void Evaluator::strictFunction(const AstNode &node, Cell &a, Cell &out)
{
    const std::string_view name = functionName(node.function);
    Cell args[3];
    if (!rest(node, args)) {
        out.setNull();
        return;
    }
    const Precompiled *pre = node.precompiled.get();
    switch (node.function) {
    case Function::Left:
    case Function::Right: {
        const std::string_view s = stringArgument(a, name);
        const std::int64_t n = integerArgument(args[0], std::string(name) + " length");
        if (n <= 0) {
            out.setView(std::string_view());
            return;
        }
        if (node.function == Function::Left) {
            takeSubstring(a, 0, utf8Offset(s, n), out);
            return;
        }
        const std::int64_t length = utf8Length(s);
        const size_t from = n >= length ? 0 : utf8Offset(s, length - n);
        takeSubstring(a, from, s.size() - from, out);
        return;
    }
    case Function::Replace: {
        const std::string_view s = stringArgument(a, name);
        const std::string_view search = stringArgument(args[0], "REPLACE search");
        const std::string_view replacement = stringArgument(args[1], "REPLACE replacement");
        if (search.empty() || s.find(search) == std::string_view::npos) {
            takeSubstring(a, 0, s.size(), out);
            return;
        }
        std::string result;
        size_t pos = 0;
        for (size_t hit; (hit = s.find(search, pos)) != std::string_view::npos; pos = hit + search.size()) {
            result.append(s.substr(pos, hit - pos));
            result.append(replacement);
        }
        result.append(s.substr(pos));
        out.setOwned(std::move(result));
        return;
    }
    case Function::RegexpReplace:
    case Function::RegexpExtract: {
        const std::string_view s = stringArgument(a, name);
        const std::string_view pattern = stringArgument(args[0], std::string(name) + " pattern");
        std::regex compiled;
        const std::regex *re = pre && pre->regex ? &*pre->regex : nullptr;
        if (!re) {
            if (auto error = compileRegex(pattern, compiled))
                fail(*error);
            re = &compiled;
        }
        if (node.function == Function::RegexpReplace) {
            const std::string_view replacement = stringArgument(args[1], "REGEXP_REPLACE replacement");
            std::string result;
            std::regex_replace(std::back_inserter(result), s.begin(), s.end(), *re, std::string(replacement));
            out.setOwned(std::move(result));
            return;
        }
        std::int64_t group = 0;
        if (node.children.size() == 3)
            group = integerArgument(args[1], "REGEXP_EXTRACT group");
        if (group < 0 || group > std::int64_t(re->mark_count()))
            fail("REGEXP_EXTRACT group " + std::to_string(group) + " does not exist: the expression has "
                 + std::to_string(re->mark_count()) + " group(s)");
        std::match_results<std::string_view::const_iterator> match;
        if (!std::regex_search(s.begin(), s.end(), match, *re) || !match[size_t(group)].matched) {
            out.setNull();
            return;
        }
        const size_t from = size_t(match[size_t(group)].first - s.begin());
        takeSubstring(a, from, size_t(match[size_t(group)].length()), out);
        return;
    }
    case Function::Lpad:
    case Function::Rpad: {
        const std::string_view s = stringArgument(a, name);
        const std::int64_t n = integerArgument(args[0], std::string(name) + " length");
        const std::string_view pad = stringArgument(args[1], std::string(name) + " pad");
        if (n < 0 || pad.empty()) { // Flink returns NULL for both
            out.setNull();
            return;
        }
        const std::int64_t length = utf8Length(s);
        if (n <= length) {
            takeSubstring(a, 0, utf8Offset(s, n), out);
            return;
        }
        std::string padding = repeatedPad(pad, n - length);
        out.setOwned(node.function == Function::Lpad ? padding + std::string(s) : std::string(s) + padding);
        return;
    }
    case Function::Initcap: {
        const std::string_view text = stringArgument(a, name);
        std::string s(text);
        bool inWord = false;
        for (char &c : s) {
            if (isAsciiAlnum(c)) {
                if (!inWord && c >= 'a' && c <= 'z')
                    c = char(c - 'a' + 'A');
                else if (inWord && c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
                inWord = true;
            } else {
                inWord = false;
            }
        }
        out.setOwned(std::move(s));
        return;
    }
    case Function::Position: {
        const std::string_view search = stringArgument(a, "POSITION search");
        const std::string_view s = stringArgument(args[0], name);
        const size_t hit = s.find(search);
        out.setInt(hit == std::string_view::npos ? 0 : utf8Length(s.substr(0, hit)) + 1);
        return;
    }
    case Function::SplitIndex: {
        const std::string_view s = stringArgument(a, name);
        const std::string_view delimiter = stringArgument(args[0], "SPLIT_INDEX delimiter");
        std::int64_t index = integerArgument(args[1], "SPLIT_INDEX index");
        if (s.empty() || index < 0) {
            out.setNull();
            return;
        }
        if (delimiter.empty()) {
            if (index == 0)
                takeSubstring(a, 0, s.size(), out);
            else
                out.setNull();
            return;
        }
        size_t pos = 0;
        while (index > 0) {
            const size_t hit = s.find(delimiter, pos);
            if (hit == std::string_view::npos) {
                out.setNull();
                return;
            }
            pos = hit + delimiter.size();
            --index;
        }
        const size_t end = s.find(delimiter, pos);
        takeSubstring(a, pos, (end == std::string_view::npos ? s.size() : end) - pos, out);
        return;
    }
    case Function::Mod: arithmetic(BinaryOp::Modulo, a, args[0], out); return;
    case Function::Power: {
        if (!a.isNumeric() || !args[0].isNumeric())
            fail("POWER expects numbers but got " + describe(a.isNumeric() ? args[0] : a));
        out.setDouble(checkedReal(std::pow(a.number(), args[0].number()), name, a));
        return;
    }
    case Function::Sqrt:
    case Function::Ln:
    case Function::Log10:
    case Function::Exp: {
        if (!a.isNumeric())
            fail(std::string(name) + " expects a number but got " + describe(a));
        const double x = a.number();
        if (node.function == Function::Sqrt && x < 0)
            fail("SQRT of a negative number (" + describe(a) + ")");
        if ((node.function == Function::Ln || node.function == Function::Log10) && x <= 0)
            fail(std::string(name) + " of a number that is not positive (" + describe(a) + ")");
        const double r = node.function == Function::Sqrt  ? std::sqrt(x)
                         : node.function == Function::Ln  ? std::log(x)
                         : node.function == Function::Log10 ? std::log10(x)
                                                            : std::exp(x);
        out.setDouble(checkedReal(r, name, a));
        return;
    }
    case Function::Sign:
        if (a.kind == Cell::Int)
            out.setInt(a.i > 0 ? 1 : (a.i < 0 ? -1 : 0));
        else if (a.kind == Cell::Dbl)
            out.setDouble(a.d > 0 ? 1.0 : (a.d < 0 ? -1.0 : 0.0));
        else
            fail("SIGN expects a number but got " + describe(a));
        return;
    case Function::Truncate: {
        const std::int64_t digits = node.children.size() == 2 ? integerArgument(args[0], "TRUNCATE digits") : 0;
        if (a.kind == Cell::Int) {
            if (digits >= 0) {
                out.setInt(a.i);
                return;
            }
            if (digits < -18) {
                out.setInt(0);
                return;
            }
            std::int64_t p = 1;
            for (std::int64_t k = 0; k < -digits; ++k)
                p *= 10;
            out.setInt(a.i / p * p);
            return;
        }
        if (a.kind != Cell::Dbl)
            fail("TRUNCATE expects a number but got " + describe(a));
        if (digits == 0 || !std::isfinite(a.d)) {
            out.setDouble(std::trunc(a.d));
            return;
        }
        if (digits > 15) {
            out.setDouble(a.d);
            return;
        }
        if (digits < -308) {
            out.setDouble(0.0);
            return;
        }
        const double scale = std::pow(10.0, double(digits));
        out.setDouble(std::trunc(a.d * scale) / scale);
        return;
    }
    case Function::Extract: {
        const std::int64_t ts = timestampArgument(args[0], "EXTRACT");
        const CivilTime t = civilTime(ts);
        const std::string_view unit = pre->unit->name;
        out.setInt(unit == "YEAR"     ? t.year
                   : unit == "MONTH"  ? t.month
                   : unit == "DAY"    ? t.day
                   : unit == "HOUR"   ? t.hour
                   : unit == "MINUTE" ? t.minute
                   : unit == "SECOND" ? t.second
                                      : t.millisecond);
        return;
    }
    case Function::DateTrunc: {
        const std::int64_t ts = timestampArgument(args[0], "DATE_TRUNC");
        std::int64_t r;
        if (__builtin_sub_overflow(ts, floorMod(ts, pre->unit->millis), &r))
            fail("DATE_TRUNC of " + describe(args[0]) + " is out of range");
        out.setTimestamp(r);
        return;
    }
    case Function::FormatTimestamp:
    case Function::ParseTimestamp: {
        const std::string_view pattern = stringArgument(args[0], std::string(name) + " pattern");
        std::vector<TimePatternPart> compiled;
        const std::vector<TimePatternPart> *parts = pre ? &pre->timePattern : nullptr;
        if (!parts) {
            if (auto error = compileTimePattern(pattern, compiled))
                fail(*error);
            parts = &compiled;
        }
        if (node.function == Function::FormatTimestamp) {
            out.setOwned(formatWithPattern(timestampArgument(a, name), *parts));
            return;
        }
        const std::string_view text = stringArgument(a, name);
        const auto millis = parseWithPattern(text, *parts);
        if (!millis)
            fail("PARSE_TIMESTAMP: " + describe(a) + " does not match the pattern '" + std::string(pattern) + "'");
        out.setTimestamp(*millis);
        return;
    }
    case Function::EpochMillis: out.setInt(timestampArgument(a, name)); return;
    case Function::EpochSeconds: {
        const std::int64_t ts = timestampArgument(a, name);
        out.setInt((ts - floorMod(ts, 1000)) / 1000);
        return;
    }
    case Function::FromEpochMillis: out.setTimestamp(integerArgument(a, name)); return;
    case Function::FromEpochSeconds: {
        std::int64_t r;
        if (__builtin_mul_overflow(integerArgument(a, name), std::int64_t(1000), &r))
            fail("FROM_EPOCH_SECONDS of " + describe(a) + " is out of range");
        out.setTimestamp(r);
        return;
    }
    case Function::JsonValue: {
        const std::string_view pathText = stringArgument(args[0], "JSON_VALUE path");
        std::vector<JsonPathStep> compiled;
        const std::vector<JsonPathStep> *path = pre ? &pre->jsonPath : nullptr;
        if (!path) {
            if (auto error = compileJsonPath(pathText, compiled))
                fail(*error);
            path = &compiled;
        }
        json parsed;
        const json *current;
        if (a.kind == Cell::Json) {
            current = a.j; // a nested object of the record: no text to parse
        } else {
            const std::string_view text = stringArgument(a, name);
            parsed = json::parse(text.begin(), text.end(), nullptr, false);
            if (parsed.is_discarded()) { // not JSON: NULL, as Flink's JSON_VALUE (NULL ON ERROR)
                out.setNull();
                return;
            }
            current = &parsed;
        }
        for (const auto &step : *path) {
            if (step.isIndex) {
                if (!current->is_array() || step.index >= std::int64_t(current->size())) {
                    out.setNull();
                    return;
                }
                current = &(*current)[size_t(step.index)];
            } else {
                if (!current->is_object()) {
                    out.setNull();
                    return;
                }
                auto it = current->find(step.key);
                if (it == current->end()) {
                    out.setNull();
                    return;
                }
                current = &*it;
            }
        }
        if (current->is_string())
            out.setOwned(current->get<std::string>());
        else if (current->is_boolean())
            out.setView(current->get<bool>() ? "true" : "false");
        else if (current->is_number())
            out.setOwned(current->dump());
        else
            out.setNull(); // objects, arrays and JSON null are not scalars
        return;
    }
    case Function::Sha256: out.setOwned(sha256Hex(stringArgument(a, name))); return;
    case Function::Md5: out.setOwned(md5Hex(stringArgument(a, name))); return;
    case Function::ElementAt: {
        if (a.kind != Cell::Json || !a.j->is_array())
            fail("element access expects an array but got " + describe(a));
        const std::int64_t index = integerArgument(args[0], "array index");
        if (index < 1 || index > std::int64_t(a.j->size())) {
            out.setNull();
            return;
        }
        fromJson((*a.j)[size_t(index - 1)], out);
        return;
    }
    case Function::Cardinality:
        if (a.kind != Cell::Json || !a.j->is_array())
            fail("CARDINALITY expects an array but got " + describe(a));
        out.setInt(std::int64_t(a.j->size()));
        return;
    default: fail("function " + std::string(name) + " has no evaluator");
    }
}

Value toValue(Cell &c)
{
    switch (c.kind) {
    case Cell::Null: return Value::null();
    case Cell::Bool: return Value::boolean(c.b);
    case Cell::Int: return Value::integer(c.i);
    case Cell::Dbl: return Value::number(c.d);
    case Cell::Str: return Value::string(c.owns ? std::move(c.owned) : std::string(c.view));
    case Cell::Ts: return Value::timestamp(c.i);
    case Cell::Json: return Value::json(*c.j);
    }
    return Value::null();
}

} // namespace

Value evaluate(const Expression &expression, const nlohmann::json &record)
{
    if (!expression.isValid())
        return Value::null();
    Cell result;
    Evaluator(record).eval(expression.root(), result);
    return toValue(result);
}

std::optional<bool> evaluatePredicate(const Expression &expression, const nlohmann::json &record)
{
    if (!expression.isValid())
        return std::nullopt;
    Cell result;
    Evaluator(record).eval(expression.root(), result);
    if (result.isNull())
        return std::nullopt;
    if (result.kind != Cell::Bool)
        throw EvaluationError("condition must be boolean but evaluated to " + describe(result));
    return result.b;
}

} // namespace pipeline::expr
