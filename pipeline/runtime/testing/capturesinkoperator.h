#pragma once

#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/testing/testcapture.h"

#include <memory>
#include <string>

namespace pipeline::runtime {

/// Stands in for a sink that would write to an external store (a database table)
/// in a test run: each record it receives is one row written, kept in memory
/// for the case's expectations.
class CaptureSinkOperator : public Operator {
public:
    CaptureSinkOperator(std::string nodeId, std::string target, std::shared_ptr<TestCapture> capture)
        : m_nodeId(std::move(nodeId)), m_target(std::move(target)), m_capture(std::move(capture))
    {
    }
    void process(int input, Record &&record, OperatorContext &context) override;

private:
    std::string m_nodeId;
    std::string m_target;
    std::shared_ptr<TestCapture> m_capture;
};

} // namespace pipeline::runtime
