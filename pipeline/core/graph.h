#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

struct Position {
    double x = 0;
    double y = 0;
    bool operator==(const Position &) const = default;
};

/// One step of a pipeline. `parameters` hold the values of the parameters the
/// node's catalog descriptor declares (JSON types: string, number, bool, arrays of
/// objects for list parameters). `extra` keeps fields of the node object that this
/// version does not know, so a newer file survives a load/save by an older build.
struct Node {
    std::string id;
    std::string kind;
    std::string label;
    Position position;
    nlohmann::json parameters = nlohmann::json::object();
    nlohmann::json extra = nlohmann::json::object();

    /// Parameter value or nullptr when unset.
    const nlohmann::json *parameter(std::string_view key) const;
    /// Parameter as string, or `fallback` when unset or not a string.
    std::string stringParameter(std::string_view key, std::string_view fallback = {}) const;

    bool operator==(const Node &) const = default;
};

/// One end of an edge: a node id and a port key of that node's descriptor.
struct PortRef {
    std::string node;
    std::string port;
    bool operator==(const PortRef &) const = default;
    auto operator<=>(const PortRef &) const = default;
};

/// A connection from an output port to an input port.
struct Edge {
    std::string id;
    PortRef from;
    PortRef to;
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Edge &) const = default;
};

/// A pipeline: nodes and edges addressed by stable string ids, kept sorted by id
/// (std::map) so iteration, files and generated SQL are deterministic.
/// The Graph itself does no validation; see validator.h. Documents change it only
/// through pipeline/edit commands.
class Graph {
public:
    Graph() = default;
    Graph(const Graph &other);
    Graph &operator=(const Graph &other);
    Graph(Graph &&other) noexcept = default;
    Graph &operator=(Graph &&other) noexcept = default;

    std::string name;
    std::string description;
    /// Pipeline-wide settings (e.g. consumer group, default error policy).
    nlohmann::json settings = nlohmann::json::object();
    /// Unknown top-level fields, kept for round trips.
    nlohmann::json extra = nlohmann::json::object();

    const std::map<std::string, Node, std::less<>> &nodes() const { return m_nodes; }
    const std::map<std::string, Edge, std::less<>> &edges() const { return m_edges; }

    const Node *node(std::string_view id) const;
    Node *node(std::string_view id);
    const Edge *edge(std::string_view id) const;

    /// Inserts or replaces the node with this id.
    void putNode(Node node);
    /// Removes the node only (not its edges); returns the removed node.
    std::optional<Node> takeNode(std::string_view id);
    /// Inserts or replaces the edge with this id.
    void putEdge(Edge edge);
    std::optional<Edge> takeEdge(std::string_view id);

    /// Edges touching a node, in id order.
    std::vector<const Edge *> edgesOf(std::string_view nodeId) const;
    std::vector<const Edge *> edgesInto(std::string_view nodeId, std::string_view port = {}) const;
    std::vector<const Edge *> edgesFrom(std::string_view nodeId, std::string_view port = {}) const;

    /// A node id not yet used: "<base>-1", "<base>-2", ... (base is usually the kind).
    std::string uniqueNodeId(std::string_view base) const;
    /// The canonical id of an edge between two ports: "from.node:port->to.node:port".
    static std::string edgeIdFor(const PortRef &from, const PortRef &to);

    bool empty() const { return m_nodes.empty() && m_edges.empty(); }
    bool operator==(const Graph &other) const;

private:
    using EdgeIndex = std::map<std::string, std::vector<const Edge *>, std::less<>>;
    void indexEdge(const Edge &edge);
    void unindexEdge(const Edge &edge);
    static std::vector<const Edge *> filterPort(const EdgeIndex &index, std::string_view nodeId, std::string_view port,
                                                bool byTarget);

    std::map<std::string, Node, std::less<>> m_nodes;
    std::map<std::string, Edge, std::less<>> m_edges;
    // Edges by source / target node id (pointers into m_edges, whose nodes are
    // stable), kept sorted by edge id. Lookups by node stay O(degree) — validation
    // and the editor ask for them per node, which made whole-graph passes quadratic.
    EdgeIndex m_outgoing;
    EdgeIndex m_incoming;
};

} // namespace pipeline
