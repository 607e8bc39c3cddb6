#pragma once

#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/testing/testcapture.h"

#include <memory>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// Wraps a node's real operator in a test run: records what leaves each output
/// port (for port expectations and the records per edge), and for sinks what
/// arrives, and keeps sinks from contacting external systems in prepare()
/// (an Avro sink's Schema Registry). Everything else is the operator's own.
class RecordingOperator : public Operator {
public:
    struct Options {
        std::string nodeId;
        std::vector<std::string> outputPorts; // port keys by index
        bool isSink = false;
        /// The sink writes through no SinkOutput: its inputs are what it wrote.
        bool recordSinkInput = false;
    };
    RecordingOperator(std::unique_ptr<Operator> inner, Options options, std::shared_ptr<TestCapture> capture);

    void process(int input, Record &&record, OperatorContext &context) override;
    void onTimer(OperatorContext &context) override;
    void flush(OperatorContext &context) override;
    std::uint64_t pendingRecords() const override { return m_inner->pendingRecords(); }
    bool isAsync() const override { return m_inner->isAsync(); }
    void poll(OperatorContext &context) override;
    bool acceptsMore() const override { return m_inner->acceptsMore(); }
    bool prepare(std::string *error, std::string *notice) override;
    bool isTableInput(int input) const override { return m_inner->isTableInput(input); }
    std::optional<LlmNodeStats> llmStats() const override { return m_inner->llmStats(); }
    std::uint64_t lateEvents() const override { return m_inner->lateEvents(); }

private:
    class Context;
    std::unique_ptr<Operator> m_inner;
    Options m_options;
    std::shared_ptr<TestCapture> m_capture;
};

} // namespace pipeline::runtime
