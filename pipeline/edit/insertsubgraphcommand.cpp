#include "pipeline/edit/insertsubgraphcommand.h"

namespace pipeline::edit {

namespace {
std::string defaultText(const std::vector<Node> &nodes)
{
    if (nodes.size() == 1)
        return "Add " + (nodes.front().label.empty() ? nodes.front().kind : nodes.front().label);
    return "Add " + std::to_string(nodes.size()) + " Nodes";
}
} // namespace

InsertSubgraphCommand::InsertSubgraphCommand(std::vector<Node> nodes, std::vector<Edge> edges, std::string text)
    : EditCommand(text.empty() ? defaultText(nodes) : std::move(text))
    , m_nodes(std::move(nodes))
    , m_edges(std::move(edges))
{}

void InsertSubgraphCommand::doApply(Graph &graph, ChangeSet &changes)
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

void InsertSubgraphCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    for (auto it = m_edges.rbegin(); it != m_edges.rend(); ++it) {
        graph.takeEdge(it->id);
        changes.edgesRemoved.push_back(it->id);
    }
    for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it) {
        graph.takeNode(it->id);
        changes.nodesRemoved.push_back(it->id);
    }
}

} // namespace pipeline::edit
