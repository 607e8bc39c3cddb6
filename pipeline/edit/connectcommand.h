#pragma once

#include "pipeline/edit/editcommand.h"

#include <vector>

namespace pipeline::edit {

/// Connects an output port to an input port. When the input accepts only one
/// edge (`replaceExisting`), the edges already into that port are removed in the
/// same step, so undo brings the old wire back.
class ConnectCommand : public EditCommand {
public:
    ConnectCommand(const Graph &graph, PortRef from, PortRef to, bool replaceExisting, std::string text = {});

    const Edge &edge() const { return m_edge; }
    const std::vector<Edge> &replaced() const { return m_replaced; }

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    Edge m_edge;
    std::vector<Edge> m_replaced;
};

} // namespace pipeline::edit
