#pragma once

#include "pipeline/core/graph.h"

// Small hand-made graphs shared by the edit tests (no catalog needed).
namespace testgraphs {

inline pipeline::Node node(const std::string &id, const std::string &kind, double x = 0, double y = 0)
{
    pipeline::Node n;
    n.id = id;
    n.kind = kind;
    n.label = id;
    n.position = {x, y};
    return n;
}

inline pipeline::Edge edge(const std::string &from, const std::string &fromPort, const std::string &to,
                           const std::string &toPort = "in")
{
    pipeline::Edge e;
    e.from = {from, fromPort};
    e.to = {to, toPort};
    e.id = pipeline::Graph::edgeIdFor(e.from, e.to);
    return e;
}

// source -> check(validate) -> valid: sink, invalid: dead-letter; plus a filter branch.
inline pipeline::Graph iot()
{
    pipeline::Graph g;
    g.name = "iot";
    g.settings = {{"deadLetterTopic", "iot.dlq"}};
    auto source = node("readings", "kafka-source", 0, 0);
    source.parameters = {{"topic", "iot.readings"}, {"format", "json"}};
    g.putNode(source);
    auto check = node("check", "validate", 240, 0);
    check.parameters = {{"constraints", {{{"name", "range"}, {"condition", "temperature BETWEEN -50 AND 150"}}}}};
    g.putNode(check);
    auto hot = node("hot", "filter", 480, -60);
    hot.parameters = {{"condition", "temperature > 30"}};
    hot.extra = {{"comment", "kept from a newer version"}};
    g.putNode(hot);
    auto alerts = node("alerts", "kafka-sink", 720, -60);
    alerts.parameters = {{"topic", "iot.alerts"}};
    g.putNode(alerts);
    auto dlq = node("dlq", "dead-letter", 480, 120);
    g.putNode(dlq);
    g.putEdge(edge("readings", "out", "check"));
    g.putEdge(edge("check", "valid", "hot"));
    g.putEdge(edge("hot", "out", "alerts"));
    g.putEdge(edge("check", "invalid", "dlq"));
    return g;
}

} // namespace testgraphs
