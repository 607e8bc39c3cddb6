#include "pipeline/core/graphalgorithms.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>

namespace pipeline {

namespace {

using Adjacency = std::map<std::string, std::set<std::string>, std::less<>>;

// Successor (or predecessor) sets over known nodes only; parallel edges collapse.
Adjacency adjacency(const Graph &graph, bool forward)
{
    Adjacency adj;
    for (const auto &[id, node] : graph.nodes())
        adj[id];
    for (const auto &[id, e] : graph.edges()) {
        if (!graph.node(e.from.node) || !graph.node(e.to.node))
            continue;
        if (forward)
            adj[e.from.node].insert(e.to.node);
        else
            adj[e.to.node].insert(e.from.node);
    }
    return adj;
}

std::set<std::string> reach(const Adjacency &adj, const std::vector<std::string> &starts, bool includeStarts)
{
    std::set<std::string> seen;
    std::vector<std::string> stack;
    for (const auto &s : starts) {
        if (includeStarts)
            seen.insert(s);
        stack.push_back(s);
    }
    while (!stack.empty()) {
        std::string current = std::move(stack.back());
        stack.pop_back();
        auto it = adj.find(current);
        if (it == adj.end())
            continue;
        for (const auto &next : it->second) {
            if (seen.insert(next).second)
                stack.push_back(next);
        }
    }
    return seen;
}

} // namespace

std::vector<std::string> TopologicalOrder::all() const
{
    std::vector<std::string> out = order;
    out.insert(out.end(), blocked.begin(), blocked.end());
    return out;
}

TopologicalOrder topologicalOrder(const Graph &graph)
{
    const Adjacency successors = adjacency(graph, true);
    std::map<std::string, int, std::less<>> indegree;
    for (const auto &[id, next] : successors) {
        indegree.try_emplace(id, 0);
        for (const auto &n : next)
            ++indegree[n];
    }
    // Kahn's algorithm with a min-heap so equal-rank nodes come out by id.
    std::priority_queue<std::string, std::vector<std::string>, std::greater<>> ready;
    for (const auto &[id, d] : indegree)
        if (d == 0)
            ready.push(id);
    TopologicalOrder result;
    while (!ready.empty()) {
        std::string id = ready.top();
        ready.pop();
        for (const auto &n : successors.find(id)->second)
            if (--indegree[n] == 0)
                ready.push(n);
        result.order.push_back(std::move(id));
    }
    for (const auto &[id, d] : indegree)
        if (d > 0)
            result.blocked.push_back(id);
    return result;
}

std::vector<std::vector<std::string>> findCycles(const Graph &graph)
{
    // Tarjan's strongly connected components: every component with more than one
    // node, or with a self-loop, holds at least one cycle; report one per component.
    // Only nodes the topological sort could not place can lie on a cycle, so long
    // acyclic chains cost nothing here.
    const TopologicalOrder topo = topologicalOrder(graph);
    if (topo.complete())
        return {};
    const std::set<std::string> blocked(topo.blocked.begin(), topo.blocked.end());
    const Adjacency successors = adjacency(graph, true);
    std::map<std::string, int, std::less<>> index, low;
    std::set<std::string> onStack;
    std::vector<std::string> stack;
    std::vector<std::set<std::string>> components;
    int counter = 0;

    // Iterative, so a cycle through thousands of nodes cannot exhaust the stack.
    struct Frame {
        std::string node;
        std::set<std::string>::const_iterator next;
    };
    auto strongConnect = [&](const std::string &root) {
        std::vector<Frame> frames;
        auto enter = [&](const std::string &v) {
            index[v] = low[v] = counter++;
            stack.push_back(v);
            onStack.insert(v);
            frames.push_back({v, successors.find(v)->second.begin()});
        };
        enter(root);
        while (!frames.empty()) {
            Frame &frame = frames.back();
            const std::string v = frame.node;
            const auto &next = successors.find(v)->second;
            if (frame.next != next.end()) {
                const std::string w = *frame.next++;
                if (!blocked.count(w))
                    continue;
                if (!index.count(w))
                    enter(w);
                else if (onStack.count(w))
                    low[v] = std::min(low[v], index[w]);
                continue;
            }
            frames.pop_back();
            if (!frames.empty())
                low[frames.back().node] = std::min(low[frames.back().node], low[v]);
            if (low[v] != index[v])
                continue;
            std::set<std::string> component;
            std::string w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack.erase(w);
                component.insert(w);
            } while (w != v);
            const bool selfLoop = next.count(v) > 0;
            if (component.size() > 1 || selfLoop)
                components.push_back(std::move(component));
        }
    };
    for (const auto &id : topo.blocked)
        if (!index.count(id))
            strongConnect(id);

    std::vector<std::vector<std::string>> cycles;
    for (const auto &component : components) {
        // Walk from the smallest id, always to the smallest successor inside the
        // component, with a BFS back to the start: a shortest cycle through it.
        const std::string &start = *component.begin();
        std::map<std::string, std::string> parent;
        std::queue<std::string> queue;
        queue.push(start);
        std::string last;
        while (!queue.empty() && last.empty()) {
            std::string v = queue.front();
            queue.pop();
            for (const auto &w : successors.find(v)->second) {
                if (!component.count(w))
                    continue;
                if (w == start) {
                    last = v;
                    break;
                }
                if (!parent.count(w)) {
                    parent[w] = v;
                    queue.push(w);
                }
            }
        }
        std::vector<std::string> cycle;
        for (std::string v = last; v != start; v = parent[v])
            cycle.push_back(v);
        cycle.push_back(start);
        std::reverse(cycle.begin(), cycle.end());
        cycles.push_back(std::move(cycle));
    }
    std::sort(cycles.begin(), cycles.end());
    return cycles;
}

std::vector<std::string> findCycle(const Graph &graph)
{
    auto cycles = findCycles(graph);
    return cycles.empty() ? std::vector<std::string>{} : cycles.front();
}

std::vector<std::string> sourceNodes(const Graph &graph, const Catalog &catalog)
{
    std::vector<std::string> out;
    for (const auto &[id, node] : graph.nodes()) {
        const NodeType *type = catalog.find(node.kind);
        if (type && type->category == Category::Source)
            out.push_back(id);
    }
    return out;
}

std::set<std::string> reachableFromSources(const Graph &graph, const Catalog &catalog)
{
    return reach(adjacency(graph, true), sourceNodes(graph, catalog), true);
}

std::set<std::string> upstreamOf(const Graph &graph, std::string_view nodeId)
{
    return reach(adjacency(graph, false), {std::string(nodeId)}, false);
}

std::set<std::string> downstreamOf(const Graph &graph, std::string_view nodeId)
{
    return reach(adjacency(graph, true), {std::string(nodeId)}, false);
}

} // namespace pipeline
