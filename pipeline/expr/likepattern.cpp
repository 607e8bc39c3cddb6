#include "pipeline/expr/likepattern.h"

namespace pipeline::expr {

namespace {

size_t utf8Length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 1;
}

bool hasWildcard(std::string_view s)
{
    return s.find_first_of("%_") != std::string_view::npos;
}

} // namespace

LikePattern::LikePattern(std::string pattern)
    : m_pattern(std::move(pattern))
{
    std::string_view p = m_pattern;
    if (!hasWildcard(p)) {
        m_shape = Shape::Exact;
        m_literal = p;
        return;
    }
    const bool lead = p.front() == '%';
    std::string_view inner = p.substr(lead ? 1 : 0);
    const bool trailing = !inner.empty() && inner.back() == '%';
    if (trailing)
        inner.remove_suffix(1);
    if (hasWildcard(inner))
        return;
    m_literal = inner;
    if (lead && trailing)
        m_shape = Shape::Contains;
    else if (lead)
        m_shape = Shape::Suffix;
    else if (trailing)
        m_shape = Shape::Prefix;
}

bool LikePattern::matches(std::string_view text) const
{
    switch (m_shape) {
    case Shape::Exact: return text == m_literal;
    case Shape::Prefix: return text.substr(0, m_literal.size()) == m_literal;
    case Shape::Suffix:
        return text.size() >= m_literal.size() && text.substr(text.size() - m_literal.size()) == m_literal;
    case Shape::Contains: return text.find(m_literal) != std::string_view::npos;
    case Shape::General: break;
    }
    return match(text, m_pattern);
}

bool LikePattern::match(std::string_view s, std::string_view p)
{
    // Greedy matching with a single backtrack point (the last '%'): enough for
    // SQL LIKE, since a later '%' subsumes any earlier choice.
    size_t si = 0, pi = 0;
    size_t starP = std::string_view::npos, starS = 0;
    while (si < s.size()) {
        if (pi < p.size() && p[pi] == '%') {
            starP = pi++;
            starS = si;
        } else if (pi < p.size() && p[pi] == '_') {
            si += utf8Length(static_cast<unsigned char>(s[si]));
            ++pi;
        } else if (pi < p.size() && p[pi] == s[si]) {
            ++si;
            ++pi;
        } else if (starP != std::string_view::npos) {
            pi = starP + 1;
            starS += utf8Length(static_cast<unsigned char>(s[starS]));
            si = starS;
        } else {
            return false;
        }
    }
    if (si > s.size())
        return false; // '_' ran past a truncated UTF-8 sequence
    while (pi < p.size() && p[pi] == '%')
        ++pi;
    return pi == p.size();
}

} // namespace pipeline::expr
