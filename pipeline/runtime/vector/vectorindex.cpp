#include "pipeline/runtime/vector/vectorindex.h"

#include "pipeline/runtime/vector/vectordot.h"

#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <queue>

#include <fcntl.h>
#include <unistd.h>

namespace pipeline::runtime {

// hnswlib's inner-product space over unit vectors (distance = 1 - cosine) with
// VectorDot's run-time-selected kernel. Lives here because hnswlib's headers
// define globals and may be included by one translation unit only.
class VectorIndexSpace : public hnswlib::SpaceInterface<float> {
public:
    explicit VectorIndexSpace(size_t dimension) : m_dimension(dimension) {}
    size_t get_data_size() override { return m_dimension * sizeof(float); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return &distance; }
    void *get_dist_func_param() override { return &m_dimension; }

private:
    static float distance(const void *a, const void *b, const void *dimension)
    {
        return 1.0f
            - VectorDot::dot(static_cast<const float *>(a), static_cast<const float *>(b),
                             *static_cast<const size_t *>(dimension));
    }
    size_t m_dimension;
};

namespace {

constexpr const char *formatName = "pipewright-vector-index";
constexpr int formatVersion = 1;
constexpr size_t initialCapacity = 1024;

// fsync a file (or directory) so a rename after it cannot expose unwritten data.
bool syncPath(const std::string &path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

std::string directoryOf(const std::string &path)
{
    std::filesystem::path p(path);
    return p.has_parent_path() ? p.parent_path().string() : std::string(".");
}

} // namespace

VectorIndex::VectorIndex(std::string path, VectorIndexOptions options)
    : m_path(std::move(path)), m_options(options)
{
    m_options.m = std::clamp<size_t>(m_options.m, 2, 200);
    m_options.efConstruction = std::max<size_t>(m_options.efConstruction, 1);
    m_options.efSearch = std::max<size_t>(m_options.efSearch, 1);
}

VectorIndex::~VectorIndex() = default;

bool VectorIndex::vectorFromJson(const nlohmann::json *value, std::vector<float> &out, std::string *error)
{
    auto fail = [&](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    if (!value || value->is_null())
        return fail("the embedding is missing");
    if (!value->is_array() || value->empty())
        return fail("the embedding is not a non-empty array of numbers");
    out.clear();
    out.reserve(value->size());
    for (size_t i = 0; i < value->size(); ++i) {
        const auto &x = (*value)[i];
        if (!x.is_number())
            return fail("the embedding's element " + std::to_string(i) + " is not a number");
        out.push_back(x.get<float>());
    }
    return true;
}

std::string VectorIndex::graphPath(const std::string &path, std::uint64_t generation)
{
    return path + "." + std::to_string(generation) + ".hnsw";
}

bool VectorIndex::createGraph(size_t dimension, std::string *error)
{
    try {
        m_space = std::make_unique<VectorIndexSpace>(dimension);
        m_graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(m_space.get(), initialCapacity, m_options.m,
                                                                     m_options.efConstruction);
        m_graph->setEf(m_options.efSearch);
        m_options.dimension = dimension;
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("cannot create the vector index: ") + e.what();
        m_space.reset();
        m_graph.reset();
        return false;
    }
}

bool VectorIndex::open(std::string *error)
{
    std::unique_lock lock(m_mutex);
    auto fail = [&](const std::string &message) {
        if (error)
            *error = "vector index " + m_path + ": " + message;
        return false;
    };
    std::ifstream in(m_path);
    if (!in) {
        if (std::filesystem::exists(m_path))
            return fail("cannot read the file");
        // A new index: created on the first upsert unless the dimension is known.
        return m_options.dimension == 0 || createGraph(m_options.dimension, error);
    }
    std::string line;
    if (!std::getline(in, line))
        return fail("the file is empty");
    nlohmann::json header = nlohmann::json::parse(line, nullptr, false);
    if (!header.is_object() || header.value("format", "") != formatName)
        return fail("not a Pipewright vector index (line 1)");
    if (header.value("version", 0) > formatVersion)
        return fail("written by a newer version (format version " + std::to_string(header.value("version", 0)) + ")");
    const size_t dimension = header.value("dimension", size_t(0));
    const size_t count = header.value("count", size_t(0));
    if (m_options.dimension && dimension && m_options.dimension != dimension)
        return fail("the file holds vectors of dimension " + std::to_string(dimension) + ", the node says "
                    + std::to_string(m_options.dimension));
    m_options.m = header.value("M", m_options.m);
    m_options.efConstruction = header.value("efConstruction", m_options.efConstruction);
    if (header.contains("efSearch") && header["efSearch"].is_number_unsigned())
        m_options.efSearch = std::max<size_t>(header["efSearch"].get<size_t>(), 1);
    m_generation = header.value("generation", std::uint64_t(0));

    std::vector<Entry> entries(count);
    std::unordered_map<std::string, size_t> labels;
    size_t lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        nlohmann::json item = nlohmann::json::parse(line, nullptr, false);
        if (!item.is_object() || !item.contains("label") || !item["label"].is_number_unsigned()
            || !item.contains("id") || !item["id"].is_string())
            return fail("malformed entry on line " + std::to_string(lineNo));
        const size_t label = item["label"].get<size_t>();
        if (label >= count)
            return fail("label " + std::to_string(label) + " out of range on line " + std::to_string(lineNo));
        Entry &e = entries[label];
        e.id = item["id"].get<std::string>();
        e.text = item.value("text", "");
        e.metadata = item.value("metadata", nlohmann::json::object());
        labels[e.id] = label;
    }
    if (labels.size() != count)
        return fail("the header announces " + std::to_string(count) + " entries, the file has "
                    + std::to_string(labels.size()));

    if (dimension == 0) {
        m_entries = std::move(entries);
        m_labels = std::move(labels);
        return true;
    }
    const std::string graph = graphPath(m_path, m_generation);
    try {
        m_space = std::make_unique<VectorIndexSpace>(dimension);
        m_graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(m_space.get(), graph, false,
                                                                     std::max(initialCapacity, count * 2));
    } catch (const std::exception &e) {
        m_space.reset();
        m_graph.reset();
        return fail("cannot load the graph file " + graph + ": " + e.what());
    }
    if (m_graph->cur_element_count != count) {
        m_space.reset();
        m_graph.reset();
        return fail("the graph file " + graph + " holds " + std::to_string(count)
                    + " vectors but the index lists a different number of entries");
    }
    m_graph->setEf(m_options.efSearch);
    m_options.dimension = dimension;
    m_entries = std::move(entries);
    m_labels = std::move(labels);
    lock.unlock();
    removeStaleGraphs();
    return true;
}

// Graph files of other generations are left over from a crash between writing a
// graph and committing the sidecar (or from the previous save); only the
// committed generation is ever read.
void VectorIndex::removeStaleGraphs() const
{
    std::error_code ec;
    const std::filesystem::path self(m_path);
    const std::string prefix = self.filename().string() + ".";
    const std::string keep = std::filesystem::path(graphPath(m_path, m_generation)).filename().string();
    for (const auto &entry : std::filesystem::directory_iterator(directoryOf(m_path), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > prefix.size() + 5 && name.starts_with(prefix) && name.ends_with(".hnsw") && name != keep) {
            const std::string middle = name.substr(prefix.size(), name.size() - prefix.size() - 5);
            if (!middle.empty() && std::all_of(middle.begin(), middle.end(), [](char c) { return c >= '0' && c <= '9'; }))
                std::filesystem::remove(entry.path(), ec);
        }
    }
}

bool VectorIndex::configure(const VectorIndexOptions &options, std::string *error)
{
    std::unique_lock lock(m_mutex);
    if (options.dimension && m_options.dimension && options.dimension != m_options.dimension) {
        if (error)
            *error = "vector index " + m_path + " has dimension " + std::to_string(m_options.dimension)
                + ", the node says " + std::to_string(options.dimension);
        return false;
    }
    m_options.efSearch = std::max<size_t>(options.efSearch, 1);
    if (m_graph) {
        m_graph->setEf(m_options.efSearch);
        return true;
    }
    m_options.m = std::clamp<size_t>(options.m, 2, 200);
    m_options.efConstruction = std::max<size_t>(options.efConstruction, 1);
    if (options.dimension && m_entries.empty())
        return createGraph(options.dimension, error);
    return true;
}

bool VectorIndex::normalised(std::span<const float> in, std::vector<float> &out, std::string *error) const
{
    if (in.size() != m_options.dimension) {
        if (error)
            *error = "the vector has " + std::to_string(in.size()) + " dimensions, the index '" + m_path + "' holds "
                + std::to_string(m_options.dimension);
        return false;
    }
    double norm = 0;
    for (float x : in) {
        if (!std::isfinite(x)) {
            if (error)
                *error = "the vector has a component that is not a finite number";
            return false;
        }
        norm += double(x) * double(x);
    }
    if (norm <= 0) {
        if (error)
            *error = "the vector has zero length (cosine similarity is undefined)";
        return false;
    }
    const double scale = 1.0 / std::sqrt(norm);
    out.resize(in.size());
    for (size_t i = 0; i < in.size(); ++i)
        out[i] = float(double(in[i]) * scale);
    return true;
}

bool VectorIndex::upsert(const std::string &id, std::span<const float> vector, std::string text,
                         nlohmann::json metadata, std::string *error)
{
    std::unique_lock lock(m_mutex);
    if (!m_graph && !createGraph(vector.size(), error))
        return false;
    std::vector<float> unit;
    if (!normalised(vector, unit, error))
        return false;
    size_t label;
    auto it = m_labels.find(id);
    if (it != m_labels.end()) {
        label = it->second;
    } else {
        label = m_entries.size();
        if (m_graph->cur_element_count >= m_graph->max_elements_)
            m_graph->resizeIndex(std::max(initialCapacity, m_graph->max_elements_ * 2));
    }
    try {
        bool same = false;
        if (it != m_labels.end()) {
            // A replay (a restart reading the topic again) upserts the same vector:
            // only the text and metadata can change, the graph stays as it is.
            auto internal = m_graph->label_lookup_.find(label);
            same = internal != m_graph->label_lookup_.end()
                && std::memcmp(m_graph->getDataByInternalId(internal->second), unit.data(), unit.size() * sizeof(float)) == 0;
        }
        // An existing label is updated in place (hnswlib repairs its neighbours).
        if (!same)
            m_graph->addPoint(unit.data(), label);
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("cannot add to the vector index: ") + e.what();
        return false;
    }
    if (it == m_labels.end()) {
        m_labels.emplace(id, label);
        m_entries.push_back({id, std::move(text), std::move(metadata)});
    } else {
        m_entries[label].text = std::move(text);
        m_entries[label].metadata = std::move(metadata);
    }
    m_dirty = true;
    return true;
}

bool VectorIndex::search(std::span<const float> query, size_t k, double minScore, std::vector<VectorHit> *hits,
                         std::string *error) const
{
    std::shared_lock lock(m_mutex);
    hits->clear();
    if (!m_graph || m_entries.empty() || k == 0)
        return true; // nothing indexed yet: no context, not an error
    std::vector<float> unit;
    if (!normalised(query, unit, error))
        return false;
    auto found = m_graph->searchKnn(unit.data(), std::min(k, m_entries.size()));
    hits->resize(found.size());
    // The queue pops the farthest first; fill from the back for best-first order.
    for (size_t i = found.size(); i-- > 0;) {
        const auto [distance, label] = found.top();
        found.pop();
        const Entry &e = m_entries[label];
        (*hits)[i] = {e.id, 1.0 - double(distance), e.text, e.metadata};
    }
    std::erase_if(*hits, [minScore](const VectorHit &h) { return h.score < minScore; });
    return true;
}

bool VectorIndex::bruteForceSearch(std::span<const float> query, size_t k, std::vector<VectorHit> *hits,
                                   std::string *error) const
{
    std::shared_lock lock(m_mutex);
    hits->clear();
    if (!m_graph || m_entries.empty() || k == 0)
        return true;
    std::vector<float> unit;
    if (!normalised(query, unit, error))
        return false;
    // Min-heap of the best k (score, internal id).
    using Scored = std::pair<double, size_t>;
    std::priority_queue<Scored, std::vector<Scored>, std::greater<>> best;
    const size_t n = m_graph->cur_element_count;
    for (size_t internal = 0; internal < n; ++internal) {
        const float *v = reinterpret_cast<const float *>(m_graph->getDataByInternalId(hnswlib::tableint(internal)));
        const double dot = VectorDot::dot(v, unit.data(), unit.size());
        if (best.size() < k)
            best.emplace(dot, internal);
        else if (dot > best.top().first)
            best.pop(), best.emplace(dot, internal);
    }
    hits->resize(best.size());
    for (size_t i = best.size(); i-- > 0;) {
        const auto [score, internal] = best.top();
        best.pop();
        const Entry &e = m_entries[m_graph->getExternalLabel(hnswlib::tableint(internal))];
        (*hits)[i] = {e.id, score, e.text, e.metadata};
    }
    return true;
}

bool VectorIndex::save(std::string *error)
{
    std::unique_lock lock(m_mutex);
    if (!m_dirty)
        return true;
    auto fail = [&](const std::string &message) {
        if (error)
            *error = "cannot save vector index " + m_path + ": " + message;
        return false;
    };
    std::error_code ec;
    const std::string directory = directoryOf(m_path);
    std::filesystem::create_directories(directory, ec);
    if (ec)
        return fail("cannot create directory " + directory + ": " + ec.message());

    const std::uint64_t generation = m_generation + 1;
    const std::string graph = graphPath(m_path, generation);
    if (m_graph) {
        try {
            m_graph->saveIndex(graph);
        } catch (const std::exception &e) {
            return fail(e.what());
        }
        // hnswlib's writer does not report errors: check that all of it arrived.
        const size_t expected = 13 * sizeof(size_t); // generous lower bound on the header
        if (std::filesystem::file_size(graph, ec) < expected || ec || !syncPath(graph, false)) {
            std::filesystem::remove(graph, ec);
            return fail("writing " + graph + " failed (disk full?)");
        }
    }
    const std::string temporary = m_path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        if (!out)
            return fail("cannot write " + temporary + ": " + std::strerror(errno));
        nlohmann::json header = {{"format", formatName},
                                 {"version", formatVersion},
                                 {"metric", "cosine"},
                                 {"dimension", m_options.dimension},
                                 {"M", m_options.m},
                                 {"efConstruction", m_options.efConstruction},
                                 {"efSearch", m_options.efSearch},
                                 {"count", m_entries.size()},
                                 {"generation", generation},
                                 {"graph", std::filesystem::path(graph).filename().string()}};
        out << header.dump() << '\n';
        for (size_t label = 0; label < m_entries.size(); ++label) {
            const Entry &e = m_entries[label];
            nlohmann::json item = {{"label", label}, {"id", e.id}, {"text", e.text}, {"metadata", e.metadata}};
            out << item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        }
        out.flush();
        if (!out)
            return fail("writing " + temporary + " failed (disk full?)");
    }
    if (!syncPath(temporary, false))
        return fail("cannot sync " + temporary);
    if (std::rename(temporary.c_str(), m_path.c_str()) != 0)
        return fail("cannot rename " + temporary + ": " + std::strerror(errno));
    syncPath(directory, true);
    const std::string previous = graphPath(m_path, m_generation);
    m_generation = generation;
    m_dirty = false;
    std::filesystem::remove(previous, ec);
    return true;
}

size_t VectorIndex::size() const
{
    std::shared_lock lock(m_mutex);
    return m_entries.size();
}

size_t VectorIndex::dimension() const
{
    std::shared_lock lock(m_mutex);
    return m_options.dimension;
}

bool VectorIndex::dirty() const
{
    std::shared_lock lock(m_mutex);
    return m_dirty;
}

VectorIndexOptions VectorIndex::options() const
{
    std::shared_lock lock(m_mutex);
    return m_options;
}

std::uint64_t VectorIndex::generation() const
{
    std::shared_lock lock(m_mutex);
    return m_generation;
}

} // namespace pipeline::runtime
