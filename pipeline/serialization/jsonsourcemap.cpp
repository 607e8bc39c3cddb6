#include "pipeline/serialization/jsonsourcemap.h"

namespace pipeline {

// Walks a JSON text nlohmann already accepted, tracking line and column as it goes.
// Defensive anyway (bounds checks everywhere): it must never crash on any input.
class JsonSourceScanner {
public:
    JsonSourceScanner(std::string_view text, int maxDepth, JsonSourceMap &map)
        : m_text(text), m_maxDepth(maxDepth), m_map(map) {}

    void run()
    {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") // nlohmann skips a UTF-8 BOM too
            advance(3);
        skipWhitespace();
        value("", 0);
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void advance(std::size_t n = 1)
    {
        for (std::size_t i = 0; i < n && !atEnd(); ++i) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++m_column;
            }
        }
    }

    void skipWhitespace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    SourceSpan here() const { return SourceSpan{m_line, m_column, int(m_pos), 0}; }

    void finish(SourceSpan &span) const { span.length = int(m_pos) - span.offset; }

    // Returns the decoded-enough key text (escapes resolved for the common cases so
    // duplicate detection and pointers agree with nlohmann's keys).
    std::string string()
    {
        std::string out;
        advance(); // opening quote
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                advance();
                const char e = peek();
                advance();
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    // Keep \uXXXX escapes verbatim: keys that need them are rare, and a
                    // mismatch only costs a less precise error location.
                    out += "\\u";
                    for (int i = 0; i < 4 && !atEnd(); ++i) {
                        out += peek();
                        advance();
                    }
                    break;
                }
                default: out += e; break;
                }
            } else {
                out += peek();
                advance();
            }
        }
        advance(); // closing quote
        return out;
    }

    void value(const std::string &pointer, int depth)
    {
        SourceSpan span = here();
        if (depth > m_maxDepth) {
            if (!m_tooDeep)
                m_map.m_problems.emplace_back(span, "nesting deeper than " + std::to_string(m_maxDepth) + " levels");
            m_tooDeep = true;
            m_pos = m_text.size();
            return;
        }
        const char c = peek();
        if (c == '{') {
            advance();
            skipWhitespace();
            std::map<std::string, SourceSpan> seen;
            while (!atEnd() && peek() != '}') {
                SourceSpan keySpan = here();
                if (peek() != '"')
                    return; // not valid JSON after all; stop quietly
                std::string key = string();
                finish(keySpan);
                const std::string childPointer = JsonSourceMap::child(pointer, key);
                if (auto it = seen.find(key); it != seen.end()) {
                    m_map.m_problems.emplace_back(keySpan, "duplicate key \"" + key + "\" (first at line "
                                                                + std::to_string(it->second.line) + ", column "
                                                                + std::to_string(it->second.column) + ")");
                } else {
                    seen.emplace(key, keySpan);
                }
                m_map.m_keys[childPointer] = keySpan;
                skipWhitespace();
                if (peek() != ':')
                    return;
                advance();
                skipWhitespace();
                value(childPointer, depth + 1);
                skipWhitespace();
                if (peek() == ',') {
                    advance();
                    skipWhitespace();
                } else if (peek() != '}') {
                    return;
                }
            }
            advance();
        } else if (c == '[') {
            advance();
            skipWhitespace();
            std::size_t index = 0;
            while (!atEnd() && peek() != ']') {
                const std::size_t before = m_pos;
                value(JsonSourceMap::child(pointer, index++), depth + 1);
                if (m_pos == before)
                    return; // no progress: not valid JSON, stop instead of looping
                skipWhitespace();
                if (peek() == ',') {
                    advance();
                    skipWhitespace();
                } else if (peek() != ']') {
                    return;
                }
            }
            advance();
        } else if (c == '"') {
            string();
        } else {
            while (!atEnd()) {
                const char d = peek();
                const bool tokenChar = (d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')
                                       || d == '-' || d == '+' || d == '.';
                if (!tokenChar)
                    break;
                advance();
            }
        }
        finish(span);
        m_map.m_values[pointer] = span;
    }

    std::string_view m_text;
    int m_maxDepth;
    JsonSourceMap &m_map;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_tooDeep = false;
};

JsonSourceMap JsonSourceMap::build(std::string_view text, int maxDepth)
{
    JsonSourceMap map;
    JsonSourceScanner(text, maxDepth, map).run();
    return map;
}

SourceSpan JsonSourceMap::valueSpan(std::string_view pointer) const
{
    std::string p(pointer);
    for (;;) {
        if (auto it = m_values.find(p); it != m_values.end())
            return it->second;
        if (p.empty())
            return SourceSpan{1, 1, 0, 0};
        p.erase(p.rfind('/'));
    }
}

SourceSpan JsonSourceMap::keySpan(std::string_view pointer) const
{
    if (auto it = m_keys.find(pointer); it != m_keys.end())
        return it->second;
    return valueSpan(pointer);
}

SourceSpan JsonSourceMap::spanAt(std::string_view text, std::size_t offset, std::size_t length)
{
    if (offset > text.size())
        offset = text.size();
    SourceSpan span{1, 1, int(offset), int(length)};
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++span.line;
            span.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++span.column;
        }
    }
    return span;
}

std::string JsonSourceMap::child(std::string_view pointer, std::string_view key)
{
    std::string out(pointer);
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string JsonSourceMap::child(std::string_view pointer, std::size_t index)
{
    return std::string(pointer) + '/' + std::to_string(index);
}

} // namespace pipeline
