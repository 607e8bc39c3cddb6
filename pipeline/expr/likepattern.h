#pragma once

#include <string>
#include <string_view>

namespace pipeline::expr {

/// A SQL LIKE pattern ('%' any run, '_' one character) compiled once. The common
/// shapes ('abc', 'abc%', '%abc', '%abc%') become a single comparison or search;
/// the rest run a backtracking matcher that is linear for one '%' and never
/// exponential. There is no ESCAPE clause: neither dialect needs one for the
/// patterns pipelines use, and it keeps both exports identical.
class LikePattern {
public:
    explicit LikePattern(std::string pattern);

    bool matches(std::string_view text) const;
    const std::string &pattern() const { return m_pattern; }

    /// Matches without compiling (pattern computed per record).
    static bool match(std::string_view text, std::string_view pattern);

private:
    enum class Shape { Exact, Prefix, Suffix, Contains, General };
    std::string m_pattern;
    std::string m_literal;
    Shape m_shape = Shape::General;
};

} // namespace pipeline::expr
