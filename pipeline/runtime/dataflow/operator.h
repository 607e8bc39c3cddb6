#pragma once

#include "pipeline/runtime/dataflow/llmstats.h"
#include "pipeline/runtime/dataflow/record.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace pipeline::runtime {

/// A data error an operator reports for one record (missing time field, late
/// event, ...). The engine applies the node's `onError` policy to it, exactly like
/// an expression's EvaluationError.
class RecordError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What an operator may do with records besides returning: the engine implements
/// it per node (counting in/out/filtered), tests implement it in memory.
class OperatorContext {
public:
    virtual ~OperatorContext() = default;
    /// Sends a record out of output port `port` (index into the node's output ports).
    virtual void output(int port, Record &&record) = 0;
    /// The record ends here on purpose (filter false, duplicate, no join match).
    virtual void drop(Record &&record) = 0;
    /// The record was taken into state (a join's table) and ends here.
    virtual void absorb(Record &&record) = 0;
    /// A record that failed but must not stop the others (late event): the engine
    /// applies the node's error policy with this message.
    virtual void reject(Record &&record, const std::string &error) = 0;
    /// Wall-clock epoch milliseconds (processing time); tests control it.
    virtual std::int64_t nowMillis() const = 0;
    /// The run cannot go on (an LLM budget spent with budgetAction stop): the
    /// engine fails the run with `message`, attributed to this node.
    virtual void failRun(const std::string &message) { (void)message; }
};

/// A compiled node. `process` handles one record arriving on input port `input`
/// (index into the node's input ports) and may throw RecordError or
/// expr::EvaluationError for data errors. Operators run on the engine thread only.
class Operator {
public:
    virtual ~Operator() = default;
    virtual void process(int input, Record &&record, OperatorContext &context) = 0;
    /// Called about every 100 ms: processing-time windows close, caches expire.
    virtual void onTimer(OperatorContext &context) { (void)context; }
    /// End of input (graceful stop, --max-messages reached): emit what is pending,
    /// e.g. close every open window.
    virtual void flush(OperatorContext &context) { (void)context; }
    /// Records held in state (open windows), for the run's accounting.
    virtual std::uint64_t pendingRecords() const { return 0; }
    /// Asynchronous operators (LLM steps) answer later than process() returns:
    /// the engine calls poll() every loop iteration so they emit what completed.
    virtual bool isAsync() const { return false; }
    virtual void poll(OperatorContext &context) { (void)context; }
    /// Back-pressure: false while the operator holds as many records as it may
    /// (a slow LLM endpoint); the engine stops reading sources until it is true.
    virtual bool acceptsMore() const { return true; }

    /// Called once before the run reads anything, on the engine thread: check
    /// and register with external systems (an Avro sink's schema, a source's
    /// Schema Registry). False with `error` refuses the run with nothing read;
    /// `notice` (optional) is shown as an info event of the node.
    virtual bool prepare(std::string *error, std::string *notice)
    {
        (void)error;
        (void)notice;
        return true;
    }
    /// Records arriving on `input` are a table (state), not a stream: a source
    /// feeding only such inputs is read to its end before the streams start.
    virtual bool isTableInput(int input) const { (void)input; return false; }
    /// Counters of an AI node (calls, tokens, cost) for the run's stats.
    virtual std::optional<LlmNodeStats> llmStats() const { return std::nullopt; }
    /// Events that arrived after their window closed (dropped), for the run's totals.
    virtual std::uint64_t lateEvents() const { return 0; }
    /// Sinks that write in batches (databases): batches committed so far.
    virtual std::optional<std::uint64_t> batchesWritten() const { return std::nullopt; }
};

} // namespace pipeline::runtime
