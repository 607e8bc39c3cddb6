#include "pipeline/core/templateplaceholders.h"

#include <cctype>

namespace pipeline {

std::vector<TemplatePlaceholder> scanPlaceholders(std::string_view text)
{
    std::vector<TemplatePlaceholder> out;
    size_t pos = 0;
    while (true) {
        size_t open = text.find("{{", pos);
        if (open == std::string_view::npos)
            break;
        // "{{{x}}}" means a literal brace around a placeholder: use the innermost "{{".
        while (open + 2 < text.size() && text[open + 2] == '{')
            ++open;
        size_t close = text.find("}}", open + 2);
        if (close == std::string_view::npos)
            break;
        size_t begin = open + 2;
        size_t end = close;
        while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])))
            ++begin;
        while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])))
            --end;
        std::string_view inner = text.substr(begin, end - begin);
        // A brace or newline inside means this was not meant as a placeholder.
        const bool plausible = !inner.empty() && inner.find_first_of("{}\n") == std::string_view::npos;
        if (plausible) {
            out.push_back({std::string(inner), open, close + 2 - open, begin});
            pos = close + 2;
        } else {
            pos = open + 2;
        }
    }
    return out;
}

SourceSpan spanInText(std::string_view text, size_t offset, size_t length)
{
    SourceSpan span;
    span.line = 1;
    span.column = 1;
    if (offset > text.size())
        offset = text.size();
    for (size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++span.line;
            span.column = 1;
        } else {
            ++span.column;
        }
    }
    span.offset = int(offset);
    span.length = int(length);
    return span;
}

} // namespace pipeline
