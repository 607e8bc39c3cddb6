#pragma once

#include <map>
#include <memory>
#include <typeindex>
#include <utility>

namespace pipeline::runtime {

/// The settings of the runtime's modules for one run, one value per type
/// (LlmSettings, SchemaRegistrySettings, DatabaseSettings, ...). The engine
/// carries them to the operator factories without knowing the types, so a module
/// adds its settings without the engine, or the module, depending on the other.
/// Copies are deep: a copied RunOptions can be changed without touching the original.
class RunSettings {
public:
    RunSettings() = default;
    RunSettings(const RunSettings &other) { copyFrom(other); }
    RunSettings &operator=(const RunSettings &other)
    {
        if (this != &other) {
            m_values.clear();
            copyFrom(other);
        }
        return *this;
    }
    RunSettings(RunSettings &&) = default;
    RunSettings &operator=(RunSettings &&) = default;

    /// Replaces the settings of type T.
    template <class T> void set(T value)
    {
        m_values[std::type_index(typeid(T))] = {std::make_shared<T>(std::move(value)), &clone<T>};
    }
    /// The settings of type T to change in place (default-constructed when absent).
    template <class T> T &edit()
    {
        auto &slot = m_values[std::type_index(typeid(T))];
        if (!slot.value)
            slot = {std::make_shared<T>(), &clone<T>};
        return *static_cast<T *>(slot.value.get());
    }
    /// The settings of type T, or a default-constructed T when none were given.
    template <class T> const T &get() const
    {
        auto it = m_values.find(std::type_index(typeid(T)));
        if (it == m_values.end()) {
            static const T empty{};
            return empty;
        }
        return *static_cast<const T *>(it->second.value.get());
    }
    template <class T> bool has() const { return m_values.count(std::type_index(typeid(T))) > 0; }

private:
    struct Entry {
        std::shared_ptr<void> value;
        std::shared_ptr<void> (*copy)(const void *) = nullptr;
    };
    template <class T> static std::shared_ptr<void> clone(const void *p)
    {
        return std::make_shared<T>(*static_cast<const T *>(p));
    }
    void copyFrom(const RunSettings &other)
    {
        for (const auto &[type, entry] : other.m_values)
            m_values[type] = {entry.copy(entry.value.get()), entry.copy};
    }
    std::map<std::type_index, Entry> m_values;
};

} // namespace pipeline::runtime
