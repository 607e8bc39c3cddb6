#include "pipeline/runtime/testing/testcapture.h"

namespace pipeline::runtime {

// A sink's view of the capture: carries the sink's node id.
class TestCapture::Output : public SinkOutput {
public:
    Output(TestCapture &capture, std::string node) : m_capture(capture), m_node(std::move(node)) {}
    void produce(const std::string &topic, std::optional<std::string> key, std::string payload, Record &&record) override
    {
        m_capture.produced(m_node, topic, std::move(key), payload, std::move(record));
    }
    void deadLetter(const std::string &topic, Record &&record, const std::string &error,
                    const std::string &nodeId) override
    {
        m_capture.deadLettered(m_node, topic, std::move(record), error, nodeId.empty() ? m_node : nodeId);
    }

private:
    TestCapture &m_capture;
    std::string m_node;
};

TestCapture::TestCapture() : m_engineOutput(std::make_unique<Output>(*this, std::string())) {}
TestCapture::~TestCapture() = default;

SinkOutput &TestCapture::sinkOutput(const std::string &nodeId)
{
    auto &slot = m_outputs[nodeId];
    if (!slot)
        slot = std::make_unique<Output>(*this, nodeId);
    m_sinks[nodeId]; // a sink that wrote nothing still has an (empty) list
    return *slot;
}

SinkOutput &TestCapture::engineDeadLetters()
{
    return *m_engineOutput;
}

namespace {

// What a consumer of the topic would read: the payload as JSON, else as text.
nlohmann::json readableValue(const std::string &payload, const Record &record)
{
    nlohmann::json parsed = nlohmann::json::parse(payload, nullptr, false);
    if (!parsed.is_discarded())
        return parsed;
    // Binary payloads (Avro) are shown as the record they were encoded from.
    for (unsigned char c : payload)
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return record.value;
    return payload;
}

} // namespace

void TestCapture::produced(const std::string &sinkNode, const std::string &topic, std::optional<std::string> key,
                           const std::string &payload, Record &&record)
{
    if (record.origin)
        record.origin->mark(Fate::Output);
    CapturedMessage m;
    m.sinkNode = sinkNode;
    m.topic = topic;
    m.key = std::move(key);
    m.value = readableValue(payload, record);
    m.timestampMillis = record.timestampMillis;
    m_sinks[sinkNode].push_back(std::move(m));
}

void TestCapture::deadLettered(const std::string &sinkNode, const std::string &topic, Record &&record,
                               const std::string &error, const std::string &failedNode)
{
    CapturedMessage m;
    m.sinkNode = sinkNode;
    m.topic = topic;
    m.deadLetter = true;
    m.error = error;
    m.failedNode = failedNode;
    m.timestampMillis = record.timestampMillis;
    m.value = record.value;
    if (const Origin *o = record.origin.get(); o && !o->isGroup())
        if (auto it = m_originals.find(o); it != m_originals.end())
            m.value = it->second;
    if (record.origin)
        record.origin->mark(Fate::DeadLettered);
    if (!sinkNode.empty())
        m_sinks[sinkNode].push_back(m);
    m_deadLetters.push_back(std::move(m));
}

void TestCapture::sinkReceived(const std::string &nodeId, const Record &record, const std::string &topic)
{
    CapturedMessage m;
    m.sinkNode = nodeId;
    m.topic = topic;
    m.value = record.value;
    m.timestampMillis = record.timestampMillis;
    m_sinks[nodeId].push_back(std::move(m));
}

void TestCapture::portOutput(const std::string &nodeId, const std::string &port, const nlohmann::json &value)
{
    m_ports[{nodeId, port}].push_back(value);
}

void TestCapture::noteOriginal(const Origin *origin, const nlohmann::json &value)
{
    // Keyed by address: an origin lives until its fate settles, and a later one
    // at the same address overwrites the entry when its source emits it.
    m_originals[origin] = value;
}

const std::vector<CapturedMessage> &TestCapture::written(const std::string &sinkNode) const
{
    static const std::vector<CapturedMessage> none;
    auto it = m_sinks.find(sinkNode);
    return it == m_sinks.end() ? none : it->second;
}

} // namespace pipeline::runtime
