#pragma once

#include "pipeline/expr/ast.h"
#include "pipeline/expr/expression.h"
#include "pipeline/expr/token.h"

#include <string_view>
#include <vector>

namespace pipeline::expr {

/// Recursive-descent parser with standard SQL precedence, lowest first:
/// OR, AND, NOT, predicates (comparison, IS [NOT] NULL, [NOT] IN, [NOT] BETWEEN,
/// [NOT] LIKE — non-associative), + -, * / %, unary minus, primaries.
/// Every error names what was expected and what was found, at the found token.
class Parser {
public:
    explicit Parser(std::string_view text);

    ParseResult parse();

private:
    using NodePtr = std::shared_ptr<AstNode>;

    NodePtr parseExpression();
    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseNot();
    NodePtr parsePredicate();
    NodePtr parseAdditive();
    NodePtr parseMultiplicative();
    NodePtr parseUnary();
    NodePtr parsePrimary();
    NodePtr parseFieldRef();
    NodePtr parseFunctionCall();
    NodePtr parseCase();
    NodePtr parseCast();
    NodePtr parseNumber();
    NodePtr parseInterval();
    NodePtr parsePostfix(NodePtr node);
    void precompile(AstNode &node) const;

    const Token &current() const { return m_tokens[m_index]; }
    const Token &lookahead(size_t n = 1) const;
    const Token &consume();
    bool accept(TokenKind kind);
    bool accept(Keyword keyword);
    void expect(TokenKind kind, std::string_view what);
    void expect(Keyword keyword, std::string_view what);
    bool atPredicateOperator() const;
    [[noreturn]] void fail(const Token &at, std::string message) const;
    [[noreturn]] void failExpected(std::string_view what) const;
    SourceSpan spanFrom(const SourceSpan &start) const;
    NodePtr makeNode(NodeKind kind, const SourceSpan &start) const;

    std::string_view m_text;
    std::vector<Token> m_tokens;
    size_t m_index = 0;
    int m_previousEnd = 0;
    int m_depth = 0;
};

/// "'FROM'", "end of input", "string 'abc'": how error messages name a token.
std::string describeToken(const Token &token);

} // namespace pipeline::expr
