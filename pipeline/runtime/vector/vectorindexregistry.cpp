#include "pipeline/runtime/vector/vectorindexregistry.h"

#include <filesystem>

namespace pipeline::runtime {

std::string VectorIndexRegistry::defaultPath(const std::string &name)
{
    return "vector-indexes/" + name + ".vindex";
}

std::shared_ptr<VectorIndex> VectorIndexRegistry::acquire(const std::string &name, const std::string &path,
                                                          const VectorIndexOptions *options, std::string *error)
{
    const std::string wanted = path.empty() ? defaultPath(name) : path;
    std::lock_guard lock(m_mutex);
    auto it = m_indexes.find(name);
    if (it != m_indexes.end()) {
        Slot &slot = it->second;
        std::error_code ec;
        const bool samePath = slot.path == wanted || std::filesystem::weakly_canonical(slot.path, ec) == std::filesystem::weakly_canonical(wanted, ec);
        if (!samePath) {
            if (error)
                *error = "vector index '" + name + "' is already used with the file " + slot.path + ", not " + wanted;
            return nullptr;
        }
        if (options) {
            if (slot.configured) {
                // Two upsert nodes on one index: the first one's build options hold.
                const VectorIndexOptions have = slot.index->options();
                if (options->dimension && have.dimension && options->dimension != have.dimension) {
                    if (error)
                        *error = "vector index '" + name + "' has dimension " + std::to_string(have.dimension)
                            + ", this node says " + std::to_string(options->dimension);
                    return nullptr;
                }
            } else if (!slot.index->configure(*options, error)) {
                return nullptr;
            }
            slot.configured = true;
        }
        return slot.index;
    }
    auto index = std::make_shared<VectorIndex>(wanted, options ? *options : VectorIndexOptions{});
    if (!index->open(error) || (options && !index->configure(*options, error)))
        return nullptr;
    m_indexes[name] = {wanted, options != nullptr, index};
    return index;
}

std::shared_ptr<VectorIndex> VectorIndexRegistry::find(const std::string &name) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_indexes.find(name);
    return it == m_indexes.end() ? nullptr : it->second.index;
}

bool VectorIndexRegistry::saveAll(std::string *error)
{
    std::lock_guard lock(m_mutex);
    for (auto &[name, slot] : m_indexes)
        if (!slot.index->save(error))
            return false;
    return true;
}

} // namespace pipeline::runtime
