#pragma once

#include "pipeline/edit/editcommand.h"

#include <set>
#include <vector>

namespace pipeline::edit {

/// Removes a selection: nodes with every edge touching them, plus edges picked
/// on their own ("Disconnect"). Revert puts back exactly what was removed.
class RemoveCommand : public EditCommand {
public:
    RemoveCommand(const Graph &graph, const std::set<std::string> &nodeIds,
                  const std::set<std::string> &edgeIds, std::string text = {});

    const std::vector<Node> &removedNodes() const { return m_nodes; }
    const std::vector<Edge> &removedEdges() const { return m_edges; }
    bool isObsolete() const override { return m_nodes.empty() && m_edges.empty(); }

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace pipeline::edit
