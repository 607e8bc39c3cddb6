#include "pipeline/runtime/kafka/kafkaproducer.h"

#include <librdkafka/rdkafka.h>

#include <chrono>

namespace pipeline::runtime {

namespace {

struct Delivery {
    int node;
    Origin *origin;
};

bool hasProperty(const ClientProperties &properties, const std::string &key)
{
    for (const auto &p : properties)
        if (p.first == key)
            return true;
    return false;
}

} // namespace

KafkaProducer::KafkaProducer(std::string bootstrapServers, ClientProperties properties, DeliveryHandler onDelivery,
                             std::function<void(const std::string &)> log)
    : m_bootstrap(std::move(bootstrapServers)), m_properties(std::move(properties)), m_onDelivery(std::move(onDelivery)),
      m_log(std::move(log))
{
}

KafkaProducer::~KafkaProducer()
{
    if (!m_producer)
        return;
    for (auto &[name, handle] : m_topics)
        rd_kafka_topic_destroy(handle);
    // Reports for messages still queued would reach a dead engine: purge them first.
    rd_kafka_purge(m_producer, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_poll(m_producer, 0);
    rd_kafka_destroy(m_producer);
}

void KafkaProducer::logCallback(const rd_kafka_s *rk, int, const char *facility, const char *text)
{
    auto *self = static_cast<KafkaProducer *>(rd_kafka_opaque(rk));
    if (self && self->m_log)
        self->m_log(std::string(facility) + ": " + text);
}

void KafkaProducer::deliveryCallback(rd_kafka_s *rk, const rd_kafka_message_s *message, void *)
{
    auto *self = static_cast<KafkaProducer *>(rd_kafka_opaque(rk));
    auto *d = static_cast<Delivery *>(message->_private);
    if (!d)
        return;
    const bool ok = message->err == RD_KAFKA_RESP_ERR_NO_ERROR;
    if (ok)
        self->m_brokersDown = false;
    self->m_onDelivery(d->node, d->origin, ok, ok ? std::string() : std::string(rd_kafka_err2str(message->err)));
    delete d;
}

// Served by rd_kafka_poll on the engine thread. Without an error callback
// librdkafka only logs these; readiness needs the "all brokers down" one.
void KafkaProducer::errorCallback(rd_kafka_s *rk, int err, const char *reason, void *opaque)
{
    (void)rk;
    auto *self = static_cast<KafkaProducer *>(opaque);
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
        self->m_brokersDown = true;
        self->m_downReason = reason ? reason : "all brokers are down";
    }
    if (self->m_log)
        self->m_log(std::string("error: ") + (reason ? reason : rd_kafka_err2str(rd_kafka_resp_err_t(err))));
}

bool KafkaProducer::brokersReachable()
{
    if (!m_brokersDown || !m_producer)
        return true;
    const std::int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count();
    if (now - m_lastProbeNanos < 1'000'000'000)
        return false;
    m_lastProbeNanos = now;
    const rd_kafka_metadata_t *metadata = nullptr;
    if (rd_kafka_metadata(m_producer, 0, nullptr, &metadata, 100) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_metadata_destroy(metadata);
        m_brokersDown = false;
        m_downReason.clear();
    }
    return !m_brokersDown;
}

bool KafkaProducer::open(std::string *error)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const std::string &key, const std::string &value) {
        if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            *error = "producer property " + key + ": " + errstr;
            return false;
        }
        return true;
    };
    bool ok = set("bootstrap.servers", m_bootstrap) && set("client.id", "pipewright") && set("log_level", "4");
    // Throughput defaults a user's file may tune.
    if (!hasProperty(m_properties, "linger.ms"))
        ok = ok && set("linger.ms", "5");
    if (!hasProperty(m_properties, "compression.codec") && !hasProperty(m_properties, "compression.type"))
        ok = ok && set("compression.codec", "lz4");
    if (!hasProperty(m_properties, "batch.num.messages"))
        ok = ok && set("batch.num.messages", "10000");
    for (const auto &[key, value] : m_properties) {
        // Consumer-only keys in a shared client.properties must not fail the producer.
        if (key == "group.id" || key == "auto.offset.reset" || key.rfind("enable.auto.", 0) == 0
            || key == "auto.commit.interval.ms" || key == "session.timeout.ms" || key == "isolation.level")
            continue;
        ok = ok && set(key, value);
    }
    if (transactional()) {
        // librdkafka requires message.timeout.ms <= transaction.timeout.ms.
        const std::string timeout = std::to_string(m_transactionTimeoutMs);
        ok = ok && set("transactional.id", m_transactionalId) && set("transaction.timeout.ms", timeout)
            && set("message.timeout.ms", timeout);
    } else {
        // At-least-once: a message is retried until the broker takes it.
        ok = ok && set("message.timeout.ms", "0");
    }
    if (!ok) {
        rd_kafka_conf_destroy(conf);
        return false;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, deliveryCallback);
    rd_kafka_conf_set_log_cb(conf, logCallback);
    rd_kafka_conf_set_error_cb(conf, [](rd_kafka_t *rk, int err, const char *reason, void *opaque) {
        errorCallback(rk, err, reason, opaque);
    });
    rd_kafka_conf_set_opaque(conf, this);
    m_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!m_producer) {
        rd_kafka_conf_destroy(conf);
        *error = std::string("cannot create a producer: ") + errstr;
        return false;
    }
    if (transactional()) {
        if (rd_kafka_error_t *e = rd_kafka_init_transactions(m_producer, m_transactionTimeoutMs)) {
            *error = "cannot start transactions as '" + m_transactionalId + "': " + rd_kafka_error_string(e);
            rd_kafka_error_destroy(e);
            return false;
        }
        return beginTransaction(error);
    }
    return true;
}

void KafkaProducer::setTransactional(std::string id, int timeoutMs)
{
    m_transactionalId = std::move(id);
    m_transactionTimeoutMs = timeoutMs;
}

bool KafkaProducer::beginTransaction(std::string *error)
{
    if (rd_kafka_error_t *e = rd_kafka_begin_transaction(m_producer)) {
        *error = std::string("cannot begin a transaction: ") + rd_kafka_error_string(e);
        rd_kafka_error_destroy(e);
        return false;
    }
    m_inTransaction = true;
    return true;
}

namespace {

// Retriable errors (a coordinator moving, a timeout) are tried again, as
// librdkafka's transactional API documents; anything else ends the attempt.
template <class Call> rd_kafka_error_t *withRetries(Call call)
{
    for (int attempt = 0;; ++attempt) {
        rd_kafka_error_t *e = call();
        if (!e || !rd_kafka_error_is_retriable(e) || attempt == 5)
            return e;
        rd_kafka_error_destroy(e);
    }
}

} // namespace

bool KafkaProducer::commitTransaction(const std::vector<TransactionOffsets> &offsets, std::string *error)
{
    if (!m_inTransaction) {
        *error = "no transaction is open";
        return false;
    }
    rd_kafka_error_t *e = nullptr;
    for (const TransactionOffsets &source : offsets) {
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(source.positions.size()));
        for (const auto &[partition, offset] : source.positions)
            rd_kafka_topic_partition_list_add(list, source.topic.c_str(), partition)->offset = offset;
        // The group's generation travels with the offsets: a runner that lost
        // its partitions in a rebalance cannot commit for them any more.
        rd_kafka_consumer_group_metadata_t *group = rd_kafka_consumer_group_metadata(source.consumer);
        e = withRetries([&] { return rd_kafka_send_offsets_to_transaction(m_producer, list, group, m_transactionTimeoutMs); });
        rd_kafka_consumer_group_metadata_destroy(group);
        rd_kafka_topic_partition_list_destroy(list);
        if (e)
            break;
    }
    if (!e)
        e = withRetries([&] { return rd_kafka_commit_transaction(m_producer, m_transactionTimeoutMs); });
    if (e) {
        *error = std::string("transaction not committed: ") + rd_kafka_error_string(e);
        const bool abortable = rd_kafka_error_txn_requires_abort(e);
        rd_kafka_error_destroy(e);
        if (abortable)
            abortTransaction();
        m_inTransaction = false;
        return false;
    }
    m_inTransaction = false;
    return beginTransaction(error);
}

void KafkaProducer::abortTransaction()
{
    if (!m_producer || !m_inTransaction)
        return;
    m_inTransaction = false;
    if (rd_kafka_error_t *e = rd_kafka_abort_transaction(m_producer, m_transactionTimeoutMs)) {
        // A fenced or fatally failed producer cannot abort; the coordinator
        // aborts the transaction when it times out or the next holder of the id starts.
        if (m_log)
            m_log(std::string("abort transaction: ") + rd_kafka_error_string(e));
        rd_kafka_error_destroy(e);
    }
}

rd_kafka_topic_s *KafkaProducer::topicHandle(const std::string &topic)
{
    auto it = m_topics.find(topic);
    if (it != m_topics.end())
        return it->second;
    rd_kafka_topic_t *handle = rd_kafka_topic_new(m_producer, topic.c_str(), nullptr);
    m_topics.emplace(topic, handle);
    return handle;
}

bool KafkaProducer::produce(int node, const std::string &topic, const std::optional<std::string> &key,
                            const std::string &payload, const Headers &headers, const OriginRef &origin,
                            std::string *error)
{
    rd_kafka_topic_t *rkt = topicHandle(topic);
    if (!rkt) {
        *error = "cannot use topic '" + topic + "': " + rd_kafka_err2str(rd_kafka_last_error());
        return false;
    }
    auto *d = new Delivery{node, origin.share()};
    for (;;) {
        rd_kafka_headers_t *hdrs = nullptr;
        if (!headers.empty()) {
            hdrs = rd_kafka_headers_new(headers.size());
            for (const auto &[name, value] : headers)
                rd_kafka_header_add(hdrs, name.data(), ssize_t(name.size()), value.data(), ssize_t(value.size()));
        }
        rd_kafka_resp_err_t err = rd_kafka_producev(
            m_producer, RD_KAFKA_V_RKT(rkt), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_VALUE(const_cast<char *>(payload.data()), payload.size()),
            RD_KAFKA_V_KEY((key ? key->data() : nullptr), (key ? key->size() : 0)), RD_KAFKA_V_HEADERS(hdrs),
            RD_KAFKA_V_OPAQUE(d), RD_KAFKA_V_END);
        if (!err)
            return true;
        if (hdrs)
            rd_kafka_headers_destroy(hdrs);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            // Backpressure: wait for acknowledgements to make room.
            rd_kafka_poll(m_producer, 10);
            continue;
        }
        if (d->origin)
            d->origin->release();
        delete d;
        *error = "cannot produce to '" + topic + "': " + rd_kafka_err2str(err);
        return false;
    }
}

void KafkaProducer::poll(int timeoutMs)
{
    rd_kafka_poll(m_producer, timeoutMs);
}

int KafkaProducer::outstanding() const
{
    return m_producer ? rd_kafka_outq_len(m_producer) : 0;
}

bool KafkaProducer::drain(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (outstanding() > 0) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        rd_kafka_poll(m_producer, 50);
    }
    return true;
}

} // namespace pipeline::runtime
