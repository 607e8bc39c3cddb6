#pragma once

#include "pipeline/runtime/kafka/clientproperties.h"
#include "pipeline/runtime/dataflow/record.h"
#include "pipeline/runtime/dataflow/transactionoffsets.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_topic_s;
struct rd_kafka_message_s;

namespace pipeline::runtime {

/// The run's one producer, shared by every sink and the dead-letter path. Each
/// message holds a reference on its record's origin until the delivery report,
/// which is what delays offset commits until the broker acknowledged everything
/// a source message caused. Messages never time out (message.timeout.ms=0): a
/// broker outage delays, it does not lose. Batching: linger.ms=5, lz4 (the
/// user's properties file may override both).
///
/// Exactly-once (setTransactional() before open()): every message belongs to the
/// open transaction, which commits together with the consumed offsets; messages
/// then time out with the transaction (transaction.timeout.ms), since a
/// transaction cannot wait forever, and a failed one is aborted, not lost: its
/// input is read again after the restart.
class KafkaProducer {
public:
    using Headers = std::vector<std::pair<std::string, std::string>>;
    /// Called on the engine thread for every delivery report.
    using DeliveryHandler = std::function<void(int node, Origin *origin, bool ok, const std::string &error)>;

    KafkaProducer(std::string bootstrapServers, ClientProperties properties, DeliveryHandler onDelivery,
                  std::function<void(const std::string &)> log);
    ~KafkaProducer();
    KafkaProducer(const KafkaProducer &) = delete;
    KafkaProducer &operator=(const KafkaProducer &) = delete;

    /// Exactly-once: `id` is the transactional.id. A process that starts with
    /// the id of one that died fences it and aborts its open transaction, so a
    /// restarted runner should keep its id. `timeoutMs` is transaction.timeout.ms.
    void setTransactional(std::string id, int timeoutMs);
    bool transactional() const { return !m_transactionalId.empty(); }
    /// Connects; a transactional producer also registers its id (fencing the
    /// previous holder) and begins the first transaction.
    bool open(std::string *error);
    /// Sends the sources' positions into the open transaction and commits it,
    /// then begins the next. False with `error` when it could not commit: the
    /// transaction was aborted (or the producer fenced) and the run must end,
    /// leaving its input to be read again.
    bool commitTransaction(const std::vector<TransactionOffsets> &offsets, std::string *error);
    /// Aborts the open transaction (a failed or undrained run): nothing it wrote
    /// becomes visible to read_committed readers.
    void abortTransaction();
    /// Enqueues a message; blocks (serving delivery reports) while librdkafka's
    /// queue is full. `origin` gets one more reference until delivery. Returns
    /// false with `error` when the message cannot be enqueued at all.
    bool produce(int node, const std::string &topic, const std::optional<std::string> &key, const std::string &payload,
                 const Headers &headers, const OriginRef &origin, std::string *error);
    /// Serves delivery reports, waiting up to `timeoutMs` for one.
    void poll(int timeoutMs);
    /// Messages not yet acknowledged.
    int outstanding() const;
    /// Polls until nothing is outstanding or `timeoutMs` passed; true when drained.
    bool drain(int timeoutMs);
    /// False from librdkafka's "all brokers down" until a delivery succeeds or a
    /// metadata request (at most one a second, 100 ms, only while down) answers.
    bool brokersReachable();
    /// Why the brokers are not reachable (the client's error), else empty.
    const std::string &brokersDownReason() const { return m_downReason; }

private:
    static void deliveryCallback(rd_kafka_s *rk, const rd_kafka_message_s *message, void *opaque);
    static void errorCallback(rd_kafka_s *rk, int err, const char *reason, void *opaque);
    static void logCallback(const rd_kafka_s *rk, int level, const char *facility, const char *text);
    rd_kafka_topic_s *topicHandle(const std::string &topic);

    bool beginTransaction(std::string *error);

    std::string m_bootstrap;
    std::string m_transactionalId;
    int m_transactionTimeoutMs = 60'000;
    bool m_inTransaction = false;
    ClientProperties m_properties;
    DeliveryHandler m_onDelivery;
    std::function<void(const std::string &)> m_log;
    rd_kafka_s *m_producer = nullptr;
    std::unordered_map<std::string, rd_kafka_topic_s *> m_topics;
    bool m_brokersDown = false;
    std::string m_downReason;
    std::int64_t m_lastProbeNanos = 0;
};

} // namespace pipeline::runtime
