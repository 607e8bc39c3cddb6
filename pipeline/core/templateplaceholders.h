#pragma once

#include "pipeline/core/diagnostic.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// One `{{field}}` / `{{ a.b }}` occurrence in an LLM prompt template.
/// `offset`/`length` cover the whole placeholder including the braces (what a
/// renderer replaces); `field` is the trimmed dotted path inside.
struct TemplatePlaceholder {
    std::string field;
    size_t offset = 0;
    size_t length = 0;
    size_t fieldOffset = 0; // where `field` starts in the template text
    bool operator==(const TemplatePlaceholder &) const = default;
};

/// All placeholders in order. Text without a closing `}}` and empty `{{}}` are
/// left alone: they render literally, like any other text.
std::vector<TemplatePlaceholder> scanPlaceholders(std::string_view text);

/// The 1-based line/column span of `length` bytes at `offset` in `text`, for
/// diagnostics pointing into multi-line parameters.
SourceSpan spanInText(std::string_view text, size_t offset, size_t length);

/// Replaces each placeholder by `valueOf(field)`; other text is copied verbatim.
template <typename Lookup>
std::string renderTemplate(std::string_view text, Lookup &&valueOf)
{
    std::string out;
    size_t pos = 0;
    for (const auto &p : scanPlaceholders(text)) {
        out.append(text.substr(pos, p.offset - pos));
        out.append(valueOf(p.field));
        pos = p.offset + p.length;
    }
    out.append(text.substr(pos));
    return out;
}

} // namespace pipeline
