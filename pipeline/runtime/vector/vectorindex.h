#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace hnswlib {
template <typename T> class HierarchicalNSW;
} // namespace hnswlib

namespace pipeline::runtime {

class VectorIndexSpace;

/// How an index is built. Zero dimension = taken from the first vector (or the file).
struct VectorIndexOptions {
    size_t dimension = 0;
    size_t m = 16;
    size_t efConstruction = 40;
    size_t efSearch = 128;
};

/// One nearest neighbour: the entry's id, cosine similarity, text and metadata.
struct VectorHit {
    std::string id;
    double score = 0;
    std::string text;
    nlohmann::json metadata;
};

/// An embedded approximate nearest-neighbour index (hnswlib HNSW graph over
/// unit-length float vectors, so inner product = cosine similarity; the distance
/// uses VectorDot's SIMD kernels) plus, per
/// entry, the caller's id, a text and metadata. Upserting an existing id replaces
/// its vector, text and metadata (the HNSW label is reused).
///
/// Persistence: `path` is a JSON-lines sidecar (header line, then one line per
/// entry with label, id, text, metadata) that names the HNSW graph file of the
/// same save generation (`<path>.<generation>.hnsw`). save() writes the graph to
/// a new generation file and the sidecar to a temporary file, syncs both and then
/// renames the sidecar into place: the rename is the commit point, so a crash at
/// any moment leaves either the previous or the new save, never a mix.
///
/// Thread-safe: searches share a lock, upserts and saves take it exclusively.
class VectorIndex {
public:
    VectorIndex(std::string path, VectorIndexOptions options);
    ~VectorIndex();
    VectorIndex(const VectorIndex &) = delete;
    VectorIndex &operator=(const VectorIndex &) = delete;

    /// Loads the index from `path` when the file exists (a missing file is an
    /// empty index). False with a message naming the file when it cannot be read
    /// or its dimension contradicts a non-zero options().dimension.
    bool open(std::string *error);
    /// Applies a node's build options to an index that has no vectors yet (a
    /// retrieve node opened it first); efSearch applies to any index. False when
    /// the index already has another dimension.
    bool configure(const VectorIndexOptions &options, std::string *error);

    /// Inserts or replaces the entry `id`. False (nothing changed) when the
    /// vector's dimension differs from the index's, or it has zero length or a
    /// non-finite component.
    bool upsert(const std::string &id, std::span<const float> vector, std::string text, nlohmann::json metadata,
                std::string *error);
    /// The `k` entries nearest to `query` by cosine similarity, best first, with
    /// score >= minScore. False when the query's dimension is wrong.
    bool search(std::span<const float> query, size_t k, double minScore, std::vector<VectorHit> *hits,
                std::string *error) const;
    /// Exact top-k by scanning every entry (reference for tests and the benchmark).
    bool bruteForceSearch(std::span<const float> query, size_t k, std::vector<VectorHit> *hits,
                          std::string *error) const;

    /// Writes the index if it changed since the last save (see the class comment).
    bool save(std::string *error);

    const std::string &path() const { return m_path; }
    size_t size() const;
    size_t dimension() const;
    bool dirty() const;
    VectorIndexOptions options() const;
    std::uint64_t generation() const;

    /// A JSON array of numbers (an `embed` result) as floats; false with a message
    /// when it is missing, empty or holds anything but numbers.
    static bool vectorFromJson(const nlohmann::json *value, std::vector<float> &out, std::string *error);

    /// The HNSW graph file of a save generation.
    static std::string graphPath(const std::string &path, std::uint64_t generation);

private:
    struct Entry {
        std::string id;
        std::string text;
        nlohmann::json metadata;
    };
    bool createGraph(size_t dimension, std::string *error);
    bool normalised(std::span<const float> in, std::vector<float> &out, std::string *error) const;
    void removeStaleGraphs() const;

    std::string m_path;
    VectorIndexOptions m_options;
    mutable std::shared_mutex m_mutex;
    std::unique_ptr<VectorIndexSpace> m_space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> m_graph;
    std::vector<Entry> m_entries; // by label
    std::unordered_map<std::string, size_t> m_labels;
    std::uint64_t m_generation = 0;
    bool m_dirty = false;
};

} // namespace pipeline::runtime
