#include "pipeline/runtime/llm/llmprompttemplate.h"

#include "pipeline/core/templateplaceholders.h"

namespace pipeline::runtime {

LlmPromptTemplate::LlmPromptTemplate(std::string_view text)
{
    size_t pos = 0;
    for (const auto &p : scanPlaceholders(text)) {
        m_parts.push_back({std::string(text.substr(pos, p.offset - pos)), FieldPath(p.field)});
        pos = p.offset + p.length;
    }
    m_parts.push_back({std::string(text.substr(pos)), FieldPath()});
    for (const auto &part : m_parts)
        m_literalSize += part.literal.size();
}

std::string LlmPromptTemplate::render(const nlohmann::json &record) const
{
    std::string out;
    out.reserve(m_literalSize + 64);
    for (const auto &part : m_parts) {
        out += part.literal;
        if (part.field.empty())
            continue;
        const nlohmann::json *v = part.field.find(record);
        if (!v || v->is_null())
            continue;
        if (v->is_string())
            out += v->get_ref<const std::string &>();
        else
            out += v->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return out;
}

} // namespace pipeline::runtime
