#include "pipeline/core/layeredlayout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <utility>
#include <vector>

namespace pipeline {

namespace {

// A vertex of the proper layered graph: a real node or a dummy on a long edge.
struct Vertex {
    int layer = 0;
    int real = -1; // index into the real nodes, -1 for a dummy
    double height = 0;
    double width = 0;
    double key = 0; // sort key during ordering
    double y = 0;   // top
    std::vector<int> up;   // neighbours in layer - 1
    std::vector<int> down; // neighbours in layer + 1
};

class Layouter {
public:
    Layouter(const Graph &graph, const LayeredLayout::Options &options)
        : m_graph(graph)
        , m_options(options)
    {}

    LayeredLayout::Result run();

private:
    void collect();
    void breakCycles();
    void assignLayers();
    void buildProperGraph();
    long countCrossings(const std::vector<std::vector<int>> &order) const;
    long countCrossingsBetween(const std::vector<int> &upper, const std::vector<int> &lower) const;
    void reduceCrossings(LayeredLayout::Result &result);
    void assignCoordinates();
    void placeLayer(const std::vector<int> &layer, const std::vector<double> &desiredCenter);
    double gapBetween(int a, int b) const;

    const Graph &m_graph;
    const LayeredLayout::Options &m_options;
    std::vector<const Node *> m_nodes;
    std::vector<std::pair<int, int>> m_edges; // after cycle breaking: from -> to
    std::vector<int> m_layerOf;
    std::vector<Vertex> m_vertices;
    std::vector<std::vector<int>> m_order; // per layer, vertex ids top to bottom
    std::vector<int> m_position;           // vertex -> index within its layer
};

void Layouter::collect()
{
    std::map<std::string_view, int> index;
    for (const auto &[id, node] : m_graph.nodes()) {
        index.emplace(id, int(m_nodes.size()));
        m_nodes.push_back(&node);
    }
    std::set<std::pair<int, int>> seen;
    for (const auto &[id, edge] : m_graph.edges()) {
        auto from = index.find(edge.from.node);
        auto to = index.find(edge.to.node);
        if (from == index.end() || to == index.end() || from->second == to->second)
            continue;
        if (seen.insert({from->second, to->second}).second)
            m_edges.emplace_back(from->second, to->second);
    }
}

void Layouter::breakCycles()
{
    // Iterative DFS; an edge to a vertex still on the stack closes a cycle and is
    // reversed so layering sees a DAG.
    const int n = int(m_nodes.size());
    std::vector<std::vector<int>> out(n);
    for (int e = 0; e < int(m_edges.size()); ++e)
        out[m_edges[e].first].push_back(e);
    std::vector<char> state(n, 0); // 0 new, 1 on stack, 2 done
    std::vector<std::pair<int, size_t>> stack;
    std::set<std::pair<int, int>> existing(m_edges.begin(), m_edges.end());
    for (int start = 0; start < n; ++start) {
        if (state[start])
            continue;
        stack.push_back({start, 0});
        state[start] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            if (next < out[v].size()) {
                int e = out[v][next++];
                int w = m_edges[e].second;
                if (state[w] == 0) {
                    state[w] = 1;
                    stack.push_back({w, 0});
                } else if (state[w] == 1) {
                    m_edges[e] = {w, v};
                }
            } else {
                state[v] = 2;
                stack.pop_back();
            }
        }
    }
    // Reversal can duplicate an existing opposite edge; duplicates add nothing.
    std::sort(m_edges.begin(), m_edges.end());
    m_edges.erase(std::unique(m_edges.begin(), m_edges.end()), m_edges.end());
}

void Layouter::assignLayers()
{
    const int n = int(m_nodes.size());
    std::vector<std::vector<int>> out(n);
    std::vector<int> indegree(n, 0);
    for (auto [u, v] : m_edges) {
        out[u].push_back(v);
        ++indegree[v];
    }
    m_layerOf.assign(n, 0);
    std::vector<int> queue;
    for (int v = 0; v < n; ++v)
        if (indegree[v] == 0)
            queue.push_back(v);
    for (size_t i = 0; i < queue.size(); ++i) {
        int u = queue[i];
        for (int v : out[u]) {
            m_layerOf[v] = std::max(m_layerOf[v], m_layerOf[u] + 1);
            if (--indegree[v] == 0)
                queue.push_back(v);
        }
    }
}

void Layouter::buildProperGraph()
{
    const int n = int(m_nodes.size());
    m_vertices.resize(n);
    int layers = 0;
    for (int v = 0; v < n; ++v) {
        LayeredLayout::Size size = m_options.sizeOf ? m_options.sizeOf(*m_nodes[v]) : LayeredLayout::Size{};
        m_vertices[v].layer = m_layerOf[v];
        m_vertices[v].real = v;
        m_vertices[v].width = size.width;
        m_vertices[v].height = size.height;
        m_vertices[v].key = m_nodes[v]->position.y;
        layers = std::max(layers, m_layerOf[v] + 1);
    }
    for (auto [u, v] : m_edges) {
        int previous = u;
        const int span = m_layerOf[v] - m_layerOf[u];
        for (int step = 1; step < span; ++step) {
            Vertex dummy;
            dummy.layer = m_layerOf[u] + step;
            // Start dummies between their ends so the initial order is sensible.
            double t = double(step) / span;
            dummy.key = m_nodes[u]->position.y * (1 - t) + m_nodes[v]->position.y * t;
            m_vertices.push_back(dummy);
            int d = int(m_vertices.size()) - 1;
            m_vertices[previous].down.push_back(d);
            m_vertices[d].up.push_back(previous);
            previous = d;
        }
        m_vertices[previous].down.push_back(v);
        m_vertices[v].up.push_back(previous);
    }
    m_order.assign(layers, {});
    for (int v = 0; v < int(m_vertices.size()); ++v)
        m_order[m_vertices[v].layer].push_back(v);
    m_position.assign(m_vertices.size(), 0);
    for (auto &layer : m_order) {
        std::stable_sort(layer.begin(), layer.end(),
                         [&](int a, int b) { return m_vertices[a].key < m_vertices[b].key; });
        for (int i = 0; i < int(layer.size()); ++i)
            m_position[layer[i]] = i;
    }
}

long Layouter::countCrossingsBetween(const std::vector<int> &upper, const std::vector<int> &lower) const
{
    // Sort edges by upper position, then count inversions of lower positions
    // with a Fenwick tree: O(E log V).
    std::vector<std::pair<int, int>> pairs;
    for (int u : upper)
        for (int w : m_vertices[u].down)
            pairs.emplace_back(m_position[u], m_position[w]);
    std::sort(pairs.begin(), pairs.end());
    std::vector<int> tree(lower.size() + 1, 0);
    long crossings = 0;
    long inserted = 0;
    for (auto [a, b] : pairs) {
        (void)a;
        long notGreater = 0;
        for (int i = b + 1; i > 0; i -= i & -i)
            notGreater += tree[i];
        crossings += inserted - notGreater;
        for (int i = b + 1; i <= int(lower.size()); i += i & -i)
            ++tree[i];
        ++inserted;
    }
    return crossings;
}

long Layouter::countCrossings(const std::vector<std::vector<int>> &order) const
{
    long total = 0;
    for (size_t l = 0; l + 1 < order.size(); ++l)
        total += countCrossingsBetween(order[l], order[l + 1]);
    return total;
}

void Layouter::reduceCrossings(LayeredLayout::Result &result)
{
    result.crossingsBefore = countCrossings(m_order);
    long best = result.crossingsBefore;
    auto bestOrder = m_order;

    auto sweepLayer = [&](std::vector<int> &layer, bool useUp) {
        for (int v : layer) {
            const auto &neighbours = useUp ? m_vertices[v].up : m_vertices[v].down;
            if (neighbours.empty()) {
                m_vertices[v].key = m_position[v]; // no pull: stay put
                continue;
            }
            double sum = 0;
            for (int w : neighbours)
                sum += m_position[w];
            m_vertices[v].key = sum / neighbours.size();
        }
        std::stable_sort(layer.begin(), layer.end(),
                         [&](int a, int b) { return m_vertices[a].key < m_vertices[b].key; });
        for (int i = 0; i < int(layer.size()); ++i)
            m_position[layer[i]] = i;
    };

    for (int sweep = 0; sweep < m_options.sweeps && best > 0; ++sweep) {
        for (size_t l = 1; l < m_order.size(); ++l)
            sweepLayer(m_order[l], true);
        for (size_t l = m_order.size(); l-- > 1;)
            sweepLayer(m_order[l - 1], false);
        long crossings = countCrossings(m_order);
        if (crossings < best) {
            best = crossings;
            bestOrder = m_order;
        }
    }
    m_order = std::move(bestOrder);
    for (auto &layer : m_order)
        for (int i = 0; i < int(layer.size()); ++i)
            m_position[layer[i]] = i;
    result.crossingsAfter = best;
}

double Layouter::gapBetween(int a, int b) const
{
    const bool dummyA = m_vertices[a].real < 0;
    const bool dummyB = m_vertices[b].real < 0;
    if (dummyA && dummyB)
        return m_options.nodeGap / 4;
    if (dummyA || dummyB)
        return m_options.nodeGap / 2;
    return m_options.nodeGap;
}

void Layouter::placeLayer(const std::vector<int> &layer, const std::vector<double> &desiredCenter)
{
    // Closest tops (least squares) to the desired ones that keep the order and the
    // gaps: shift out the cumulative offsets, then pool adjacent violators.
    const size_t n = layer.size();
    std::vector<double> offset(n, 0), z(n);
    for (size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + m_vertices[layer[i - 1]].height + gapBetween(layer[i - 1], layer[i]);
    for (size_t i = 0; i < n; ++i)
        z[i] = desiredCenter[i] - m_vertices[layer[i]].height / 2 - offset[i];
    struct Block { double sum; int count; };
    std::vector<Block> blocks;
    for (size_t i = 0; i < n; ++i) {
        blocks.push_back({z[i], 1});
        while (blocks.size() > 1) {
            Block &last = blocks.back();
            Block &prev = blocks[blocks.size() - 2];
            if (prev.sum / prev.count <= last.sum / last.count)
                break;
            prev.sum += last.sum;
            prev.count += last.count;
            blocks.pop_back();
        }
    }
    size_t i = 0;
    for (const Block &block : blocks) {
        const double value = block.sum / block.count;
        for (int k = 0; k < block.count; ++k, ++i)
            m_vertices[layer[i]].y = value + offset[i];
    }
}

void Layouter::assignCoordinates()
{
    auto center = [&](int v) { return m_vertices[v].y + m_vertices[v].height / 2; };
    // Start stacked, then alternate pulls towards the previous and the next layer.
    for (const auto &layer : m_order) {
        double y = 0;
        for (size_t i = 0; i < layer.size(); ++i) {
            if (i > 0)
                y += gapBetween(layer[i - 1], layer[i]);
            m_vertices[layer[i]].y = y;
            y += m_vertices[layer[i]].height;
        }
    }
    auto pull = [&](const std::vector<int> &layer, bool useUp, bool useDown) {
        std::vector<double> desired(layer.size());
        for (size_t i = 0; i < layer.size(); ++i) {
            const Vertex &v = m_vertices[layer[i]];
            double sum = 0;
            int count = 0;
            if (useUp)
                for (int w : v.up) { sum += center(w); ++count; }
            if (useDown)
                for (int w : v.down) { sum += center(w); ++count; }
            desired[i] = count ? sum / count : center(layer[i]);
        }
        placeLayer(layer, desired);
    };
    for (int round = 0; round < 4; ++round) {
        for (size_t l = 1; l < m_order.size(); ++l)
            pull(m_order[l], true, false);
        for (size_t l = m_order.size(); l-- > 1;)
            pull(m_order[l - 1], false, true);
    }
    for (size_t l = 0; l < m_order.size(); ++l)
        pull(m_order[l], true, true);
}

LayeredLayout::Result Layouter::run()
{
    LayeredLayout::Result result;
    collect();
    if (m_nodes.empty())
        return result;
    breakCycles();
    assignLayers();
    buildProperGraph();
    result.layers = int(m_order.size());
    reduceCrossings(result);
    assignCoordinates();

    double originX = std::numeric_limits<double>::max();
    double originY = std::numeric_limits<double>::max();
    for (const Node *node : m_nodes) {
        originX = std::min(originX, node->position.x);
        originY = std::min(originY, node->position.y);
    }
    std::vector<double> layerX(m_order.size(), 0);
    double x = 0;
    for (size_t l = 0; l < m_order.size(); ++l) {
        layerX[l] = x;
        double width = 0;
        for (int v : m_order[l])
            width = std::max(width, m_vertices[v].width);
        x += width + m_options.layerGap;
    }
    double minY = std::numeric_limits<double>::max();
    for (const Vertex &v : m_vertices)
        if (v.real >= 0)
            minY = std::min(minY, v.y);
    for (const Vertex &v : m_vertices) {
        if (v.real < 0)
            continue;
        // Rounded like the file writer does, so a saved layout reloads identically.
        result.positions[m_nodes[v.real]->id] = {std::round(originX + layerX[v.layer]),
                                                 std::round(originY + v.y - minY)};
    }
    return result;
}

} // namespace

LayeredLayout::Result LayeredLayout::compute(const Graph &graph, const Options &options)
{
    return Layouter(graph, options).run();
}

} // namespace pipeline
