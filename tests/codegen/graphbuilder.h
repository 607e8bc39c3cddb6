#pragma once

// Small helpers to build graphs in codegen tests, the parse check and the benchmark.

#include "pipeline/core/graph.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace codegentest {

inline void addNode(pipeline::Graph &graph, const std::string &id, const std::string &kind, nlohmann::json parameters)
{
    pipeline::Node node;
    node.id = id;
    node.kind = kind;
    node.label = id;
    node.parameters = std::move(parameters);
    graph.putNode(std::move(node));
}

inline void connect(pipeline::Graph &graph, const std::string &from, const std::string &fromPort, const std::string &to,
                    const std::string &toPort = "in")
{
    pipeline::Edge edge;
    edge.from = {from, fromPort};
    edge.to = {to, toPort};
    edge.id = pipeline::Graph::edgeIdFor(edge.from, edge.to);
    graph.putEdge(std::move(edge));
}

inline nlohmann::json paymentsSchema()
{
    return nlohmann::json::array({
        {{"name", "payment_id"}, {"type", "string"}},
        {{"name", "customer_id"}, {"type", "string"}},
        {{"name", "amount"}, {"type", "double"}},
        {{"name", "currency"}, {"type", "string"}},
        {{"name", "ts"}, {"type", "timestamp"}},
    });
}

inline nlohmann::json customersSchema()
{
    return nlohmann::json::array({
        {{"name", "customer_id"}, {"type", "string"}},
        {{"name", "name"}, {"type", "string"}},
        {{"name", "email"}, {"type", "string"}, {"sensitive", true}},
        {{"name", "tier"}, {"type", "string"}},
    });
}

inline void addPaymentsSource(pipeline::Graph &graph, const std::string &id, const std::string &topic = "payments")
{
    addNode(graph, id, "kafka-source", {{"topic", topic}, {"format", "json"}, {"schema", paymentsSchema()}, {"startOffset", "earliest"}});
}

inline void addSink(pipeline::Graph &graph, const std::string &id, const std::string &topic)
{
    addNode(graph, id, "kafka-sink", {{"topic", topic}, {"format", "json"}});
}

/// Avro in and out (Schema Registry): payments in Avro, the big ones to an Avro
/// topic keyed by customer.
inline pipeline::Graph avroGraph()
{
    pipeline::Graph g;
    g.name = "avro-case";
    addNode(g, "payments", "kafka-source",
            {{"topic", "payments.avro"}, {"format", "avro"}, {"schemaRegistry", "default"}, {"schema", paymentsSchema()}});
    addNode(g, "big", "filter", {{"condition", "amount > 100"}});
    addNode(g, "big-payments", "kafka-sink",
            {{"topic", "payments.big.avro"}, {"format", "avro"}, {"key", "customer_id"}});
    addNode(g, "all-payments", "kafka-sink", {{"topic", "payments.copy.avro"}, {"format", "avro"}});
    connect(g, "payments", "out", "big");
    connect(g, "big", "out", "big-payments");
    connect(g, "payments", "out", "all-payments");
    return g;
}

/// A deterministic pseudo-random graph of `nodeCount` nodes: payments sources,
/// chains of schema-preserving transforms (filter, route, validate, mask, dedupe,
/// join with a customers table), projects and aggregates, every open end in a sink.
inline pipeline::Graph generatedGraph(int nodeCount, std::uint32_t seed, bool withDedupe = true)
{
    pipeline::Graph graph;
    graph.name = "generated-" + std::to_string(nodeCount) + "-" + std::to_string(seed);
    std::uint32_t state = seed * 2654435761u + 1;
    auto next = [&](std::uint32_t bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    struct Port {
        std::string node, port;
    };
    std::vector<Port> open; // payments-shaped outputs still free to extend
    int count = 0;
    auto id = [&](const char *kind) { return std::string(kind) + "-" + std::to_string(count++); };
    const std::string customers = id("customers");
    addNode(graph, customers, "kafka-source", {{"topic", "customers"}, {"schema", customersSchema()}});
    while (count < nodeCount - 2) {
        if (open.empty() || next(8) == 0) {
            const std::string s = id("payments");
            addPaymentsSource(graph, s, "payments-" + std::to_string(next(4)));
            open.push_back({s, "out"});
            continue;
        }
        const std::size_t pick = next(std::uint32_t(open.size()));
        const Port from = open[pick];
        open.erase(open.begin() + long(pick));
        const std::uint32_t choice = next(withDedupe ? 9 : 8);
        if (choice == 0) {
            const std::string n = id("filter");
            addNode(graph, n, "filter", {{"condition", "amount > " + std::to_string(next(500))}});
            connect(graph, from.node, from.port, n);
            open.push_back({n, "out"});
        } else if (choice == 1) {
            const std::string n = id("route");
            addNode(graph, n, "route", {{"routes", nlohmann::json::array({{{"name", "eur"}, {"condition", "currency = 'EUR'"}},
                                                                           {{"name", "big"}, {"condition", "amount >= 1000"}}})}});
            connect(graph, from.node, from.port, n);
            open.push_back({n, "eur"});
            open.push_back({n, "big"});
            open.push_back({n, "else"});
        } else if (choice == 2) {
            const std::string n = id("validate");
            addNode(graph, n, "validate", {{"constraints", nlohmann::json::array({{{"name", "positive"}, {"condition", "amount > 0"}},
                                                                                   {{"name", "has_customer"}, {"condition", "customer_id IS NOT NULL"}}})}});
            connect(graph, from.node, from.port, n);
            open.push_back({n, "valid"});
            const std::string dl = id("dead-letter");
            addNode(graph, dl, "dead-letter", {{"topic", "payments.dead-letter"}});
            connect(graph, n, "invalid", dl);
        } else if (choice == 3) {
            const std::string n = id("mask");
            addNode(graph, n, "mask", {{"fields", nlohmann::json::array({{{"field", "customer_id"}, {"method", "partial"}, {"keep", 4}}})}});
            connect(graph, from.node, from.port, n);
            open.push_back({n, "out"});
        } else if (choice == 4) {
            const std::string n = id("project");
            addNode(graph, n, "project", {{"fields", nlohmann::json::array({{{"name", "payment_id"}, {"expression", "payment_id"}},
                                                                             {{"name", "amount_cents"}, {"expression", "CAST(amount * 100 AS INTEGER)"}},
                                                                             {{"name", "currency"}, {"expression", "UPPER(currency)"}}})}});
            connect(graph, from.node, from.port, n);
            const std::string sink = id("sink");
            addSink(graph, sink, "projected-" + std::to_string(count));
            connect(graph, n, "out", sink);
        } else if (choice == 5) {
            const std::string n = id("aggregate");
            const char *windows[] = {"tumbling", "hopping", "session"};
            const char *window = windows[next(3)];
            nlohmann::json p = {{"groupBy", {"customer_id"}},
                                {"aggregates", nlohmann::json::array({{{"name", "payments"}, {"function", "count"}},
                                                                      {{"name", "total"}, {"function", "sum"}, {"expression", "amount"}}})},
                                {"window", window}, {"size", "1m"}, {"timeField", next(2) ? "ts" : ""}};
            if (std::string(window) == "hopping")
                p["advance"] = "30s";
            if (std::string(window) == "session")
                p["gap"] = "5m";
            addNode(graph, n, "aggregate", p);
            connect(graph, from.node, from.port, n);
            const std::string sink = id("sink");
            addSink(graph, sink, "totals-" + std::to_string(count));
            connect(graph, n, "out", sink);
        } else if (choice == 6) {
            const std::string n = id("join");
            addNode(graph, n, "join", {{"streamKey", "customer_id"}, {"tableKey", "customer_id"}, {"joinType", next(2) ? "left" : "inner"}});
            connect(graph, from.node, from.port, n, "stream");
            connect(graph, customers, "out", n, "table");
            const std::string sink = id("sink");
            addSink(graph, sink, "enriched-" + std::to_string(count));
            connect(graph, n, "out", sink);
        } else if (choice == 7) {
            const std::string sink = id("sink");
            addSink(graph, sink, "out-" + std::to_string(count));
            connect(graph, from.node, from.port, sink);
        } else {
            const std::string n = id("dedupe");
            addNode(graph, n, "dedupe", {{"key", "payment_id"}, {"window", "10m"}});
            connect(graph, from.node, from.port, n);
            open.push_back({n, "out"});
        }
    }
    // Close every open end in one shared sink: fan-in exercises INSERT per input.
    if (!open.empty()) {
        const std::string last = id("sink");
        addSink(graph, last, "rest");
        for (const auto &p : open)
            connect(graph, p.node, p.port, last);
    }
    return graph;
}

} // namespace codegentest
