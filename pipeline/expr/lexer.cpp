#include "pipeline/expr/lexer.h"

#include <array>
#include <cctype>
#include <utility>

namespace pipeline::expr {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(a[i])) != static_cast<unsigned char>(b[i]))
            return false;
    return true;
}

bool isIdentStart(char c)
{
    // Bytes >= 0x80 are UTF-8 letters in practice; accepting them keeps
    // non-ASCII field names usable without quoting.
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentPart(char c)
{
    return isIdentStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

} // namespace

Keyword keywordFromText(std::string_view text)
{
    static constexpr std::array<std::pair<std::string_view, Keyword>, 19> keywords{{
        {"AND", Keyword::And},   {"OR", Keyword::Or},       {"NOT", Keyword::Not},         {"IS", Keyword::Is},
        {"NULL", Keyword::Null}, {"IN", Keyword::In},       {"BETWEEN", Keyword::Between}, {"LIKE", Keyword::Like},
        {"CASE", Keyword::Case}, {"WHEN", Keyword::When},   {"THEN", Keyword::Then},       {"ELSE", Keyword::Else},
        {"END", Keyword::End},   {"CAST", Keyword::Cast},   {"AS", Keyword::As},           {"TRUE", Keyword::True},
        {"FALSE", Keyword::False}, {"FROM", Keyword::From}, {"FOR", Keyword::For},
    }};
    if (text.size() < 2 || text.size() > 7)
        return Keyword::None;
    for (const auto &[word, keyword] : keywords)
        if (equalsIgnoreCase(text, word))
            return keyword;
    return Keyword::None;
}

Lexer::Lexer(std::string_view text)
    : m_text(text)
{}

char Lexer::peek(size_t ahead) const
{
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
}

void Lexer::advance()
{
    if (m_pos >= m_text.size())
        return;
    if (m_text[m_pos] == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((static_cast<unsigned char>(m_text[m_pos]) & 0xC0) != 0x80) {
        ++m_column; // columns count characters, not UTF-8 continuation bytes
    }
    ++m_pos;
}

SourceSpan Lexer::spanFrom(int startOffset, int startLine, int startColumn) const
{
    return SourceSpan{startLine, startColumn, startOffset, int(m_pos) - startOffset};
}

Token Lexer::next()
{
    while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
        advance();

    Token token;
    const int startOffset = int(m_pos);
    const int startLine = m_line;
    const int startColumn = m_column;
    auto finish = [&](TokenKind kind) {
        token.kind = kind;
        token.span = spanFrom(startOffset, startLine, startColumn);
        token.text = m_text.substr(size_t(startOffset), m_pos - size_t(startOffset));
        return token;
    };
    auto fail = [&](std::string message) {
        token.value = std::move(message);
        return finish(TokenKind::Error);
    };

    if (m_pos >= m_text.size())
        return finish(TokenKind::End);

    const char c = m_text[m_pos];
    if (isIdentStart(c)) {
        while (m_pos < m_text.size() && isIdentPart(m_text[m_pos]))
            advance();
        finish(TokenKind::Identifier);
        token.keyword = keywordFromText(token.text);
        if (token.keyword != Keyword::None)
            token.kind = TokenKind::Keyword;
        token.value = std::string(token.text);
        return token;
    }

    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1))))) {
        bool isDouble = false;
        while (std::isdigit(static_cast<unsigned char>(peek())))
            advance();
        if (peek() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
            isDouble = true;
            advance();
            while (std::isdigit(static_cast<unsigned char>(peek())))
                advance();
        } else if (peek() == '.' && !isIdentStart(peek(1))) {
            // "1." is a double in SQL; "a.b" style paths never start with a digit.
            isDouble = true;
            advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            size_t ahead = 1;
            if (peek(1) == '+' || peek(1) == '-')
                ++ahead;
            if (std::isdigit(static_cast<unsigned char>(peek(ahead)))) {
                isDouble = true;
                for (size_t i = 0; i < ahead; ++i)
                    advance();
                while (std::isdigit(static_cast<unsigned char>(peek())))
                    advance();
            }
        }
        if (isIdentStart(peek())) {
            while (m_pos < m_text.size() && isIdentPart(m_text[m_pos]))
                advance();
            return fail("malformed number '" + std::string(m_text.substr(size_t(startOffset), m_pos - size_t(startOffset)))
                        + "'");
        }
        return finish(isDouble ? TokenKind::Double : TokenKind::Integer);
    }

    if (c == '\'' || c == '"' || c == '`') {
        const char quote = c;
        advance();
        std::string value;
        while (true) {
            if (m_pos >= m_text.size()) {
                m_pos = size_t(startOffset) + 1; // point the span at the opening quote only
                m_line = startLine;
                m_column = startColumn + 1;
                return fail(quote == '\'' ? "unterminated string literal (missing closing ')"
                                          : std::string("unterminated quoted identifier (missing closing ") + quote + ")");
            }
            if (m_text[m_pos] == quote) {
                if (peek(1) == quote) {
                    value += quote;
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            value += m_text[m_pos];
            advance();
        }
        if (quote != '\'' && value.empty())
            return fail("empty quoted identifier");
        finish(quote == '\'' ? TokenKind::String : TokenKind::QuotedIdentifier);
        token.value = std::move(value);
        return token;
    }

    advance();
    switch (c) {
    case '(': return finish(TokenKind::LeftParen);
    case ')': return finish(TokenKind::RightParen);
    case '[': return finish(TokenKind::LeftBracket);
    case ']': return finish(TokenKind::RightBracket);
    case ',': return finish(TokenKind::Comma);
    case '.': return finish(TokenKind::Dot);
    case '+': return finish(TokenKind::Plus);
    case '-': return finish(TokenKind::Minus);
    case '*': return finish(TokenKind::Star);
    case '/': return finish(TokenKind::Slash);
    case '%': return finish(TokenKind::Percent);
    case '=':
        if (peek() == '=') { // "==" from programmers: accept, it is unambiguous
            advance();
        }
        return finish(TokenKind::Equal);
    case '<':
        if (peek() == '=') {
            advance();
            return finish(TokenKind::LessEqual);
        }
        if (peek() == '>') {
            advance();
            return finish(TokenKind::NotEqual);
        }
        return finish(TokenKind::Less);
    case '>':
        if (peek() == '=') {
            advance();
            return finish(TokenKind::GreaterEqual);
        }
        return finish(TokenKind::Greater);
    case '!':
        if (peek() == '=') {
            advance();
            return finish(TokenKind::NotEqual);
        }
        break;
    default: break;
    }
    // Report the whole (possibly multi-byte) character.
    while (m_pos < m_text.size() && (static_cast<unsigned char>(m_text[m_pos]) & 0xC0) == 0x80)
        advance();
    return fail("unexpected character '" + std::string(m_text.substr(size_t(startOffset), m_pos - size_t(startOffset)))
                + "'");
}

} // namespace pipeline::expr
