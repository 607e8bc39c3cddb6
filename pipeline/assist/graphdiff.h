#pragma once

#include "pipeline/core/graph.h"

#include <string>
#include <vector>

namespace pipeline::assist {

/// What changed in one node that exists on both sides.
struct NodeChange {
    std::string id;
    bool kindChanged = false;
    bool labelChanged = false;
    /// Parameter keys added, removed or given another value, sorted.
    std::vector<std::string> parameters;
};

/// The reviewable difference between a graph and a proposed replacement: what
/// the assistant's preview marks and what Apply will do. Nodes and edges are
/// matched by id; positions are ignored (layout is not a change a user reviews).
struct GraphDiff {
    std::vector<std::string> nodesAdded;
    std::vector<std::string> nodesRemoved;
    std::vector<NodeChange> nodesChanged;
    std::vector<std::string> edgesAdded;
    std::vector<std::string> edgesRemoved;
    /// Name, description or settings differ.
    bool propertiesChanged = false;

    bool empty() const
    {
        return nodesAdded.empty() && nodesRemoved.empty() && nodesChanged.empty() && edgesAdded.empty()
               && edgesRemoved.empty() && !propertiesChanged;
    }
    const NodeChange *change(const std::string &nodeId) const;
    /// "2 nodes added (a, b), 1 removed (c), 1 changed (d: condition), 3 edges added, 1 removed".
    std::string summary() const;
};

/// Everything, sorted by id, that turns `before` into `after`.
GraphDiff diffGraphs(const Graph &before, const Graph &after);

} // namespace pipeline::assist
