#pragma once

#include "pipeline/core/diagnostic.h"

#include <string>
#include <string_view>

namespace pipeline::expr {

enum class TokenKind {
    End,
    Identifier,       // plain word that is not a keyword
    QuotedIdentifier, // "..." or `...`
    Keyword,
    String,
    Integer,
    Double,
    LeftParen,
    RightParen,
    LeftBracket,  // [ (array element access)
    RightBracket, // ]
    Comma,
    Dot,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Equal,
    NotEqual, // <> or !=
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Error,
};

enum class Keyword {
    None,
    And,
    Or,
    Not,
    Is,
    Null,
    In,
    Between,
    Like,
    Case,
    When,
    Then,
    Else,
    End,
    Cast,
    As,
    True,
    False,
    From,
    For,
};

/// One lexeme. `text` views the source; `value` holds the decoded content of
/// strings and quoted identifiers (quotes removed, doubled quotes collapsed).
struct Token {
    TokenKind kind = TokenKind::End;
    Keyword keyword = Keyword::None;
    std::string_view text;
    std::string value;
    SourceSpan span;

    bool is(Keyword k) const { return kind == TokenKind::Keyword && keyword == k; }
};

/// The reserved words of the language (case-insensitive), or Keyword::None.
Keyword keywordFromText(std::string_view text);

} // namespace pipeline::expr
