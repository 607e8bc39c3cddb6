#pragma once

#include "pipeline/runtime/dataflow/operatorbuildcontext.h"

#include <optional>

namespace pipeline::runtime {

/// A build context outside an engine: builds one node's operator for a test, a
/// benchmark or a tool. The node is read against `graph` (a graph holding only
/// the node when none is given); settings and services start empty and may be
/// filled before building; sinkOutput() is the one given, or a logic_error.
class StandaloneBuildContext : public OperatorBuildContext {
public:
    StandaloneBuildContext(const Node &node, const NodeType &type, Diagnostics &diagnostics,
                           const Catalog &catalog = Catalog::builtin());

    const Node &node() const override { return m_node; }
    const NodeType &type() const override { return m_type; }
    const Graph &graph() const override { return m_graph; }
    const Catalog &catalog() const override { return m_catalog; }
    const Schema &inputSchema(std::string_view port) override;
    const RunSettings &settings() const override { return m_settings; }
    RunServices &services() override { return m_services; }
    SinkOutput &sinkOutput() override;
    void requireKafka() override { m_needsKafka = true; }
    const std::string &deadLetterTopic() const override { return m_deadLetterTopic; }
    Diagnostics &diagnostics() override { return m_diagnostics; }

    RunSettings &editSettings() { return m_settings; }
    void setGraph(Graph graph) { m_graph = std::move(graph); }
    void setSinkOutput(SinkOutput *output) { m_output = output; }
    bool needsKafka() const { return m_needsKafka; }

private:
    const Node &m_node;
    const NodeType &m_type;
    Diagnostics &m_diagnostics;
    const Catalog &m_catalog;
    Graph m_graph;
    RunSettings m_settings;
    RunServices m_services;
    SinkOutput *m_output = nullptr;
    bool m_needsKafka = false;
    std::string m_deadLetterTopic = "pipewright.dead-letter";
    std::optional<Schema> m_schema;
};

} // namespace pipeline::runtime
