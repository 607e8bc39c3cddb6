#include "pipeline/core/graph.h"

namespace pipeline {

const nlohmann::json *Node::parameter(std::string_view key) const
{
    if (!parameters.is_object())
        return nullptr;
    auto it = parameters.find(key);
    return it == parameters.end() || it->is_null() ? nullptr : &*it;
}

std::string Node::stringParameter(std::string_view key, std::string_view fallback) const
{
    const auto *value = parameter(key);
    return value && value->is_string() ? value->get<std::string>() : std::string(fallback);
}

const Node *Graph::node(std::string_view id) const
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &it->second;
}

Node *Graph::node(std::string_view id)
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &it->second;
}

const Edge *Graph::edge(std::string_view id) const
{
    auto it = m_edges.find(id);
    return it == m_edges.end() ? nullptr : &it->second;
}

void Graph::putNode(Node node)
{
    std::string id = node.id;
    m_nodes.insert_or_assign(std::move(id), std::move(node));
}

std::optional<Node> Graph::takeNode(std::string_view id)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return std::nullopt;
    Node taken = std::move(it->second);
    m_nodes.erase(it);
    return taken;
}

void Graph::putEdge(Edge edge)
{
    std::string id = edge.id;
    m_edges.insert_or_assign(std::move(id), std::move(edge));
}

std::optional<Edge> Graph::takeEdge(std::string_view id)
{
    auto it = m_edges.find(id);
    if (it == m_edges.end())
        return std::nullopt;
    Edge taken = std::move(it->second);
    m_edges.erase(it);
    return taken;
}

std::vector<const Edge *> Graph::edgesOf(std::string_view nodeId) const
{
    std::vector<const Edge *> out;
    for (const auto &[id, e] : m_edges)
        if (e.from.node == nodeId || e.to.node == nodeId)
            out.push_back(&e);
    return out;
}

std::vector<const Edge *> Graph::edgesInto(std::string_view nodeId, std::string_view port) const
{
    std::vector<const Edge *> out;
    for (const auto &[id, e] : m_edges)
        if (e.to.node == nodeId && (port.empty() || e.to.port == port))
            out.push_back(&e);
    return out;
}

std::vector<const Edge *> Graph::edgesFrom(std::string_view nodeId, std::string_view port) const
{
    std::vector<const Edge *> out;
    for (const auto &[id, e] : m_edges)
        if (e.from.node == nodeId && (port.empty() || e.from.port == port))
            out.push_back(&e);
    return out;
}

std::string Graph::uniqueNodeId(std::string_view base) const
{
    std::string stem = base.empty() ? std::string("node") : std::string(base);
    for (int i = 1;; ++i) {
        std::string candidate = stem + "-" + std::to_string(i);
        if (!m_nodes.count(candidate))
            return candidate;
    }
}

std::string Graph::edgeIdFor(const PortRef &from, const PortRef &to)
{
    return from.node + ":" + from.port + "->" + to.node + ":" + to.port;
}

} // namespace pipeline
