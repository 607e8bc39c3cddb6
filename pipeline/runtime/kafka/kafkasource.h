#pragma once

#include "pipeline/runtime/kafka/clientproperties.h"
#include "pipeline/runtime/dataflow/partitionoffsets.h"
#include "pipeline/runtime/dataflow/sourcestats.h"
#include "pipeline/runtime/dataflow/transactionoffsets.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_message_s;
struct rd_kafka_topic_partition_list_s;

namespace pipeline::runtime {

/// One `kafka-source` node's consumer. Joins the consumer group (so several
/// runners share partitions), keeps a PartitionOffsets per assigned partition
/// and stores only offsets whose messages settled; librdkafka commits stored
/// offsets every second and on close. `earliest`/`latest` position a partition
/// the first time this runner gets it; afterwards (and with `committed`) the
/// group's committed offset applies. A table source (feeding a join's table)
/// joins a group of its own, reads every partition from the beginning and never
/// commits: the table is state rebuilt on every start. tableLoaded() says when
/// it has read what its partitions held at assignment, so the engine can hold
/// the streams joined against it until then.
class KafkaSource {
public:
    enum class Start { Earliest, Latest, Committed };
    struct Config {
        std::string bootstrapServers;
        ClientProperties properties;
        std::string topic;
        std::string group;
        Start start = Start::Earliest;
        bool table = false;
        /// Exactly-once: read only committed transactional messages and never
        /// commit offsets itself; the engine's transaction carries them.
        bool transactional = false;
    };
    /// Callbacks into the engine; all run on the engine thread except `log`.
    struct Hooks {
        std::function<void()> beforeRevoke;               // settle what can settle (flush the producer)
        std::function<void(const std::string &)> warning; // broker trouble, rebalances
        std::function<void(const std::string &)> log;     // librdkafka log lines (any thread)
    };

    KafkaSource(Config config, Hooks hooks);
    ~KafkaSource();
    KafkaSource(const KafkaSource &) = delete;
    KafkaSource &operator=(const KafkaSource &) = delete;

    bool open(std::string *error);
    /// Appends up to `max` messages (waiting at most `timeoutMs` for the first).
    /// Error events become warnings; a fatal consumer error sets `fatal`.
    size_t poll(int timeoutMs, size_t max, std::vector<rd_kafka_message_s *> &out, std::string *fatal);
    /// The tracker of the partition a message came from (nullptr for table sources
    /// or partitions no longer assigned).
    PartitionOffsets *offsetsFor(std::int32_t partition);
    /// Hands settled offsets to librdkafka (committed asynchronously by it).
    void storeOffsets();
    /// Exactly-once: messages read and not settled, on the assigned partitions.
    size_t unsettled() const;
    /// Exactly-once: the settled positions of the assigned partitions for the
    /// transaction; false when there is nothing new to commit.
    bool transactionOffsets(TransactionOffsets &out);
    /// Exactly-once: the transaction carrying `offsets` committed (for the metrics).
    void transactionCommitted(const TransactionOffsets &offsets);
    /// Stores and commits synchronously, then leaves the group.
    void close();

    /// Table sources: true once every assigned partition was read up to the high
    /// watermark asked for right after its first assignment (an empty partition
    /// counts as read; later records do not hold anything up).
    /// False while nothing is assigned yet. The first call for a new partition
    /// asks its leader for the watermark (blocking up to `queryTimeoutMs`); a
    /// failed query is retried on the next call.
    bool tableLoaded(int queryTimeoutMs = 500);
    /// Why tableLoaded() is false, for the warning when the engine stops waiting.
    std::string tableLoadProgress() const;

    const Config &config() const { return m_config; }
    std::uint64_t commits() const { return m_commits; }
    size_t assignedPartitions() const { return m_current.size(); }
    /// Positions, end offsets (as of the last fetch), committed offsets,
    /// rebalances: local lookups only, no broker round trip.
    SourceClientStats clientStats() const;

private:
    static void logCallback(const rd_kafka_s *rk, int level, const char *facility, const char *text);
    static void commitCallback(rd_kafka_s *rk, int err, rd_kafka_topic_partition_list_s *offsets, void *opaque);
    static void rebalanceCallback(rd_kafka_s *rk, int err, rd_kafka_topic_partition_list_s *partitions, void *opaque);
    void rebalance(int err, rd_kafka_topic_partition_list_s *partitions);
    std::int64_t logStartOffset(std::int32_t partition);
    void expectStarts(rd_kafka_topic_partition_list_s *partitions);
    void checkStart(const rd_kafka_message_s *message);

    Config m_config;
    Hooks m_hooks;
    rd_kafka_s *m_consumer = nullptr;
    std::map<std::int32_t, PartitionOffsets *> m_current;
    // Trackers outlive revocation: origins of in-flight messages still point at them.
    std::vector<std::unique_ptr<PartitionOffsets>> m_trackers;
    std::set<std::int32_t> m_seen;
    // Where each newly assigned partition should start (0 for earliest, else the
    // committed offset); the first message shows whether older ones were dropped.
    std::map<std::int32_t, std::int64_t> m_expectedStart;
    // Table load: the high watermark to reach per partition (-1 = not queried
    // yet) and the next offset after the last message read.
    std::map<std::int32_t, std::int64_t> m_loadTarget;
    std::map<std::int32_t, std::int64_t> m_loadNext;
    std::uint64_t m_commits = 0;
    std::uint64_t m_commitsCompleted = 0;
    std::uint64_t m_commitFailures = 0;
    std::uint64_t m_rebalances = 0;
    std::map<std::int32_t, std::int64_t> m_committed; // per partition, from commit results
    bool m_closed = false;
};

} // namespace pipeline::runtime
