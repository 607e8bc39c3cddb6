#pragma once

#include "pipeline/runtime/vector/vectorindex.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace pipeline::runtime {

/// The vector indexes of one run, shared by name: a `vector-upsert` and a
/// `vector-retrieve` naming the same index work on one in-memory VectorIndex,
/// loaded from its file when first named. Thread-safe.
class VectorIndexRegistry {
public:
    /// The index `name`, opened from `path` on first use. `options` (null = no
    /// opinion, e.g. a retrieve node) applies to a new index; a second node that
    /// names the same index with another path, or with an explicit dimension the
    /// index does not have, is an error.
    std::shared_ptr<VectorIndex> acquire(const std::string &name, const std::string &path,
                                         const VectorIndexOptions *options, std::string *error);
    std::shared_ptr<VectorIndex> find(const std::string &name) const;
    /// Saves every changed index; false with the first error.
    bool saveAll(std::string *error);

    /// Where an index lives when its node names no path: `vector-indexes/<name>.vindex`
    /// under the working directory.
    static std::string defaultPath(const std::string &name);

private:
    struct Slot {
        std::string path;
        bool configured = false; // options came from a node (an upsert)
        std::shared_ptr<VectorIndex> index;
    };
    mutable std::mutex m_mutex;
    std::map<std::string, Slot> m_indexes;
};

} // namespace pipeline::runtime
