#include "pipeline/core/schema.h"

#include <algorithm>

namespace pipeline {

namespace {

std::vector<std::string> splitPath(std::string_view dotted)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= dotted.size()) {
        size_t dot = dotted.find('.', start);
        if (dot == std::string_view::npos)
            dot = dotted.size();
        parts.emplace_back(dotted.substr(start, dot - start));
        start = dot + 1;
    }
    return parts;
}

template <typename FieldVector>
auto findIn(FieldVector &fields, const std::vector<std::string> &path) -> decltype(&fields[0])
{
    auto *current = &fields;
    decltype(&fields[0]) found = nullptr;
    for (const auto &part : path) {
        if (!current)
            return nullptr;
        auto it = std::find_if(current->begin(), current->end(), [&](const Field &f) { return f.name == part; });
        if (it == current->end())
            return nullptr;
        found = &*it;
        current = found->type == FieldType::Object ? &found->children : nullptr;
    }
    return found;
}

void collectPaths(const std::vector<Field> &fields, const std::string &prefix, std::vector<std::string> &out)
{
    for (const auto &f : fields) {
        std::string path = prefix.empty() ? f.name : prefix + "." + f.name;
        out.push_back(path);
        if (f.type == FieldType::Object)
            collectPaths(f.children, path, out);
    }
}

} // namespace

const Field *Schema::find(const std::vector<std::string> &path) const
{
    return path.empty() ? nullptr : findIn(fields, path);
}

const Field *Schema::find(std::string_view dottedPath) const
{
    // Exact top-level names win, so a field literally named "a.b" stays reachable.
    for (const auto &f : fields)
        if (f.name == dottedPath)
            return &f;
    return find(splitPath(dottedPath));
}

Field *Schema::findMutable(std::string_view dottedPath)
{
    return const_cast<Field *>(static_cast<const Schema *>(this)->find(dottedPath));
}

void Schema::set(Field field)
{
    for (auto &f : fields) {
        if (f.name == field.name) {
            f = std::move(field);
            return;
        }
    }
    fields.push_back(std::move(field));
}

bool Schema::remove(std::string_view name)
{
    auto it = std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return f.name == name; });
    if (it == fields.end())
        return false;
    fields.erase(it);
    return true;
}

std::vector<std::string> Schema::names() const
{
    std::vector<std::string> out;
    out.reserve(fields.size());
    for (const auto &f : fields)
        out.push_back(f.name);
    return out;
}

std::vector<std::string> Schema::paths() const
{
    std::vector<std::string> out;
    collectPaths(fields, {}, out);
    return out;
}

} // namespace pipeline
