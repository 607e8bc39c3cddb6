#include "pipeline/expr/parser.h"

#include "pipeline/expr/lexer.h"

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

struct FunctionInfo {
    std::string_view name;
    Function function;
};

// Aliases from ksqlDB (UCASE, LEN, ...) and common SQL spellings are accepted so
// pasted or LLM-written expressions parse; printing normalises them.
constexpr std::array<FunctionInfo, 18> functionNames{{
    {"UPPER", Function::Upper},
    {"UCASE", Function::Upper},
    {"LOWER", Function::Lower},
    {"LCASE", Function::Lower},
    {"TRIM", Function::Trim},
    {"CONCAT", Function::Concat},
    {"SUBSTRING", Function::Substring},
    {"SUBSTR", Function::Substring},
    {"CHAR_LENGTH", Function::CharLength},
    {"CHARACTER_LENGTH", Function::CharLength},
    {"LEN", Function::CharLength},
    {"LENGTH", Function::CharLength},
    {"ABS", Function::Abs},
    {"ROUND", Function::Round},
    {"FLOOR", Function::Floor},
    {"CEIL", Function::Ceil},
    {"CEILING", Function::Ceil},
    {"COALESCE", Function::Coalesce},
}};

struct Arity {
    size_t min;
    size_t max; // SIZE_MAX = variadic
};

Arity arityOf(Function f)
{
    switch (f) {
    case Function::Substring: return {2, 3};
    case Function::Round: return {1, 2};
    case Function::Concat:
    case Function::Coalesce: return {1, SIZE_MAX};
    default: return {1, 1};
    }
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
        return parsePrimary();
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
    const FunctionInfo *info = nullptr;
    for (const auto &f : functionNames)
        if (f.name == name)
            info = &f;
    if (!info) {
        std::string known;
        for (Function f : {Function::Upper, Function::Lower, Function::Trim, Function::Concat, Function::Substring,
                           Function::CharLength, Function::Abs, Function::Round, Function::Floor, Function::Ceil,
                           Function::Coalesce}) {
            if (!known.empty())
                known += ", ";
            known += functionName(f);
        }
        fail(nameToken, "unknown function '" + std::string(nameToken.text) + "' (available: " + known + ")");
    }
    NodePtr node = makeNode(NodeKind::FunctionCall, start);
    node->function = info->function;
    consume(); // '('
    if (current().kind != TokenKind::RightParen) {
        node->children.push_back(parseExpression());
        if (info->function == Function::Substring && accept(Keyword::From)) {
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
    return node;
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
