#include "pipeline/edit/connectcommand.h"

namespace pipeline::edit {

ConnectCommand::ConnectCommand(const Graph &graph, PortRef from, PortRef to, bool replaceExisting, std::string text)
    : EditCommand(text.empty() ? std::string("Connect") : std::move(text))
{
    m_edge.id = Graph::edgeIdFor(from, to);
    m_edge.from = std::move(from);
    m_edge.to = std::move(to);
    if (replaceExisting)
        for (const Edge *edge : graph.edgesInto(m_edge.to.node, m_edge.to.port))
            if (edge->id != m_edge.id)
                m_replaced.push_back(*edge);
}

void ConnectCommand::doApply(Graph &graph, ChangeSet &changes)
{
    for (const Edge &edge : m_replaced)
        if (graph.takeEdge(edge.id))
            changes.edgesRemoved.push_back(edge.id);
    // Reconnecting an existing wire replaces it; remove first so observers see a clean add.
    if (graph.edge(m_edge.id))
        changes.edgesRemoved.push_back(m_edge.id);
    graph.putEdge(m_edge);
    changes.edgesAdded.push_back(m_edge.id);
}

void ConnectCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    graph.takeEdge(m_edge.id);
    changes.edgesRemoved.push_back(m_edge.id);
    for (const Edge &edge : m_replaced) {
        graph.putEdge(edge);
        changes.edgesAdded.push_back(edge.id);
    }
}

} // namespace pipeline::edit
