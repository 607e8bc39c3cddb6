#pragma once

#include "pipeline/expr/token.h"

#include <string_view>

namespace pipeline::expr {

/// Splits expression text into tokens with 1-based line/column and byte offsets.
/// Malformed input (unterminated string, stray character) yields one Error token
/// whose `value` is the message; the parser reports it with the token's span.
class Lexer {
public:
    explicit Lexer(std::string_view text);

    Token next();

private:
    SourceSpan spanFrom(int startOffset, int startLine, int startColumn) const;
    void advance();
    char peek(size_t ahead = 0) const;

    std::string_view m_text;
    size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace pipeline::expr
