#pragma once

#include <memory>
#include <string>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_mock_cluster_s;

namespace pipeline::runtime {

/// A topic as the sandbox (or any cluster) reports it.
struct TopicInfo {
    std::string name;
    int partitions = 0;
};

/// The embedded Kafka cluster: librdkafka's mock cluster speaking the real Kafka
/// protocol on loopback ports, so the engine, the CLI, tests and any external
/// client (kcat, confluent-kafka) can use it. Topics are auto-created on first use
/// (produce or metadata request) or up front with createTopic(). Everything lives
/// in memory and disappears with the object. Each partition keeps at most
/// PartitionBytesKept bytes and PartitionBatchesKept record batches: librdkafka
/// 2.0's rdkafka_mock.c (rd_kafka_mock_partition_init: max_size = 5 MiB,
/// max_cnt = 100000) drops the oldest batch, silently, whenever an append goes
/// over either, and the partition's log start offset moves past it. Batches are
/// counted as stored, so compressed producers keep several times more messages.
class SandboxCluster {
public:
    static constexpr long long PartitionBytesKept = 5LL * 1024 * 1024;
    static constexpr int PartitionBatchesKept = 100000;

    /// Starts a cluster with `brokers` brokers (ids 1..brokers). Returns nullptr and
    /// sets `error` when librdkafka cannot create it.
    static std::unique_ptr<SandboxCluster> start(int brokers, std::string *error = nullptr);
    ~SandboxCluster();

    SandboxCluster(const SandboxCluster &) = delete;
    SandboxCluster &operator=(const SandboxCluster &) = delete;

    /// "127.0.0.1:port,127.0.0.1:port,..." — the bootstrap.servers value for clients.
    const std::string &bootstrapServers() const { return m_bootstrap; }
    int brokerCount() const { return m_brokers; }

    /// Creates a topic with `partitions` partitions; creating an existing topic is an error.
    bool createTopic(const std::string &name, int partitions, std::string *error = nullptr);
    /// Takes a broker off the network (connections dropped, new ones refused) or back.
    bool setBrokerDown(int brokerId, std::string *error = nullptr);
    bool setBrokerUp(int brokerId, std::string *error = nullptr);
    /// Topics currently known to the cluster, sorted by name (a metadata request
    /// through the real protocol, so it is what clients see).
    std::vector<TopicInfo> topics(std::string *error = nullptr) const;

private:
    SandboxCluster() = default;

    rd_kafka_s *m_handle = nullptr;
    rd_kafka_mock_cluster_s *m_cluster = nullptr;
    std::string m_bootstrap;
    int m_brokers = 0;
};

/// Lists topics of any cluster via a metadata request (used by the sandbox and the
/// GUI's topic browser). `properties` are extra librdkafka client properties.
std::vector<TopicInfo> listTopics(const std::string &bootstrapServers,
                                  const std::vector<std::pair<std::string, std::string>> &properties,
                                  std::string *error = nullptr, int timeoutMs = 5000);

} // namespace pipeline::runtime
