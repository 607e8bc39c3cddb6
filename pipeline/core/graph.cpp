#include "pipeline/core/graph.h"

#include <algorithm>

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

Graph::Graph(const Graph &other)
    : name(other.name), description(other.description), settings(other.settings), extra(other.extra),
      m_nodes(other.m_nodes), m_edges(other.m_edges)
{
    for (const auto &[id, e] : m_edges)
        indexEdge(e);
}

Graph &Graph::operator=(const Graph &other)
{
    if (this != &other) {
        Graph copy(other);
        *this = std::move(copy);
    }
    return *this;
}

bool Graph::operator==(const Graph &other) const
{
    return name == other.name && description == other.description && settings == other.settings
        && extra == other.extra && m_nodes == other.m_nodes && m_edges == other.m_edges;
}

void Graph::indexEdge(const Edge &edge)
{
    auto insertSorted = [&](std::vector<const Edge *> &list) {
        auto it = std::lower_bound(list.begin(), list.end(), &edge,
                                   [](const Edge *a, const Edge *b) { return a->id < b->id; });
        list.insert(it, &edge);
    };
    insertSorted(m_outgoing[edge.from.node]);
    insertSorted(m_incoming[edge.to.node]);
}

void Graph::unindexEdge(const Edge &edge)
{
    auto erase = [&](EdgeIndex &index, const std::string &nodeId) {
        auto it = index.find(nodeId);
        if (it == index.end())
            return;
        std::erase(it->second, &edge);
        if (it->second.empty())
            index.erase(it);
    };
    erase(m_outgoing, edge.from.node);
    erase(m_incoming, edge.to.node);
}

void Graph::putEdge(Edge edge)
{
    auto existing = m_edges.find(edge.id);
    if (existing != m_edges.end()) {
        unindexEdge(existing->second);
        existing->second = std::move(edge);
        indexEdge(existing->second);
        return;
    }
    std::string id = edge.id;
    auto [it, inserted] = m_edges.emplace(std::move(id), std::move(edge));
    indexEdge(it->second);
}

std::optional<Edge> Graph::takeEdge(std::string_view id)
{
    auto it = m_edges.find(id);
    if (it == m_edges.end())
        return std::nullopt;
    unindexEdge(it->second);
    Edge taken = std::move(it->second);
    m_edges.erase(it);
    return taken;
}

std::vector<const Edge *> Graph::filterPort(const EdgeIndex &index, std::string_view nodeId, std::string_view port,
                                            bool byTarget)
{
    auto it = index.find(nodeId);
    if (it == index.end())
        return {};
    if (port.empty())
        return it->second;
    std::vector<const Edge *> out;
    for (const Edge *e : it->second)
        if ((byTarget ? e->to.port : e->from.port) == port)
            out.push_back(e);
    return out;
}

std::vector<const Edge *> Graph::edgesOf(std::string_view nodeId) const
{
    std::vector<const Edge *> out = filterPort(m_outgoing, nodeId, {}, false);
    for (const Edge *e : filterPort(m_incoming, nodeId, {}, true))
        if (e->from.node != nodeId) // a self-loop is already listed
            out.push_back(e);
    std::sort(out.begin(), out.end(), [](const Edge *a, const Edge *b) { return a->id < b->id; });
    return out;
}

std::vector<const Edge *> Graph::edgesInto(std::string_view nodeId, std::string_view port) const
{
    return filterPort(m_incoming, nodeId, port, true);
}

std::vector<const Edge *> Graph::edgesFrom(std::string_view nodeId, std::string_view port) const
{
    return filterPort(m_outgoing, nodeId, port, false);
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
