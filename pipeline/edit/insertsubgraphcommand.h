#pragma once

#include "pipeline/edit/editcommand.h"

#include <vector>

namespace pipeline::edit {

/// Adds nodes and the edges among (or to) them: a new node from the palette,
/// a paste, a duplicate. Ids must not exist yet; see preparePaste() for fresh ids.
class InsertSubgraphCommand : public EditCommand {
public:
    InsertSubgraphCommand(std::vector<Node> nodes, std::vector<Edge> edges, std::string text = {});

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace pipeline::edit
