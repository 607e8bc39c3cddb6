#include "pipeline/runtime/kafka/topicinspector.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <map>

namespace pipeline::runtime {

namespace {

void setError(std::string *error, std::string text)
{
    if (error)
        *error = std::move(text);
}

std::int64_t steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

std::int64_t TopicDescription::messages() const
{
    std::int64_t total = 0;
    for (const auto &p : partitions)
        total += std::max<std::int64_t>(0, p.high - p.low);
    return total;
}

TopicInspector::TopicInspector(std::string bootstrapServers, ClientProperties properties)
    : m_bootstrap(std::move(bootstrapServers))
    , m_properties(std::move(properties))
{
}

TopicInspector::~TopicInspector()
{
    if (m_consumer) {
        rd_kafka_consumer_close(m_consumer);
        rd_kafka_destroy(m_consumer);
    }
    if (m_producer)
        rd_kafka_destroy(m_producer);
}

rd_kafka_s *TopicInspector::handle(bool producer, std::string *error)
{
    rd_kafka_t *&slot = producer ? m_producer : m_consumer;
    if (slot)
        return slot;
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const std::string &key, const std::string &value) {
        if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            setError(error, key + ": " + errstr);
            return false;
        }
        return true;
    };
    bool ok = set("bootstrap.servers", m_bootstrap) && set("log_level", "3")
        // Browsing must not create topics as a side effect.
        && set("allow.auto.create.topics", "false");
    if (producer) {
        // Samples go out in large lz4 batches: the sandbox keeps 5 MiB of batches per
        // partition as stored, so compressed IoT readings keep ~5x as many messages.
        const auto has = [this](const char *key) {
            return std::any_of(m_properties.begin(), m_properties.end(), [key](const auto &p) { return p.first == key; });
        };
        if (!has("compression.codec") && !has("compression.type"))
            ok = ok && set("compression.codec", "lz4");
        if (!has("linger.ms"))
            ok = ok && set("linger.ms", "20");
        if (!has("batch.num.messages"))
            ok = ok && set("batch.num.messages", "10000");
    }
    if (!producer)
        ok = ok && set("group.id", "pipewright-topic-browser") && set("enable.auto.commit", "false")
            && set("enable.auto.offset.store", "false") && set("enable.partition.eof", "true");
    for (const auto &[key, value] : m_properties)
        ok = ok && set(key, value);
    if (!ok) {
        rd_kafka_conf_destroy(conf);
        return nullptr;
    }
    slot = rd_kafka_new(producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!slot) {
        rd_kafka_conf_destroy(conf);
        setError(error, errstr);
        return nullptr;
    }
    if (!producer)
        rd_kafka_poll_set_consumer(slot); // assigned partitions' messages come through consumer_poll
    return slot;
}

std::vector<TopicDescription> TopicInspector::describeTopics(std::string *error, int timeoutMs)
{
    std::vector<TopicDescription> result;
    rd_kafka_t *rk = handle(false, error);
    if (!rk)
        return result;
    const std::int64_t deadline = steadyMillis() + timeoutMs;
    const rd_kafka_metadata_t *metadata = nullptr;
    rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 1, nullptr, &metadata, timeoutMs);
    if (err) {
        setError(error, std::string("cannot list topics at ") + m_bootstrap + ": " + rd_kafka_err2str(err));
        return result;
    }
    for (int i = 0; i < metadata->topic_cnt; ++i) {
        const auto &t = metadata->topics[i];
        if (t.err || std::string_view(t.topic).starts_with("__"))
            continue;
        TopicDescription topic;
        topic.name = t.topic;
        for (int p = 0; p < t.partition_cnt; ++p) {
            PartitionWatermarks w;
            w.partition = t.partitions[p].id;
            const int left = int(std::max<std::int64_t>(200, deadline - steadyMillis()));
            int64_t low = 0, high = 0;
            if (rd_kafka_query_watermark_offsets(rk, t.topic, w.partition, &low, &high, left) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                w.low = low;
                w.high = high;
            }
            topic.partitions.push_back(w);
        }
        std::sort(topic.partitions.begin(), topic.partitions.end(),
                  [](const PartitionWatermarks &a, const PartitionWatermarks &b) { return a.partition < b.partition; });
        result.push_back(std::move(topic));
    }
    rd_kafka_metadata_destroy(metadata);
    std::sort(result.begin(), result.end(),
              [](const TopicDescription &a, const TopicDescription &b) { return a.name < b.name; });
    return result;
}

std::vector<SampledMessage> TopicInspector::latestMessages(const std::string &topic, size_t max, std::string *error,
                                                           int timeoutMs)
{
    std::vector<SampledMessage> result;
    rd_kafka_t *rk = handle(false, error);
    if (!rk || max == 0)
        return result;
    const std::int64_t deadline = steadyMillis() + timeoutMs;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    const rd_kafka_metadata_t *metadata = nullptr;
    rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, rkt, &metadata, timeoutMs);
    rd_kafka_topic_destroy(rkt);
    if (err || metadata->topic_cnt != 1 || metadata->topics[0].err) {
        const rd_kafka_resp_err_t why = err ? err : metadata->topic_cnt == 1 ? metadata->topics[0].err : RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC;
        setError(error, "cannot read topic '" + topic + "': " + rd_kafka_err2str(why));
        if (metadata)
            rd_kafka_metadata_destroy(metadata);
        return result;
    }
    std::vector<int> partitions;
    for (int p = 0; p < metadata->topics[0].partition_cnt; ++p)
        partitions.push_back(metadata->topics[0].partitions[p].id);
    rd_kafka_metadata_destroy(metadata);

    // Partitions fill unevenly (keyless producers stick to one for a while): read
    // up to `max` from each, then keep the newest `max` overall.
    const size_t share = max;
    rd_kafka_topic_partition_list_t *assignment = rd_kafka_topic_partition_list_new(int(partitions.size()));
    std::map<int, std::int64_t> ends;
    for (int p : partitions) {
        int64_t low = 0, high = 0;
        const int left = int(std::max<std::int64_t>(200, deadline - steadyMillis()));
        if (rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &low, &high, left) != RD_KAFKA_RESP_ERR_NO_ERROR
            || high <= low)
            continue;
        const std::int64_t start = std::max<std::int64_t>(low, high - std::int64_t(share));
        rd_kafka_topic_partition_list_add(assignment, topic.c_str(), p)->offset = start;
        ends[p] = high;
    }
    if (ends.empty()) {
        rd_kafka_topic_partition_list_destroy(assignment);
        return result; // empty topic
    }
    err = rd_kafka_assign(rk, assignment);
    rd_kafka_topic_partition_list_destroy(assignment);
    if (err) {
        setError(error, std::string("cannot read topic '") + topic + "': " + rd_kafka_err2str(err));
        return result;
    }
    while (!ends.empty() && steadyMillis() < deadline) {
        rd_kafka_message_t *message = rd_kafka_consumer_poll(rk, 100);
        if (!message)
            continue;
        const int partition = message->partition;
        if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            ends.erase(partition);
        } else if (message->err) {
            setError(error, rd_kafka_message_errstr(message));
        } else {
            SampledMessage m;
            m.partition = partition;
            m.offset = message->offset;
            m.timestampMillis = rd_kafka_message_timestamp(message, nullptr);
            if (message->key)
                m.key = std::string(static_cast<const char *>(message->key), message->key_len);
            if (message->payload)
                m.value.assign(static_cast<const char *>(message->payload), message->len);
            result.push_back(std::move(m));
            auto it = ends.find(partition);
            if (it != ends.end() && message->offset + 1 >= it->second)
                ends.erase(it);
        }
        rd_kafka_message_destroy(message);
    }
    rd_kafka_assign(rk, nullptr);
    std::sort(result.begin(), result.end(), [](const SampledMessage &a, const SampledMessage &b) {
        return a.timestampMillis != b.timestampMillis ? a.timestampMillis < b.timestampMillis
                                                      : a.partition != b.partition ? a.partition < b.partition
                                                                                   : a.offset < b.offset;
    });
    if (result.size() > max)
        result.erase(result.begin(), result.end() - std::ptrdiff_t(max));
    return result;
}

bool TopicInspector::createTopic(const std::string &topic, int partitions, std::string *error, int timeoutMs)
{
    rd_kafka_t *rk = handle(true, error);
    if (!rk)
        return false;
    if (topic.empty() || partitions < 1) {
        setError(error, "a topic needs a name and at least one partition");
        return false;
    }
    // Replication: as many as there are brokers, at most 3.
    int replication = 1;
    const rd_kafka_metadata_t *metadata = nullptr;
    if (rd_kafka_metadata(rk, 0, nullptr, &metadata, timeoutMs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        replication = std::clamp(metadata->broker_cnt, 1, 3);
        rd_kafka_metadata_destroy(metadata);
    }
    char errstr[512];
    rd_kafka_NewTopic_t *newTopic = rd_kafka_NewTopic_new(topic.c_str(), partitions, replication, errstr, sizeof errstr);
    if (!newTopic) {
        setError(error, errstr);
        return false;
    }
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_CreateTopics(rk, &newTopic, 1, options, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 1000);
    bool ok = false;
    if (!event) {
        setError(error, "no answer from the cluster while creating topic '" + topic + "'");
    } else if (rd_kafka_event_error(event)) {
        setError(error, "cannot create topic '" + topic + "': " + rd_kafka_event_error_string(event));
    } else {
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        ok = true;
        for (size_t i = 0; i < count; ++i)
            if (rd_kafka_topic_result_error(results[i])) {
                ok = false;
                const char *text = rd_kafka_topic_result_error_string(results[i]);
                setError(error, "cannot create topic '" + topic + "': "
                                    + (text ? text : rd_kafka_err2str(rd_kafka_topic_result_error(results[i]))));
            }
    }
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_queue_destroy(queue);
    rd_kafka_NewTopic_destroy(newTopic);
    return ok;
}

bool TopicInspector::produce(const std::string &topic, const std::vector<std::string> &values, std::string *error,
                             int timeoutMs)
{
    rd_kafka_t *rk = handle(true, error);
    if (!rk)
        return false;
    for (const std::string &value : values) {
        rd_kafka_resp_err_t err;
        while ((err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.c_str()),
                                        RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
                                        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END))
               == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 50);
        if (err) {
            setError(error, "cannot produce to '" + topic + "': " + rd_kafka_err2str(err));
            return false;
        }
    }
    if (rd_kafka_flush(rk, timeoutMs) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        setError(error, "the cluster did not acknowledge every message to '" + topic + "' in time");
        return false;
    }
    return true;
}

} // namespace pipeline::runtime
