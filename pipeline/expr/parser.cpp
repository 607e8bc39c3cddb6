#include "pipeline/expr/parser.h"

#include "pipeline/expr/lexer.h"
#include "pipeline/expr/precompiled.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace pipeline::expr {

namespace {

// Deep enough for any hand-written or generated expression; shallow enough that
// recursion in the parser, evaluator and printers cannot exhaust the stack.
constexpr int MaxDepth = 200;

struct ParseFailure {
    ExprError error;
};

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

struct Arity {
    size_t min;
    size_t max; // SIZE_MAX = variadic
};

Arity arityOf(Function f)
{
    const FunctionSpec &spec = functionSpec(f);
    return {spec.minArgs, spec.maxArgs == VariadicArgs ? SIZE_MAX : spec.maxArgs};
}

size_t nameDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string arityText(Arity a)
{
    if (a.max == SIZE_MAX)
        return "at least " + std::to_string(a.min) + (a.min == 1 ? " argument" : " arguments");
    if (a.min == a.max)
        return std::to_string(a.min) + (a.min == 1 ? " argument" : " arguments");
    return std::to_string(a.min) + " or " + std::to_string(a.max) + " arguments";
}

std::optional<FieldType> castTypeFromName(std::string_view name)
{
    const std::string u = upper(name);
    if (u == "BOOLEAN" || u == "BOOL")
        return FieldType::Boolean;
    if (u == "INT" || u == "INTEGER" || u == "BIGINT")
        return FieldType::Integer;
    if (u == "DOUBLE" || u == "FLOAT" || u == "REAL")
        return FieldType::Double;
    if (u == "STRING" || u == "VARCHAR")
        return FieldType::String;
    if (u == "TIMESTAMP")
        return FieldType::Timestamp;
    return std::nullopt;
}

bool isPredicateToken(const Token &t)
{
    switch (t.kind) {
    case TokenKind::Equal:
    case TokenKind::NotEqual:
    case TokenKind::Less:
    case TokenKind::LessEqual:
    case TokenKind::Greater:
    case TokenKind::GreaterEqual: return true;
    case TokenKind::Keyword:
        return t.keyword == Keyword::Is || t.keyword == Keyword::In || t.keyword == Keyword::Between
               || t.keyword == Keyword::Like;
    default: return false;
    }
}

// Long IN lists of one literal type are searched by bisection instead of scanning.
std::shared_ptr<const ConstantSet> makeConstantSet(const AstNode &in)
{
    auto set = std::make_shared<ConstantSet>();
    for (size_t i = 1; i < in.children.size(); ++i) {
        const Value &v = in.children[i]->value;
        if (v.isNull())
            set->hasNull = true;
        else if (v.isString())
            set->strings.push_back(v.asString());
        else if (v.isInteger())
            set->integers.push_back(v.asInteger());
        else
            return nullptr;
    }
    if (!set->strings.empty() && !set->integers.empty())
        return nullptr;
    std::sort(set->strings.begin(), set->strings.end());
    std::sort(set->integers.begin(), set->integers.end());
    return set;
}

} // namespace

std::string describeToken(const Token &token)
{
    switch (token.kind) {
    case TokenKind::End: return "end of input";
    case TokenKind::String: return "string '" + token.value + "'";
    default: return "'" + std::string(token.text) + "'";
    }
}

Parser::Parser(std::string_view text)
    : m_text(text)
{}

ParseResult Parser::parse()
{
    ParseResult result;
    Lexer lexer(m_text);
    while (true) {
        Token t = lexer.next();
        const TokenKind kind = t.kind;
        if (kind == TokenKind::Error) {
            result.error = ExprError{t.value, t.span};
            return result;
        }
        m_tokens.push_back(std::move(t));
        if (kind == TokenKind::End)
            break;
    }
    try {
        NodePtr root = parseExpression();
        if (current().kind != TokenKind::End) {
            if (current().kind == TokenKind::RightParen)
                fail(current(), "unexpected ')' without a matching '('");
            failExpected("an operator or end of input");
        }
        result.expression = Expression(std::string(m_text), std::move(root));
    } catch (const ParseFailure &failure) {
        result.error = failure.error;
    }
    return result;
}

const Token &Parser::lookahead(size_t n) const
{
    return m_tokens[std::min(m_index + n, m_tokens.size() - 1)];
}

const Token &Parser::consume()
{
    const Token &t = m_tokens[m_index];
    m_previousEnd = t.span.offset + t.span.length;
    if (m_index + 1 < m_tokens.size())
        ++m_index;
    return t;
}

bool Parser::accept(TokenKind kind)
{
    if (current().kind != kind)
        return false;
    consume();
    return true;
}

bool Parser::accept(Keyword keyword)
{
    if (!current().is(keyword))
        return false;
    consume();
    return true;
}

void Parser::expect(TokenKind kind, std::string_view what)
{
    if (!accept(kind))
        failExpected(what);
}

void Parser::expect(Keyword keyword, std::string_view what)
{
    if (!accept(keyword))
        failExpected(what);
}

void Parser::fail(const Token &at, std::string message) const
{
    SourceSpan span = at.span;
    if (at.kind == TokenKind::End)
        span.length = 0;
    throw ParseFailure{ExprError{std::move(message), span}};
}

void Parser::failExpected(std::string_view what) const
{
    fail(current(), "expected " + std::string(what) + " but found " + describeToken(current()));
}

SourceSpan Parser::spanFrom(const SourceSpan &start) const
{
    SourceSpan span = start;
    span.length = std::max(0, m_previousEnd - start.offset);
    return span;
}

Parser::NodePtr Parser::makeNode(NodeKind kind, const SourceSpan &start) const
{
    auto node = std::make_shared<AstNode>();
    node->kind = kind;
    node->span = start;
    return node;
}

Parser::NodePtr Parser::parseExpression()
{
    if (++m_depth > MaxDepth)
        fail(current(), "expression is nested too deeply (more than " + std::to_string(MaxDepth) + " levels)");
    NodePtr node = parseOr();
    --m_depth;
    return node;
}

Parser::NodePtr Parser::parseOr()
{
    NodePtr lhs = parseAnd();
    while (current().is(Keyword::Or)) {
        consume();
        NodePtr rhs = parseAnd();
        NodePtr node = makeNode(NodeKind::Binary, lhs->span);
        node->binaryOp = BinaryOp::Or;
        node->children = {std::move(lhs), std::move(rhs)};
        node->span = spanFrom(node->span);
        lhs = std::move(node);
    }
    return lhs;
}

Parser::NodePtr Parser::parseAnd()
{
    NodePtr lhs = parseNot();
    while (current().is(Keyword::And)) {
        consume();
        NodePtr rhs = parseNot();
        NodePtr node = makeNode(NodeKind::Binary, lhs->span);
        node->binaryOp = BinaryOp::And;
        node->children = {std::move(lhs), std::move(rhs)};
        node->span = spanFrom(node->span);
        lhs = std::move(node);
    }
    return lhs;
}

Parser::NodePtr Parser::parseNot()
{
    if (!current().is(Keyword::Not))
        return parsePredicate();
    const SourceSpan start = consume().span;
    if (++m_depth > MaxDepth)
        fail(current(), "expression is nested too deeply (more than " + std::to_string(MaxDepth) + " levels)");
    NodePtr operand = parseNot();
    --m_depth;
    NodePtr node = makeNode(NodeKind::Unary, start);
    node->unaryOp = UnaryOp::Not;
    node->children = {std::move(operand)};
    node->span = spanFrom(start);
    return node;
}

bool Parser::atPredicateOperator() const
{
    if (isPredicateToken(current()))
        return true;
    if (current().is(Keyword::Not)) {
        const Token &next = lookahead();
        return next.is(Keyword::In) || next.is(Keyword::Between) || next.is(Keyword::Like);
    }
    return false;
}

Parser::NodePtr Parser::parsePredicate()
{
    NodePtr lhs = parseAdditive();
    if (!atPredicateOperator()) {
        if (current().is(Keyword::Not))
            fail(lookahead(), "expected IN, BETWEEN or LIKE after NOT but found " + describeToken(lookahead()));
        return lhs;
    }
    const SourceSpan start = lhs->span;
    NodePtr node;
    const Token &op = current();
    switch (op.kind) {
    case TokenKind::Equal:
    case TokenKind::NotEqual:
    case TokenKind::Less:
    case TokenKind::LessEqual:
    case TokenKind::Greater:
    case TokenKind::GreaterEqual: {
        static constexpr std::array<std::pair<TokenKind, BinaryOp>, 6> ops{{
            {TokenKind::Equal, BinaryOp::Equal},
            {TokenKind::NotEqual, BinaryOp::NotEqual},
            {TokenKind::Less, BinaryOp::Less},
            {TokenKind::LessEqual, BinaryOp::LessEqual},
            {TokenKind::Greater, BinaryOp::Greater},
            {TokenKind::GreaterEqual, BinaryOp::GreaterEqual},
        }};
        node = makeNode(NodeKind::Binary, start);
        for (const auto &[kind, binOp] : ops)
            if (kind == op.kind)
                node->binaryOp = binOp;
        consume();
        NodePtr rhs = parseAdditive();
        node->children = {std::move(lhs), std::move(rhs)};
        break;
    }
    default: {
        bool negated = false;
        if (current().is(Keyword::Is)) {
            consume();
            negated = accept(Keyword::Not);
            expect(Keyword::Null, negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
            node = makeNode(NodeKind::IsNull, start);
            node->negated = negated;
            node->children = {std::move(lhs)};
            break;
        }
        negated = accept(Keyword::Not);
        if (accept(Keyword::In)) {
            node = makeNode(NodeKind::In, start);
            node->negated = negated;
            expect(TokenKind::LeftParen, "'(' after IN");
            node->children.push_back(std::move(lhs));
            bool allLiterals = true;
            do {
                NodePtr item = parseExpression();
                allLiterals = allLiterals && item->kind == NodeKind::Literal;
                node->children.push_back(std::move(item));
            } while (accept(TokenKind::Comma));
            expect(TokenKind::RightParen, "',' or ')' in IN list");
            node->constantList = allLiterals;
            if (allLiterals && node->children.size() > 8)
                node->constantSet = makeConstantSet(*node);
        } else if (accept(Keyword::Between)) {
            node = makeNode(NodeKind::Between, start);
            node->negated = negated;
            NodePtr low = parseAdditive();
            expect(Keyword::And, "AND between the bounds of BETWEEN");
            NodePtr high = parseAdditive();
            node->children = {std::move(lhs), std::move(low), std::move(high)};
        } else {
            expect(Keyword::Like, "LIKE");
            node = makeNode(NodeKind::Like, start);
            node->negated = negated;
            NodePtr pattern = parseAdditive();
            if (pattern->kind == NodeKind::Literal && pattern->value.isString())
                node->likePattern = std::make_shared<LikePattern>(pattern->value.asString());
            node->children = {std::move(lhs), std::move(pattern)};
        }
        break;
    }
    }
    node->span = spanFrom(start);
    if (atPredicateOperator())
        fail(current(), "unexpected " + describeToken(current())
                            + ": comparisons cannot be chained; add parentheses, e.g. (a = b) = c");
    return node;
}

Parser::NodePtr Parser::parseAdditive()
{
    NodePtr lhs = parseMultiplicative();
    while (current().kind == TokenKind::Plus || current().kind == TokenKind::Minus) {
        const BinaryOp op = consume().kind == TokenKind::Plus ? BinaryOp::Add : BinaryOp::Subtract;
        NodePtr rhs = parseMultiplicative();
        NodePtr node = makeNode(NodeKind::Binary, lhs->span);
        node->binaryOp = op;
        node->children = {std::move(lhs), std::move(rhs)};
        node->span = spanFrom(node->span);
        lhs = std::move(node);
    }
    return lhs;
}

Parser::NodePtr Parser::parseMultiplicative()
{
    NodePtr lhs = parseUnary();
    while (current().kind == TokenKind::Star || current().kind == TokenKind::Slash
           || current().kind == TokenKind::Percent) {
        const TokenKind kind = consume().kind;
        const BinaryOp op = kind == TokenKind::Star    ? BinaryOp::Multiply
                            : kind == TokenKind::Slash ? BinaryOp::Divide
                                                       : BinaryOp::Modulo;
        NodePtr rhs = parseUnary();
        NodePtr node = makeNode(NodeKind::Binary, lhs->span);
        node->binaryOp = op;
        node->children = {std::move(lhs), std::move(rhs)};
        node->span = spanFrom(node->span);
        lhs = std::move(node);
    }
    return lhs;
}

Parser::NodePtr Parser::parseUnary()
{
    if (current().kind != TokenKind::Minus && current().kind != TokenKind::Plus)
        return parsePostfix(parsePrimary());
    const Token &op = consume();
    const bool minus = op.kind == TokenKind::Minus;
    const SourceSpan start = op.span;
    if (++m_depth > MaxDepth)
        fail(current(), "expression is nested too deeply (more than " + std::to_string(MaxDepth) + " levels)");
    NodePtr operand = parseUnary();
    --m_depth;
    if (!minus)
        return operand;
    // Negative numeric literals are folded so "-5" is one constant, as users read it.
    if (operand->kind == NodeKind::Literal) {
        if (operand->value.isInteger() && operand->value.asInteger() != INT64_MIN) {
            operand->value = Value::integer(-operand->value.asInteger());
            operand->span = spanFrom(start);
            return operand;
        }
        if (operand->value.isDouble()) {
            operand->value = Value::number(-operand->value.asDouble());
            operand->span = spanFrom(start);
            return operand;
        }
    }
    NodePtr node = makeNode(NodeKind::Unary, start);
    node->unaryOp = UnaryOp::Negate;
    node->children = {std::move(operand)};
    node->span = spanFrom(start);
    return node;
}

Parser::NodePtr Parser::parseNumber()
{
    const Token &t = consume();
    NodePtr node = makeNode(NodeKind::Literal, t.span);
    const char *first = t.text.data();
    const char *last = first + t.text.size();
    if (t.kind == TokenKind::Integer) {
        std::int64_t i = 0;
        auto [ptr, ec] = std::from_chars(first, last, i);
        if (ec == std::errc() && ptr == last) {
            node->value = Value::integer(i);
            return node;
        }
        // Beyond BIGINT: keep it as a DOUBLE rather than reject a valid number.
    }
    double d = 0;
    auto [ptr, ec] = std::from_chars(first, last, d);
    if (ec != std::errc() || ptr != last)
        fail(t, "number " + describeToken(t) + " is out of range");
    node->value = Value::number(d);
    return node;
}

// INTERVAL 'n' unit: a fixed number of milliseconds, the unit timestamps are counted
// in, so ts + INTERVAL '1' HOUR is plain BIGINT arithmetic in every dialect.
Parser::NodePtr Parser::parseInterval()
{
    const SourceSpan start = consume().span;
    const Token &amount = consume();
    std::int64_t n = 0;
    std::string_view digits = amount.value;
    const bool negative = !digits.empty() && digits[0] == '-';
    if (negative)
        digits.remove_prefix(1);
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || digits.empty())
        fail(amount, "expected a whole number in INTERVAL '...' but found " + describeToken(amount));
    const Token &unitToken = current();
    const TimeUnit *unit = unitToken.kind == TokenKind::Identifier ? findTimeUnit(unitToken.text) : nullptr;
    if (!unit && unitToken.kind == TokenKind::Identifier && unitToken.text.size() > 1
        && (unitToken.text.back() == 's' || unitToken.text.back() == 'S'))
        unit = findTimeUnit(unitToken.text.substr(0, unitToken.text.size() - 1));
    if (!unit || unit->millis == 0)
        failExpected("an interval unit (MILLISECOND, SECOND, MINUTE, HOUR or DAY; months and years have no fixed length)");
    consume();
    std::int64_t millis = 0;
    if (__builtin_mul_overflow(n, unit->millis, &millis))
        fail(amount, "INTERVAL is out of range");
    NodePtr node = makeNode(NodeKind::Literal, start);
    node->value = Value::integer(negative ? -millis : millis);
    node->span = spanFrom(start);
    return node;
}

// array[index]: element access, the same node as ELEMENT_AT(array, index).
Parser::NodePtr Parser::parsePostfix(NodePtr node)
{
    while (current().kind == TokenKind::LeftBracket) {
        const SourceSpan start = node->span;
        consume();
        NodePtr index = parseExpression();
        expect(TokenKind::RightBracket, "']' after the array index");
        NodePtr access = makeNode(NodeKind::FunctionCall, start);
        access->function = Function::ElementAt;
        access->children = {std::move(node), std::move(index)};
        access->span = spanFrom(start);
        node = std::move(access);
    }
    return node;
}

Parser::NodePtr Parser::parsePrimary()
{
    const Token &t = current();
    switch (t.kind) {
    case TokenKind::Integer:
    case TokenKind::Double: return parseNumber();
    case TokenKind::String: {
        NodePtr node = makeNode(NodeKind::Literal, t.span);
        node->value = Value::string(t.value);
        consume();
        return node;
    }
    case TokenKind::LeftParen: {
        consume();
        NodePtr inner = parseExpression();
        expect(TokenKind::RightParen, "')' to close '('");
        return inner;
    }
    case TokenKind::QuotedIdentifier: return parseFieldRef();
    case TokenKind::Identifier:
        if (lookahead().kind == TokenKind::LeftParen)
            return parseFunctionCall();
        if (upper(t.text) == "CURRENT_TIMESTAMP") {
            NodePtr node = makeNode(NodeKind::FunctionCall, t.span);
            node->function = Function::CurrentTimestamp;
            consume();
            return node;
        }
        if (upper(t.text) == "INTERVAL" && lookahead().kind == TokenKind::String)
            return parseInterval();
        return parseFieldRef();
    case TokenKind::Keyword:
        switch (t.keyword) {
        case Keyword::True:
        case Keyword::False:
        case Keyword::Null: {
            NodePtr node = makeNode(NodeKind::Literal, t.span);
            if (t.keyword != Keyword::Null)
                node->value = Value::boolean(t.keyword == Keyword::True);
            consume();
            return node;
        }
        case Keyword::Case: return parseCase();
        case Keyword::Cast: return parseCast();
        default: break;
        }
        if (lookahead().kind != TokenKind::LeftParen)
            fail(t, "expected an expression but found keyword " + describeToken(t)
                        + " (quote it as \"" + std::string(t.text) + "\" to use it as a field name)");
        break;
    default: break;
    }
    failExpected("an expression");
}

Parser::NodePtr Parser::parseFieldRef()
{
    NodePtr node = makeNode(NodeKind::FieldRef, current().span);
    node->path.push_back(consume().value);
    while (current().kind == TokenKind::Dot) {
        consume();
        const Token &t = current();
        // After a dot any word names a nested field, keywords included (payload.end).
        if (t.kind != TokenKind::Identifier && t.kind != TokenKind::QuotedIdentifier && t.kind != TokenKind::Keyword)
            failExpected("a field name after '.'");
        node->path.push_back(consume().value);
    }
    node->span = spanFrom(node->span);
    return node;
}

Parser::NodePtr Parser::parseFunctionCall()
{
    const Token &nameToken = consume();
    const SourceSpan start = nameToken.span;
    const std::string name = upper(nameToken.text);
    const FunctionSpec *spec = findFunction(name);
    if (!spec) {
        // Suggest the nearest name; the full list is in the designer's completion and the docs.
        std::string best;
        size_t bestDistance = SIZE_MAX;
        for (const auto &candidate : functionTable()) {
            const size_t d = nameDistance(name, candidate.name);
            if (d < bestDistance) {
                bestDistance = d;
                best = std::string(candidate.name);
            }
        }
        std::string message = "unknown function '" + std::string(nameToken.text) + "'";
        if (bestDistance <= std::max<size_t>(1, name.size() / 3))
            message += " (did you mean " + best + "?)";
        else
            message += " (see the function list in the expression help)";
        fail(nameToken, message);
    }
    NodePtr node = makeNode(NodeKind::FunctionCall, start);
    node->function = spec->function;
    consume(); // '('
    if (spec->function == Function::Extract) {
        // EXTRACT(unit FROM ts): the unit is kept as a string literal argument.
        const Token &unit = current();
        if (unit.kind != TokenKind::Identifier || !findTimeUnit(unit.text) || !findTimeUnit(unit.text)->extract)
            failExpected("a unit (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND or MILLISECOND) in EXTRACT");
        NodePtr unitNode = makeNode(NodeKind::Literal, unit.span);
        unitNode->value = Value::string(std::string(findTimeUnit(unit.text)->name));
        consume();
        expect(Keyword::From, "FROM in EXTRACT(unit FROM timestamp)");
        node->children.push_back(std::move(unitNode));
        node->children.push_back(parseExpression());
        expect(TokenKind::RightParen, "')' after EXTRACT(unit FROM timestamp)");
    } else if (spec->function == Function::Position && name == "POSITION") {
        // POSITION(search IN s); a bare additive expression so IN is not read as a predicate.
        node->children.push_back(parseAdditive());
        expect(Keyword::In, "IN in POSITION(search IN string)");
        node->children.push_back(parseExpression());
        expect(TokenKind::RightParen, "')' after POSITION(search IN string)");
    } else if (current().kind != TokenKind::RightParen) {
        node->children.push_back(parseExpression());
        if (spec->function == Function::Substring && accept(Keyword::From)) {
            // SQL-standard form SUBSTRING(s FROM start [FOR length]).
            node->children.push_back(parseExpression());
            if (accept(Keyword::For))
                node->children.push_back(parseExpression());
            expect(TokenKind::RightParen, "')' after SUBSTRING(... FROM ... [FOR ...])");
        } else {
            while (accept(TokenKind::Comma))
                node->children.push_back(parseExpression());
            expect(TokenKind::RightParen, "')' after argument list");
        }
        if (spec->function == Function::Position && node->children.size() == 2)
            std::swap(node->children[0], node->children[1]); // INSTR(s, search)
    } else {
        consume();
    }
    node->span = spanFrom(start);
    const Arity arity = arityOf(node->function);
    const size_t count = node->children.size();
    if (count < arity.min || count > arity.max)
        throw ParseFailure{ExprError{std::string(functionName(node->function)) + " expects " + arityText(arity)
                                         + " but got " + std::to_string(count),
                                     node->span}};
    precompile(*node);
    return node;
}

void Parser::precompile(AstNode &node) const
{
    auto literalText = [&](size_t i) -> const std::string * {
        const AstNode &arg = node.child(i);
        return arg.kind == NodeKind::Literal && arg.value.isString() ? &arg.value.asString() : nullptr;
    };
    auto failAt = [&](size_t i, std::string message) {
        throw ParseFailure{ExprError{std::move(message), node.child(i).span}};
    };
    auto compiled = std::make_shared<Precompiled>();
    switch (node.function) {
    case Function::RegexpReplace:
    case Function::RegexpExtract: {
        const std::string *pattern = literalText(1);
        if (!pattern)
            return;
        compiled->regex.emplace();
        if (auto error = compileRegex(*pattern, *compiled->regex))
            failAt(1, *error);
        if (node.function == Function::RegexpExtract && node.children.size() == 3
            && node.child(2).kind == NodeKind::Literal && node.child(2).value.isInteger()) {
            const std::int64_t group = node.child(2).value.asInteger();
            if (group < 0 || group > std::int64_t(compiled->regex->mark_count()))
                failAt(2, "REGEXP_EXTRACT group " + std::to_string(group) + " does not exist: the expression has "
                              + std::to_string(compiled->regex->mark_count()) + " group(s)");
        }
        break;
    }
    case Function::JsonValue: {
        const std::string *path = literalText(1);
        if (!path)
            return;
        if (auto error = compileJsonPath(*path, compiled->jsonPath))
            failAt(1, *error);
        break;
    }
    case Function::FormatTimestamp:
    case Function::ParseTimestamp: {
        const std::string *pattern = literalText(1);
        if (!pattern)
            return;
        if (auto error = compileTimePattern(*pattern, compiled->timePattern))
            failAt(1, *error);
        break;
    }
    case Function::Extract: compiled->unit = findTimeUnit(node.child(0).value.asString()); break;
    case Function::DateTrunc: {
        // The unit decides the printed SQL, so it must be known when the expression is parsed.
        const std::string *unit = literalText(0);
        const TimeUnit *found = unit ? findTimeUnit(*unit) : nullptr;
        if (!found || !found->truncate)
            failAt(0, "DATE_TRUNC unit must be one of 'second', 'minute', 'hour', 'day' (a literal)");
        compiled->unit = found;
        break;
    }
    default: return;
    }
    node.precompiled = std::move(compiled);
}

Parser::NodePtr Parser::parseCase()
{
    const SourceSpan start = consume().span;
    NodePtr node = makeNode(NodeKind::Case, start);
    if (!current().is(Keyword::When)) {
        node->hasCaseOperand = true;
        node->children.push_back(parseExpression());
        if (!current().is(Keyword::When))
            failExpected("WHEN after CASE operand");
    }
    while (accept(Keyword::When)) {
        node->children.push_back(parseExpression());
        expect(Keyword::Then, "THEN after WHEN condition");
        node->children.push_back(parseExpression());
    }
    if (accept(Keyword::Else)) {
        node->hasElse = true;
        node->children.push_back(parseExpression());
        expect(Keyword::End, "END to close CASE");
    } else {
        expect(Keyword::End, "WHEN, ELSE or END in CASE expression");
    }
    node->span = spanFrom(start);
    return node;
}

Parser::NodePtr Parser::parseCast()
{
    const SourceSpan start = consume().span;
    expect(TokenKind::LeftParen, "'(' after CAST");
    NodePtr operand = parseExpression();
    expect(Keyword::As, "AS in CAST(value AS type)");
    const Token &typeToken = current();
    std::optional<FieldType> type;
    if (typeToken.kind == TokenKind::Identifier)
        type = castTypeFromName(typeToken.text);
    if (!type)
        failExpected("a type (BOOLEAN, INTEGER, BIGINT, DOUBLE, STRING, VARCHAR or TIMESTAMP) after AS");
    consume();
    // VARCHAR(n) and TIMESTAMP(3) as the dialects write them: the size does not change evaluation.
    if ((*type == FieldType::String || *type == FieldType::Timestamp) && current().kind == TokenKind::LeftParen) {
        consume();
        expect(TokenKind::Integer, "a length or precision");
        expect(TokenKind::RightParen, "')' after the type size");
    }
    expect(TokenKind::RightParen, "')' after CAST type");
    NodePtr node = makeNode(NodeKind::Cast, start);
    node->castType = *type;
    node->children = {std::move(operand)};
    node->span = spanFrom(start);
    return node;
}

ParseResult parse(std::string_view text)
{
    return Parser(text).parse();
}

} // namespace pipeline::expr
