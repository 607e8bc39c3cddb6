#pragma once

#include "pipeline/runtime/dataflow/fieldpath.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline::runtime {

/// A `{{field}}` prompt template parsed once (placeholders found, field paths
/// split) so rendering per record only looks values up. A placeholder becomes:
/// a string verbatim, a number/boolean/object/array as JSON, a missing field or
/// NULL as an empty string. Rendering is one pass, so a value containing `{{x}}`
/// stays literal.
class LlmPromptTemplate {
public:
    LlmPromptTemplate() = default;
    explicit LlmPromptTemplate(std::string_view text);

    std::string render(const nlohmann::json &record) const;

private:
    struct Part {
        std::string literal; // text before the placeholder
        FieldPath field;     // empty for the tail
    };
    std::vector<Part> m_parts;
    size_t m_literalSize = 0;
};

} // namespace pipeline::runtime
