#include "pipeline/runtime/dataflow/operatorregistry.h"

namespace pipeline::runtime {

void OperatorRegistry::add(std::string kind, OperatorFactory factory)
{
    m_factories[std::move(kind)] = std::move(factory);
}

const OperatorFactory *OperatorRegistry::find(std::string_view kind) const
{
    auto it = m_factories.find(kind);
    return it == m_factories.end() ? nullptr : &it->second;
}

std::vector<std::string> OperatorRegistry::kinds() const
{
    std::vector<std::string> out;
    out.reserve(m_factories.size());
    for (const auto &[kind, factory] : m_factories)
        out.push_back(kind);
    return out;
}

} // namespace pipeline::runtime
