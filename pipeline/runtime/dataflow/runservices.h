#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <utility>

namespace pipeline::runtime {

/// Objects one run's operators share, created by the first node that needs them:
/// the LLM client and cache shared by the AI and vector-retrieve nodes, the vector
/// indexes shared by name, one Schema Registry client per profile. Keyed by type
/// and a name, so a module defines its own without the engine knowing the type.
/// Lives as long as the compiled run; operators keep what they use by shared_ptr.
class RunServices {
public:
    /// The service of type T called `name`, made by `make` the first time (make
    /// may return null, e.g. for an unknown profile: then the next call tries again).
    template <class T> std::shared_ptr<T> shared(const std::string &name, const std::function<std::shared_ptr<T>()> &make)
    {
        auto &slot = m_services[{std::type_index(typeid(T)), name}];
        if (!slot)
            slot = make();
        return std::static_pointer_cast<T>(slot);
    }
    /// The service if one was made, else null.
    template <class T> std::shared_ptr<T> find(const std::string &name = {}) const
    {
        auto it = m_services.find({std::type_index(typeid(T)), name});
        return it == m_services.end() ? nullptr : std::static_pointer_cast<T>(it->second);
    }

private:
    std::map<std::pair<std::type_index, std::string>, std::shared_ptr<void>> m_services;
};

} // namespace pipeline::runtime
