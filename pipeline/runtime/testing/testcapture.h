#pragma once

#include "pipeline/runtime/dataflow/origin.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pipeline::runtime {

/// One message that left the pipeline in a test run: what a sink wrote (topic,
/// key, value), or a dead letter (the original record, the error and the node
/// that failed).
struct CapturedMessage {
    std::string sinkNode; // the sink that wrote it; empty for the engine's own dead letters
    std::string topic;
    std::optional<std::string> key;
    nlohmann::json value;
    std::int64_t timestampMillis = 0;
    bool deadLetter = false;
    std::string error;      // dead letters: the reason (the `error` header)
    std::string failedNode; // dead letters: the `node-id` header
};

/// Everything a test run's sinks, dead-letter paths and (when asked) output ports
/// saw, in memory. The engine thread fills it; read it after the run.
class TestCapture {
public:
    TestCapture();
    ~TestCapture();
    TestCapture(const TestCapture &) = delete;
    TestCapture &operator=(const TestCapture &) = delete;

    /// The SinkOutput a sink node writes to (instead of the producer).
    SinkOutput &sinkOutput(const std::string &nodeId);
    /// Where the engine's own dead letters go (RunOptions::deadLetterOutput).
    SinkOutput &engineDeadLetters();

    /// A sink that does not write through a SinkOutput (database, vector index):
    /// the records it received stand for what it wrote.
    void sinkReceived(const std::string &nodeId, const Record &record, const std::string &topic = {});
    /// A record left `nodeId` through output port `port`.
    void portOutput(const std::string &nodeId, const std::string &port, const nlohmann::json &value);
    bool recordsPort(const std::string &nodeId) const { return m_recordAllPorts || m_recordedNodes.count(nodeId); }
    void recordPortsOf(const std::string &nodeId) { m_recordedNodes.insert(nodeId); }
    void recordAllPorts() { m_recordAllPorts = true; }

    /// A source emitted a record for this origin: a dead letter carries it as the
    /// original payload, as a live run's dead letter carries the consumed bytes.
    void noteOriginal(const Origin *origin, const nlohmann::json &value);

    const std::vector<CapturedMessage> &written(const std::string &sinkNode) const;
    const std::vector<CapturedMessage> &deadLetters() const { return m_deadLetters; }
    const std::map<std::string, std::vector<CapturedMessage>> &sinks() const { return m_sinks; }
    /// Records that left each (node, port).
    const std::map<std::pair<std::string, std::string>, std::vector<nlohmann::json>> &ports() const { return m_ports; }

private:
    class Output;
    friend class Output;
    void produced(const std::string &sinkNode, const std::string &topic, std::optional<std::string> key,
                  const std::string &payload, Record &&record);
    void deadLettered(const std::string &sinkNode, const std::string &topic, Record &&record,
                      const std::string &error, const std::string &failedNode);

    std::map<std::string, std::unique_ptr<Output>> m_outputs;
    std::unique_ptr<Output> m_engineOutput;
    std::map<std::string, std::vector<CapturedMessage>> m_sinks;
    std::vector<CapturedMessage> m_deadLetters;
    std::map<std::pair<std::string, std::string>, std::vector<nlohmann::json>> m_ports;
    std::set<std::string> m_recordedNodes;
    bool m_recordAllPorts = false;
    std::unordered_map<const Origin *, nlohmann::json> m_originals;
};

} // namespace pipeline::runtime
