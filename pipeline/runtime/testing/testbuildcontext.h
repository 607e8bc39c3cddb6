#pragma once

#include "pipeline/runtime/dataflow/operatorbuildcontext.h"
#include "pipeline/runtime/testing/testcapture.h"

#include <memory>

namespace pipeline::runtime {

/// The engine's build context for one node, with the parts a test replaces: a
/// sink's SinkOutput is the in-memory capture, and no node needs a cluster.
/// Everything else (parameters, schemas, settings, shared services,
/// diagnostics) is the engine's, so the real factory builds the real operator.
class TestBuildContext : public OperatorBuildContext {
public:
    TestBuildContext(OperatorBuildContext &inner, std::shared_ptr<TestCapture> capture)
        : m_inner(inner), m_capture(std::move(capture))
    {
    }

    const Node &node() const override { return m_inner.node(); }
    const NodeType &type() const override { return m_inner.type(); }
    const Graph &graph() const override { return m_inner.graph(); }
    const Catalog &catalog() const override { return m_inner.catalog(); }
    const Schema &inputSchema(std::string_view port) override { return m_inner.inputSchema(port); }
    const RunSettings &settings() const override { return m_inner.settings(); }
    RunServices &services() override { return m_inner.services(); }
    SinkOutput &sinkOutput() override
    {
        m_usedSinkOutput = true;
        return m_capture->sinkOutput(node().id);
    }
    void requireKafka() override {}
    const std::string &deadLetterTopic() const override { return m_inner.deadLetterTopic(); }
    Diagnostics &diagnostics() override { return m_inner.diagnostics(); }

    /// The factory asked for a SinkOutput (the sink's messages are captured there).
    bool usedSinkOutput() const { return m_usedSinkOutput; }

private:
    OperatorBuildContext &m_inner;
    std::shared_ptr<TestCapture> m_capture;
    bool m_usedSinkOutput = false;
};

} // namespace pipeline::runtime
