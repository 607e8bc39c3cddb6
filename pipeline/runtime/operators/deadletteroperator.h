#pragma once

#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"

#include <string>

namespace pipeline::runtime {

/// `dead-letter` sink: records routed here on purpose (e.g. validate's `invalid`
/// port) go to the topic as their original payload; the error header is the
/// record's note (the violated constraints) or "routed to dead-letter".
class DeadLetterOperator : public Operator {
public:
    DeadLetterOperator(std::string topic, SinkOutput &output) : m_topic(std::move(topic)), m_output(output) {}
    void process(int input, Record &&record, OperatorContext &context) override;

private:
    std::string m_topic;
    SinkOutput &m_output;
};

} // namespace pipeline::runtime
