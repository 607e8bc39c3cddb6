#include "pipeline/runtime/dataflow/fieldpath.h"

namespace pipeline::runtime {

FieldPath::FieldPath(std::string_view dotted) : m_text(dotted)
{
    size_t start = 0;
    while (start <= dotted.size() && !dotted.empty()) {
        const size_t dot = dotted.find('.', start);
        const size_t end = dot == std::string_view::npos ? dotted.size() : dot;
        m_segments.emplace_back(dotted.substr(start, end - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
}

const nlohmann::json *FieldPath::find(const nlohmann::json &record) const
{
    const nlohmann::json *current = &record;
    for (const auto &segment : m_segments) {
        if (!current->is_object())
            return nullptr;
        auto it = current->find(segment);
        if (it == current->end())
            return nullptr;
        current = &*it;
    }
    return current;
}

nlohmann::json *FieldPath::find(nlohmann::json &record) const
{
    return const_cast<nlohmann::json *>(find(static_cast<const nlohmann::json &>(record)));
}

} // namespace pipeline::runtime
