#pragma once

#include "pipeline/runtime/kafka/clientproperties.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct rd_kafka_s;

namespace pipeline::runtime {

/// Low and high watermark of one partition (high = the next offset to be written).
struct PartitionWatermarks {
    int partition = 0;
    std::int64_t low = 0;
    std::int64_t high = 0;
};

/// A topic with its partitions' watermarks.
struct TopicDescription {
    std::string name;
    std::vector<PartitionWatermarks> partitions;
    /// Messages currently retained (sum of high - low).
    std::int64_t messages() const;
};

/// One message read back for browsing.
struct SampledMessage {
    int partition = 0;
    std::int64_t offset = 0;
    std::int64_t timestampMillis = 0;
    std::optional<std::string> key;
    std::string value;
};

/// Looks into a cluster for browsers and tools (the designer's topic browser and
/// sandbox dialog): topics with watermarks, the latest messages of a topic, topic
/// creation through the Admin API, and producing a batch of values. Every call is
/// synchronous with a timeout, so callers run it off the GUI thread. It never
/// joins a consumer group and never commits: browsing leaves no trace.
class TopicInspector {
public:
    TopicInspector(std::string bootstrapServers, ClientProperties properties);
    ~TopicInspector();
    TopicInspector(const TopicInspector &) = delete;
    TopicInspector &operator=(const TopicInspector &) = delete;

    /// Every topic (internal "__" topics left out), sorted by name, with watermarks.
    std::vector<TopicDescription> describeTopics(std::string *error, int timeoutMs = 5000);
    /// The newest `max` messages of a topic (by timestamp over all partitions), oldest first.
    std::vector<SampledMessage> latestMessages(const std::string &topic, size_t max, std::string *error,
                                               int timeoutMs = 5000);
    /// Creates a topic with the Admin API (replication capped by the broker count).
    bool createTopic(const std::string &topic, int partitions, std::string *error, int timeoutMs = 10000);
    /// Produces the values (no key) and waits until the broker acknowledged them all.
    /// Compressed with lz4 in large batches unless the properties say otherwise.
    bool produce(const std::string &topic, const std::vector<std::string> &values, std::string *error,
                 int timeoutMs = 10000);

private:
    rd_kafka_s *handle(bool producer, std::string *error);

    std::string m_bootstrap;
    ClientProperties m_properties;
    rd_kafka_s *m_consumer = nullptr;
    rd_kafka_s *m_producer = nullptr;
};

} // namespace pipeline::runtime
