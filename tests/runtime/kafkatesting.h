#pragma once

#include "pipeline/core/graph.h"

#include <librdkafka/rdkafka.h>

#include <QtGlobal>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#ifndef JSON_COMPARE
#include <QString>
#include <QTest>
#define JSON_COMPARE(actual, expected)                                                                            \
    do {                                                                                                           \
        const nlohmann::json actual_ = (actual);                                                                   \
        const nlohmann::json expected_ = (expected);                                                               \
        QVERIFY2(actual_ == expected_,                                                                             \
                 qPrintable(QString::fromStdString("got " + actual_.dump() + ", expected " + expected_.dump()))); \
    } while (0)
#endif

// Test helpers that talk to a (sandbox) cluster directly with librdkafka, and
// build graphs from compact descriptions.
namespace kafkatesting {

struct Message {
    std::string key;
    std::string value;
    std::int32_t partition = 0;
    std::int64_t offset = 0;
    std::map<std::string, std::string> headers;
};

/// A message to produce; a missing key or value is sent as Kafka null.
struct Produce {
    std::optional<std::string> key;
    std::optional<std::string> value;
};

inline bool produceMessages(const std::string &bootstrap, const std::string &topic, const std::vector<Produce> &messages,
                            int partition = RD_KAFKA_PARTITION_UA)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof err);
    // lz4 keeps the sandbox's 5 MB-per-partition log cap far away.
    rd_kafka_conf_set(conf, "compression.codec", "lz4", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        return false;
    for (const auto &m : messages) {
        void *key = m.key ? const_cast<char *>(m.key->data()) : nullptr;
        void *value = m.value ? const_cast<char *>(m.value->data()) : nullptr;
        while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_PARTITION(partition),
                                 RD_KAFKA_V_KEY(key, (m.key ? m.key->size() : 0)),
                                 RD_KAFKA_V_VALUE(value, (m.value ? m.value->size() : 0)),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)
               == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
    }
    const bool ok = rd_kafka_flush(rk, 30'000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_destroy(rk);
    return ok;
}

/// The sum of the end offsets of `topic`'s partitions 0..partitions-1 (what was
/// ever written to it, as the brokers say now).
inline std::int64_t highWatermarkSum(const std::string &bootstrap, const std::string &topic, int partitions)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        return -1;
    std::int64_t sum = 0;
    for (int p = 0; p < partitions; ++p) {
        int64_t lo = 0, hi = 0;
        if (!rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &lo, &hi, 2000))
            sum += hi;
    }
    rd_kafka_destroy(rk);
    return sum;
}

/// The offsets `group` committed for partitions 0..partitions-1 of `topic`
/// (negative: none), or an empty vector when the coordinator did not answer.
inline std::vector<std::int64_t> committedOffsets(const std::string &bootstrap, const std::string &group,
                                                  const std::string &topic, int partitions)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", group.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk)
        return {};
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(partitions);
    for (int p = 0; p < partitions; ++p)
        rd_kafka_topic_partition_list_add(list, topic.c_str(), p);
    std::vector<std::int64_t> out;
    if (rd_kafka_committed(rk, list, 10'000) == RD_KAFKA_RESP_ERR_NO_ERROR)
        for (int p = 0; p < list->cnt; ++p)
            out.push_back(list->elems[p].err ? -1 : list->elems[p].offset);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_destroy(rk);
    return out;
}

inline bool produceAll(const std::string &bootstrap, const std::string &topic, const std::vector<std::string> &values,
                       int partition = RD_KAFKA_PARTITION_UA)
{
    std::vector<Produce> messages;
    messages.reserve(values.size());
    for (const auto &v : values)
        messages.push_back({std::nullopt, v});
    return produceMessages(bootstrap, topic, messages, partition);
}

/// Every message of a topic, partition by partition from the beginning.
inline std::vector<Message> consumeAll(const std::string &bootstrap, const std::string &topic, int timeoutMs = 10'000)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", "kafkatesting", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.partition.eof", "true", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    std::vector<Message> out;
    const rd_kafka_metadata_t *md = nullptr;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    int partitions = 0;
    for (int attempt = 0; attempt < 50 && partitions == 0; ++attempt) {
        if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (md->topic_cnt == 1 && !md->topics[0].err)
                partitions = md->topics[0].partition_cnt;
            rd_kafka_metadata_destroy(md);
        }
        if (!partitions)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    rd_kafka_topic_destroy(rkt);
    if (partitions) {
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(partitions);
        for (int p = 0; p < partitions; ++p)
            rd_kafka_topic_partition_list_add(list, topic.c_str(), p)->offset = RD_KAFKA_OFFSET_BEGINNING;
        rd_kafka_assign(rk, list);
        rd_kafka_topic_partition_list_destroy(list);
        int eofs = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (eofs < partitions && std::chrono::steady_clock::now() < deadline) {
            rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
            if (!m)
                continue;
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                ++eofs;
            } else if (!m->err) {
                Message msg;
                msg.value.assign(static_cast<const char *>(m->payload), m->len);
                if (m->key)
                    msg.key.assign(static_cast<const char *>(m->key), m->key_len);
                msg.partition = m->partition;
                msg.offset = m->offset;
                rd_kafka_headers_t *hdrs = nullptr;
                if (!rd_kafka_message_headers(m, &hdrs)) {
                    const char *name;
                    const void *value;
                    size_t size;
                    for (size_t i = 0; !rd_kafka_header_get_all(hdrs, i, &name, &value, &size); ++i)
                        msg.headers[name] = std::string(static_cast<const char *>(value), size);
                }
                out.push_back(std::move(msg));
            }
            rd_kafka_message_destroy(m);
        }
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return out;
}

struct NodeSpec {
    std::string id;
    std::string kind;
    nlohmann::json parameters;
};

/// Edges as "from:port->to:port".
inline pipeline::Graph makeGraph(const std::string &name, const std::vector<NodeSpec> &nodes,
                                 const std::vector<std::string> &edges, nlohmann::json settings = nlohmann::json::object())
{
    pipeline::Graph g;
    g.name = name;
    g.settings = std::move(settings);
    for (const auto &n : nodes) {
        pipeline::Node node;
        node.id = n.id;
        node.kind = n.kind;
        node.parameters = n.parameters.is_null() ? nlohmann::json::object() : n.parameters;
        g.putNode(node);
    }
    for (const auto &e : edges) {
        const auto arrow = e.find("->");
        auto split = [](const std::string &s) {
            const auto c = s.find(':');
            return pipeline::PortRef{s.substr(0, c), s.substr(c + 1)};
        };
        pipeline::Edge edge;
        edge.from = split(e.substr(0, arrow));
        edge.to = split(e.substr(arrow + 2));
        edge.id = pipeline::Graph::edgeIdFor(edge.from, edge.to);
        g.putEdge(edge);
    }
    return g;
}

} // namespace kafkatesting
