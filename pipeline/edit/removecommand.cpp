#include "pipeline/edit/removecommand.h"

namespace pipeline::edit {

namespace {
std::string defaultText(size_t nodes, size_t edges)
{
    if (nodes == 0)
        return edges == 1 ? "Disconnect" : "Remove " + std::to_string(edges) + " Connections";
    if (nodes == 1)
        return "Delete Node";
    return "Delete " + std::to_string(nodes) + " Nodes";
}
} // namespace

RemoveCommand::RemoveCommand(const Graph &graph, const std::set<std::string> &nodeIds,
                             const std::set<std::string> &edgeIds, std::string text)
    : EditCommand({})
{
    // Captured at construction: the selection is resolved against the graph the
    // user saw, and the same values restore it.
    std::set<std::string> edges;
    for (const auto &id : nodeIds) {
        if (const Node *node = graph.node(id)) {
            m_nodes.push_back(*node);
            for (const Edge *edge : graph.edgesOf(id))
                edges.insert(edge->id);
        }
    }
    for (const auto &id : edgeIds)
        if (graph.edge(id))
            edges.insert(id);
    for (const auto &id : edges)
        m_edges.push_back(*graph.edge(id));
    setText(text.empty() ? defaultText(m_nodes.size(), m_edges.size()) : std::move(text));
}

void RemoveCommand::doApply(Graph &graph, ChangeSet &changes)
{
    for (const Edge &edge : m_edges)
        if (graph.takeEdge(edge.id))
            changes.edgesRemoved.push_back(edge.id);
    for (const Node &node : m_nodes)
        if (graph.takeNode(node.id))
            changes.nodesRemoved.push_back(node.id);
}

void RemoveCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    for (const Node &node : m_nodes) {
        graph.putNode(node);
        changes.nodesAdded.push_back(node.id);
    }
    for (const Edge &edge : m_edges) {
        graph.putEdge(edge);
        changes.edgesAdded.push_back(edge.id);
    }
}

} // namespace pipeline::edit
