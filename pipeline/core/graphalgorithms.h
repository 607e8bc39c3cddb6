#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/graph.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// Result of a topological sort. `order` lists every node that is not on or
/// behind a cycle, dependencies first, ties broken by node id (deterministic);
/// `blocked` holds the rest in id order. Edges naming unknown nodes are ignored.
struct TopologicalOrder {
    std::vector<std::string> order;
    std::vector<std::string> blocked;
    bool complete() const { return blocked.empty(); }
    /// order followed by blocked: every node once, for passes that must visit all.
    std::vector<std::string> all() const;
};

TopologicalOrder topologicalOrder(const Graph &graph);

/// The nodes of one cycle in edge order (first node = smallest id on it), or
/// empty when the graph is acyclic. A self-loop is a cycle of one node.
std::vector<std::string> findCycle(const Graph &graph);
/// Every distinct cycle's node list (each as findCycle orders it), by first node.
std::vector<std::vector<std::string>> findCycles(const Graph &graph);

/// Nodes whose kind is in the source category, in id order.
std::vector<std::string> sourceNodes(const Graph &graph, const Catalog &catalog = Catalog::builtin());
/// Nodes reachable along edges from any source node (sources included).
std::set<std::string> reachableFromSources(const Graph &graph, const Catalog &catalog = Catalog::builtin());
/// Nodes with a path to `nodeId` (excluding it unless it is on a cycle).
std::set<std::string> upstreamOf(const Graph &graph, std::string_view nodeId);
/// Nodes reachable from `nodeId` (excluding it unless it is on a cycle).
std::set<std::string> downstreamOf(const Graph &graph, std::string_view nodeId);

} // namespace pipeline
