// `pipewright-cli replay`: sends dead letters back where they came from, after
// a fix — the original topic, partition, key, value, headers and timestamp that
// the engine keeps in every dead letter (see README "Dead letters keep everything").
#include "cliexit.h"
#include "sharedoptions.h"

#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

struct ReplayCommand {
    std::string from, reasonFilter, nodeFilter, toTopic, group;
    bool samePartition = true;
    bool dryRun = false;
    ClusterOptions cluster;

    int run();
};

/// A dead letter's headers: the message's own (the first `original-headers`) and
/// the reason headers the engine added after them.
struct DeadLetterHeaders {
    std::vector<std::pair<std::string, std::string>> original;
    std::map<std::string, std::string> reason;
};

DeadLetterHeaders readHeaders(const rd_kafka_message_t *m)
{
    DeadLetterHeaders out;
    rd_kafka_headers_t *headers = nullptr;
    if (rd_kafka_message_headers(m, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return out;
    std::vector<std::pair<std::string, std::string>> all;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    for (size_t i = 0; !rd_kafka_header_get_all(headers, i, &name, &value, &size); ++i)
        all.emplace_back(name, value ? std::string(static_cast<const char *>(value), size) : std::string());
    size_t own = 0;
    // The engine's headers follow the original ones; "original-headers" counts those.
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->first == "original-headers") {
            own = size_t(std::strtoull(it->second.c_str(), nullptr, 10));
            break;
        }
    own = std::min(own, all.size());
    out.original.assign(all.begin(), all.begin() + long(own));
    for (size_t i = own; i < all.size(); ++i)
        out.reason[all[i].first] = all[i].second;
    return out;
}

rd_kafka_t *newClient(rd_kafka_type_t type, const std::string &bootstrap,
                      const pipeline::runtime::ClientProperties &properties,
                      const std::vector<std::pair<std::string, std::string>> &own, std::string *error)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const std::string &k, const std::string &v) {
        if (rd_kafka_conf_set(conf, k.c_str(), v.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            *error = k + ": " + errstr;
            return false;
        }
        return true;
    };
    bool ok = set("bootstrap.servers", bootstrap);
    for (const auto &[k, v] : properties)
        ok = ok && (k == "bootstrap.servers" || set(k, v));
    for (const auto &[k, v] : own)
        ok = ok && set(k, v);
    rd_kafka_t *rk = ok ? rd_kafka_new(type, conf, errstr, sizeof errstr) : nullptr;
    if (!rk) {
        if (ok)
            *error = errstr;
        rd_kafka_conf_destroy(conf);
    }
    return rk;
}

} // namespace

std::function<int()> defineReplayCommand(CLI::App &command)
{
    auto c = std::make_shared<ReplayCommand>();
    command.footer(
        "Reads the dead-letter topic up to its current end and produces every dead letter that\n"
        "matches the filters back to its source topic: same partition, key, value, headers and\n"
        "timestamp (the reason headers are left off). Progress is kept in the consumer group\n"
        "(default pipewright-replay.TOPIC): a second replay sends only what arrived since.\n"
        "Exit codes: 0 replayed (or nothing to replay); 1 the cluster failed; 2 bad usage.");
    command.add_option("--from", c->from, "the dead-letter topic to read")->type_name("TOPIC")->required();
    command.add_option("--reason", c->reasonFilter, "only dead letters whose error header contains TEXT")
        ->type_name("TEXT");
    command.add_option("--node", c->nodeFilter, "only dead letters of this node (node-id header)")->type_name("ID");
    command.add_option("--to", c->toTopic, "produce to TOPIC instead of each letter's source topic")
        ->type_name("TOPIC");
    command.add_flag("!--any-partition", c->samePartition,
                     "let the partitioner choose (by key) instead of the original partition");
    command.add_option("--group", c->group, "consumer group that keeps the replay's progress")->type_name("GROUP");
    command.add_flag("--dry-run", c->dryRun, "count what would be replayed; produce and commit nothing");
    c->cluster.add(command);
    return [c] { return c->run(); };
}

int ReplayCommand::run()
{
    std::string error;
    pipeline::runtime::ClientProperties properties;
    if (const int status = cluster.resolve(&properties, &error); status != ExitOk) {
        std::fprintf(stderr, "pipewright-cli replay: %s\n", error.c_str());
        return status;
    }
    std::unique_ptr<pipeline::runtime::SandboxCluster> sandbox = cluster.startSandbox(&error);
    if (cluster.sandbox && !sandbox) {
        std::fprintf(stderr, "pipewright-cli replay: %s\n", error.c_str());
        return ExitProblems;
    }
    if (group.empty())
        group = "pipewright-replay." + from;
    rd_kafka_t *consumer = newClient(RD_KAFKA_CONSUMER, cluster.bootstrap, properties,
                                     {{"group.id", group},
                                      {"auto.offset.reset", "earliest"},
                                      {"enable.auto.commit", "false"},
                                      {"enable.partition.eof", "true"}},
                                     &error);
    rd_kafka_t *producer = consumer ? newClient(RD_KAFKA_PRODUCER, cluster.bootstrap, properties,
                                                {{"enable.idempotence", "true"}, {"compression.codec", "lz4"}}, &error)
                                    : nullptr;
    if (!consumer || !producer) {
        std::fprintf(stderr, "pipewright-cli replay: %s\n", error.c_str());
        if (consumer)
            rd_kafka_destroy(consumer);
        return ExitProblems;
    }
    rd_kafka_poll_set_consumer(consumer);

    // Every partition of the dead-letter topic, from the group's offsets up to
    // the end as it is now: letters that arrive meanwhile wait for the next replay.
    const rd_kafka_metadata_t *metadata = nullptr;
    rd_kafka_topic_t *topicHandle = rd_kafka_topic_new(consumer, from.c_str(), nullptr);
    rd_kafka_resp_err_t err = rd_kafka_metadata(consumer, 0, topicHandle, &metadata, 10000);
    rd_kafka_topic_destroy(topicHandle);
    int partitions = 0;
    if (!err && metadata->topic_cnt == 1 && !metadata->topics[0].err)
        partitions = metadata->topics[0].partition_cnt;
    if (metadata)
        rd_kafka_metadata_destroy(metadata);
    if (partitions == 0) {
        std::fprintf(stderr, "pipewright-cli replay: %s: no such topic (%s)\n", from.c_str(),
                     err ? rd_kafka_err2str(err) : "no partitions");
        rd_kafka_destroy(producer);
        rd_kafka_destroy(consumer);
        return ExitProblems;
    }
    std::map<int, std::int64_t> end;
    rd_kafka_topic_partition_list_t *assignment = rd_kafka_topic_partition_list_new(partitions);
    for (int p = 0; p < partitions; ++p) {
        std::int64_t low = 0, high = 0;
        if (rd_kafka_query_watermark_offsets(consumer, from.c_str(), p, &low, &high, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR
            && high > low)
            end[p] = high;
        rd_kafka_topic_partition_list_add(assignment, from.c_str(), p)->offset = RD_KAFKA_OFFSET_INVALID;
    }
    rd_kafka_committed(consumer, assignment, 10000);
    for (int i = 0; i < assignment->cnt; ++i) { // nothing left in a partition the group has read to the end
        auto &p = assignment->elems[i];
        if (p.offset >= 0 && end.count(p.partition) && p.offset >= end[p.partition])
            end.erase(p.partition);
        if (p.offset < 0)
            p.offset = RD_KAFKA_OFFSET_BEGINNING;
    }
    rd_kafka_assign(consumer, assignment);
    rd_kafka_topic_partition_list_destroy(assignment);

    std::uint64_t read = 0, replayed = 0, skipped = 0, unknownSource = 0;
    std::map<std::string, std::uint64_t> perTopic;
    std::map<int, std::int64_t> next; // per partition: the offset to commit
    while (!end.empty()) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(consumer, 1000);
        if (!m)
            continue;
        const int partition = m->partition;
        if (m->err) {
            if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                std::fprintf(stderr, "pipewright-cli replay: %s: %s\n", from.c_str(), rd_kafka_message_errstr(m));
                if (rd_kafka_fatal_error(consumer, nullptr, 0)) {
                    rd_kafka_message_destroy(m);
                    break;
                }
            } else {
                end.erase(partition);
            }
            rd_kafka_message_destroy(m);
            continue;
        }
        if (!end.count(partition) || m->offset >= end[partition]) {
            end.erase(partition);
            rd_kafka_message_destroy(m);
            continue;
        }
        ++read;
        const DeadLetterHeaders headers = readHeaders(m);
        auto reason = [&](const char *name) {
            auto it = headers.reason.find(name);
            return it == headers.reason.end() ? std::string() : it->second;
        };
        const std::string topic = toTopic.empty() ? reason("source-topic") : toTopic;
        const bool matches = (reasonFilter.empty() || reason("error").find(reasonFilter) != std::string::npos)
            && (nodeFilter.empty() || reason("node-id") == nodeFilter);
        if (!matches) {
            ++skipped;
        } else if (topic.empty()) {
            ++unknownSource; // not a Pipewright dead letter: no source to send it to
        } else {
            ++replayed;
            ++perTopic[topic];
            if (!dryRun) {
                const std::string partitionText = reason("source-partition");
                const std::int32_t target = samePartition && toTopic.empty() && !partitionText.empty()
                    ? std::int32_t(std::atoi(partitionText.c_str()))
                    : RD_KAFKA_PARTITION_UA;
                const std::string timestampText = reason("source-timestamp");
                const std::int64_t timestamp = timestampText.empty() ? 0 : std::atoll(timestampText.c_str());
                rd_kafka_headers_t *own = rd_kafka_headers_new(headers.original.size());
                for (const auto &[name, value] : headers.original)
                    rd_kafka_header_add(own, name.data(), ssize_t(name.size()), value.data(), ssize_t(value.size()));
                for (;;) {
                    err = rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_PARTITION(target),
                                            RD_KAFKA_V_KEY(m->key, m->key_len), RD_KAFKA_V_VALUE(m->payload, m->len),
                                            RD_KAFKA_V_TIMESTAMP(timestamp), RD_KAFKA_V_HEADERS(own),
                                            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
                    if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                        break;
                    rd_kafka_poll(producer, 50);
                }
                if (err) {
                    rd_kafka_headers_destroy(own); // not taken over by the producer
                    std::fprintf(stderr, "pipewright-cli replay: %s[%d]@%lld: %s\n", from.c_str(), partition,
                                 (long long)m->offset, rd_kafka_err2str(err));
                    rd_kafka_message_destroy(m);
                    break;
                }
            }
        }
        next[partition] = m->offset + 1;
        if (m->offset + 1 >= end[partition])
            end.erase(partition);
        rd_kafka_message_destroy(m);
    }

    int status = ExitOk;
    if (!dryRun) {
        // Progress is committed only after every replayed letter was acknowledged.
        if (rd_kafka_flush(producer, 60000) != RD_KAFKA_RESP_ERR_NO_ERROR || rd_kafka_outq_len(producer) > 0) {
            std::fprintf(stderr, "pipewright-cli replay: not every letter was acknowledged; progress not saved\n");
            status = ExitProblems;
        } else if (!next.empty()) {
            rd_kafka_topic_partition_list_t *offsets = rd_kafka_topic_partition_list_new(int(next.size()));
            for (const auto &[p, offset] : next)
                rd_kafka_topic_partition_list_add(offsets, from.c_str(), p)->offset = offset;
            if ((err = rd_kafka_commit(consumer, offsets, 0))) {
                std::fprintf(stderr, "pipewright-cli replay: saving progress: %s\n", rd_kafka_err2str(err));
                status = ExitProblems;
            }
            rd_kafka_topic_partition_list_destroy(offsets);
        }
    }
    std::printf("%s %llu of %llu dead letter(s) from %s", dryRun ? "would replay" : "replayed",
                (unsigned long long)replayed, (unsigned long long)read, from.c_str());
    for (const auto &[topic, n] : perTopic)
        std::printf("%s %s: %llu", topic == perTopic.begin()->first ? ";" : ",", topic.c_str(), (unsigned long long)n);
    std::printf("\n");
    if (skipped)
        std::printf("%llu not matching the filters\n", (unsigned long long)skipped);
    if (unknownSource)
        std::printf("%llu without a source-topic header (not written by Pipewright; use --to)\n",
                    (unsigned long long)unknownSource);
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
    rd_kafka_destroy(producer);
    return status;
}
