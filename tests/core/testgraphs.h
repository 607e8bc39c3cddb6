#pragma once

// Compact graphs for core tests:
//   {"nodes": {"id": ["kind", {parameters}], ...}, "edges": ["a:out->b:in", ...]}
// `patched` applies a JSON merge patch first (RFC 7396: null removes a node,
// "edges" is replaced as a whole), so a data row only states what differs.

#include "pipeline/core/graph.h"

#include <nlohmann/json.hpp>

#include <string>

namespace testgraphs {

inline pipeline::PortRef portRef(const std::string &text)
{
    const auto colon = text.find(':');
    return {text.substr(0, colon), colon == std::string::npos ? std::string() : text.substr(colon + 1)};
}

inline pipeline::Graph compactGraph(const nlohmann::json &spec)
{
    pipeline::Graph graph;
    graph.name = "test";
    const nlohmann::json nodes = spec.value("nodes", nlohmann::json::object());
    const nlohmann::json edges = spec.value("edges", nlohmann::json::array());
    for (const auto &[id, node] : nodes.items()) {
        pipeline::Node n;
        n.id = id;
        n.kind = node.at(0).get<std::string>();
        if (node.size() > 1)
            n.parameters = node.at(1);
        graph.putNode(std::move(n));
    }
    for (const auto &edge : edges) {
        const std::string text = edge.get<std::string>();
        const auto arrow = text.find("->");
        pipeline::Edge e;
        e.from = portRef(text.substr(0, arrow));
        e.to = portRef(text.substr(arrow + 2));
        e.id = pipeline::Graph::edgeIdFor(e.from, e.to);
        graph.putEdge(std::move(e));
    }
    return graph;
}

inline pipeline::Graph compactGraph(const std::string &text)
{
    return compactGraph(nlohmann::json::parse(text));
}

inline pipeline::Graph compactGraph(const char *text)
{
    return compactGraph(std::string(text));
}

inline pipeline::Graph patched(const std::string &base, const std::string &patch)
{
    auto spec = nlohmann::json::parse(base);
    if (!patch.empty())
        spec.merge_patch(nlohmann::json::parse(patch));
    return compactGraph(spec);
}

} // namespace testgraphs
