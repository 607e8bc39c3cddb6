#include "pipeline/runtime/kafka/kafkasource.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstring>

namespace pipeline::runtime {

void KafkaSource::logCallback(const rd_kafka_s *rk, int, const char *facility, const char *text)
{
    auto *self = static_cast<KafkaSource *>(rd_kafka_opaque(rk));
    if (self && self->m_hooks.log)
        self->m_hooks.log(std::string(facility) + ": " + text);
}

KafkaSource::KafkaSource(Config config, Hooks hooks) : m_config(std::move(config)), m_hooks(std::move(hooks)) {}

KafkaSource::~KafkaSource()
{
    close();
}

bool KafkaSource::open(std::string *error)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const std::string &key, const std::string &value) {
        if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            *error = "consumer property " + key + ": " + errstr;
            return false;
        }
        return true;
    };
    bool ok = set("bootstrap.servers", m_config.bootstrapServers) && set("client.id", "pipewright")
        && set("group.id", m_config.group)
        && set("auto.offset.reset", m_config.start == Start::Latest ? "latest" : "earliest")
        && set("enable.partition.eof", "false") && set("log_level", "4")
        // Kafka's pre-3.0 default: a runner that died hands its partitions on in
        // seconds, not 45 s (the sandbox also waits this long on every rejoin).
        && set("session.timeout.ms", "10000")
        // librdkafka 2.0.x stops fetching once this many messages wait in the
        // consumer queue (all partitions together) and only looks again on the
        // broker thread's 1 s tick, however fast the queue drains: with the
        // default 100,000 a fast pipeline idled ~0.7 s of every second. The byte
        // limit (queued.max.messages.kbytes, 64 MB) still bounds the memory.
        && set("queued.min.messages", "1000000");
    for (const auto &[key, value] : m_config.properties)
        ok = ok && set(key, value);
    // At-least-once: offsets are stored only for settled messages; these win over the user's file.
    // Exactly-once: nothing is committed by the consumer (the transaction does it),
    // and what aborted transactions wrote is never read.
    const bool autoCommit = !m_config.table && !m_config.transactional;
    ok = ok && set("enable.auto.offset.store", "false") && set("enable.auto.commit", autoCommit ? "true" : "false")
        && set("auto.commit.interval.ms", "1000");
    if (m_config.transactional)
        ok = ok && set("isolation.level", "read_committed");
    if (!ok) {
        rd_kafka_conf_destroy(conf);
        return false;
    }
    rd_kafka_conf_set_rebalance_cb(conf, [](rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *parts,
                                            void *opaque) { rebalanceCallback(rk, int(err), parts, opaque); });
    rd_kafka_conf_set_log_cb(conf, logCallback);
    rd_kafka_conf_set_offset_commit_cb(conf, [](rd_kafka_t *rk, rd_kafka_resp_err_t err,
                                                rd_kafka_topic_partition_list_t *offsets, void *opaque) {
        commitCallback(rk, int(err), offsets, opaque);
    });
    rd_kafka_conf_set_opaque(conf, this);
    m_consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!m_consumer) {
        rd_kafka_conf_destroy(conf);
        *error = std::string("cannot create a consumer: ") + errstr;
        return false;
    }
    rd_kafka_poll_set_consumer(m_consumer);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, m_config.topic.c_str(), RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t err = rd_kafka_subscribe(m_consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (err) {
        *error = "cannot subscribe to " + m_config.topic + ": " + rd_kafka_err2str(err);
        return false;
    }
    return true;
}

void KafkaSource::rebalanceCallback(rd_kafka_s *rk, int err, rd_kafka_topic_partition_list_s *partitions, void *opaque)
{
    (void)rk;
    static_cast<KafkaSource *>(opaque)->rebalance(err, partitions);
}

// Served by rd_kafka_consumer_poll / rd_kafka_commit on the engine thread.
void KafkaSource::commitCallback(rd_kafka_s *rk, int err, rd_kafka_topic_partition_list_s *offsets, void *opaque)
{
    (void)rk;
    auto *self = static_cast<KafkaSource *>(opaque);
    if (err == RD_KAFKA_RESP_ERR__NO_OFFSET)
        return; // nothing was stored since the last commit
    if (err) {
        ++self->m_commitFailures;
        return;
    }
    ++self->m_commitsCompleted;
    for (int i = 0; offsets && i < offsets->cnt; ++i) {
        const auto &p = offsets->elems[i];
        if (!p.err && p.offset >= 0 && self->m_config.topic == p.topic)
            self->m_committed[p.partition] = p.offset;
    }
}

SourceClientStats KafkaSource::clientStats() const
{
    SourceClientStats stats;
    stats.rebalances = m_rebalances;
    stats.commitsCompleted = m_commitsCompleted;
    stats.commitFailures = m_commitFailures;
    stats.assigned = !m_current.empty();
    if (!m_consumer || m_current.empty())
        return stats;
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(m_current.size()));
    for (const auto &[partition, tracker] : m_current)
        rd_kafka_topic_partition_list_add(list, m_config.topic.c_str(), partition);
    rd_kafka_position(m_consumer, list);
    for (int i = 0; i < list->cnt; ++i) {
        const auto &e = list->elems[i];
        PartitionStats p;
        p.topic = m_config.topic;
        p.partition = e.partition;
        p.position = e.err || e.offset < 0 ? -1 : e.offset;
        std::int64_t low = -1, high = -1;
        // The cached end offset from the last fetch response (no request).
        if (!rd_kafka_get_watermark_offsets(m_consumer, m_config.topic.c_str(), e.partition, &low, &high) && high >= 0)
            p.highWatermark = high;
        if (auto c = m_committed.find(e.partition); c != m_committed.end())
            p.committed = c->second;
        stats.partitions.push_back(std::move(p));
    }
    rd_kafka_topic_partition_list_destroy(list);
    return stats;
}

void KafkaSource::rebalance(int err, rd_kafka_topic_partition_list_s *partitions)
{
    ++m_rebalances;
    const bool cooperative = !std::strcmp(rd_kafka_rebalance_protocol(m_consumer), "COOPERATIVE");
    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        for (int i = 0; i < partitions->cnt; ++i) {
            auto &p = partitions->elems[i];
            m_trackers.push_back(std::make_unique<PartitionOffsets>(m_config.topic, p.partition));
            m_current[p.partition] = m_trackers.back().get();
            const bool first = m_seen.insert(p.partition).second;
            if (m_config.table)
                m_loadTarget.emplace(p.partition, -1); // a reassigned partition keeps its target
            if (m_config.table || (first && m_config.start == Start::Earliest))
                p.offset = logStartOffset(p.partition);
            else if (first && m_config.start == Start::Latest)
                p.offset = RD_KAFKA_OFFSET_END;
        }
        expectStarts(partitions);
        if (cooperative)
            rd_kafka_error_destroy(rd_kafka_incremental_assign(m_consumer, partitions));
        else
            rd_kafka_assign(m_consumer, partitions);
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS) {
        // Give in-flight work the chance to settle so the next owner starts after it.
        if (m_hooks.beforeRevoke)
            m_hooks.beforeRevoke();
        storeOffsets();
        if (!m_config.table && !m_config.transactional) {
            rd_kafka_commit(m_consumer, nullptr, 0);
            ++m_commits;
        }
        for (int i = 0; i < partitions->cnt; ++i) {
            auto it = m_current.find(partitions->elems[i].partition);
            if (it != m_current.end()) {
                it->second->revoked = true;
                m_current.erase(it);
            }
        }
        if (cooperative)
            rd_kafka_error_destroy(rd_kafka_incremental_unassign(m_consumer, partitions));
        else
            rd_kafka_assign(m_consumer, nullptr);
        return;
    }
    if (m_hooks.warning)
        m_hooks.warning("rebalance error on " + m_config.topic + ": " + rd_kafka_err2str(rd_kafka_resp_err_t(err)));
    rd_kafka_assign(m_consumer, nullptr);
}

size_t KafkaSource::poll(int timeoutMs, size_t max, std::vector<rd_kafka_message_s *> &out, std::string *fatal)
{
    size_t got = 0;
    int timeout = timeoutMs;
    const size_t first = out.size();
    const std::uint64_t rebalances = m_rebalances;
    while (got < max) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(m_consumer, timeout);
        timeout = 0;
        if (!m)
            break;
        if (m->err) {
            if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                char reason[512];
                if (rd_kafka_fatal_error(m_consumer, reason, sizeof reason)) {
                    *fatal = m_config.topic + ": " + reason;
                    rd_kafka_message_destroy(m);
                    break;
                }
                if (m_hooks.warning)
                    m_hooks.warning(m_config.topic + ": " + rd_kafka_message_errstr(m));
            }
            rd_kafka_message_destroy(m);
            continue;
        }
        if (!m_expectedStart.empty())
            checkStart(m);
        if (m_config.table) {
            std::int64_t &next = m_loadNext[m->partition];
            next = std::max(next, std::int64_t(m->offset) + 1);
        }
        out.push_back(m);
        ++got;
    }
    // A rebalance served by a later consumer_poll of this batch took partitions
    // away: what this batch read from them was never taken in, and the new
    // owner reads it from the committed offset. Taking it in here too would
    // process it twice (a duplicate, under exactly-once one that commits).
    if (m_rebalances != rebalances) {
        auto kept = out.begin() + std::ptrdiff_t(first);
        for (auto it = kept; it != out.end(); ++it) {
            if (m_current.count((*it)->partition))
                *kept++ = *it;
            else
                rd_kafka_message_destroy(*it);
        }
        got -= size_t(out.end() - kept);
        out.erase(kept, out.end());
    }
    return got;
}

// The partition's first offset, asked of its leader now, so the assignment
// carries an absolute offset. With the logical RD_KAFKA_OFFSET_BEGINNING,
// librdkafka 2.0 resolves the offset inside its fetcher, and a partition whose
// leader was not looked up yet waits for the client's 1 s topic scan: one
// partition read at once, the others a second later (bench_runtime's stall).
// RD_KAFKA_OFFSET_BEGINNING stays the answer when the leader cannot say.
std::int64_t KafkaSource::logStartOffset(std::int32_t partition)
{
    std::int64_t low = -1, high = -1;
    if (rd_kafka_query_watermark_offsets(m_consumer, m_config.topic.c_str(), partition, &low, &high, 5000)
            != RD_KAFKA_RESP_ERR_NO_ERROR
        || low < 0)
        return RD_KAFKA_OFFSET_BEGINNING;
    return low;
}

void KafkaSource::expectStarts(rd_kafka_topic_partition_list_s *partitions)
{
    if (m_config.table)
        return; // tables read whatever is there, from the beginning, every time
    // Partitions that resume from the group's committed offset: ask for it (a
    // group without one resets to earliest unless the source starts at latest).
    rd_kafka_topic_partition_list_t *resume = rd_kafka_topic_partition_list_new(partitions->cnt);
    for (int i = 0; i < partitions->cnt; ++i) {
        const auto &p = partitions->elems[i];
        if (p.offset == RD_KAFKA_OFFSET_BEGINNING)
            m_expectedStart[p.partition] = 0;
        else if (p.offset >= 0)
            m_expectedStart[p.partition] = 0; // from the log start: what was dropped before it is reported
        else if (p.offset != RD_KAFKA_OFFSET_END)
            rd_kafka_topic_partition_list_add(resume, p.topic, p.partition);
    }
    if (resume->cnt > 0 && rd_kafka_committed(m_consumer, resume, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        for (int i = 0; i < resume->cnt; ++i) {
            const auto &p = resume->elems[i];
            if (p.err)
                continue;
            if (p.offset >= 0)
                m_expectedStart[p.partition] = p.offset;
            else if (m_config.start != Start::Latest)
                m_expectedStart[p.partition] = 0;
        }
    }
    rd_kafka_topic_partition_list_destroy(resume);
}

void KafkaSource::checkStart(const rd_kafka_message_s *message)
{
    auto it = m_expectedStart.find(message->partition);
    if (it == m_expectedStart.end())
        return;
    const std::int64_t expected = it->second;
    m_expectedStart.erase(it);
    if (message->offset <= expected || !m_hooks.warning)
        return;
    // The broker no longer had the offsets this run should have started at: they
    // were dropped (the sandbox keeps 5 MiB per partition) or deleted by retention.
    const std::int64_t missing = message->offset - expected;
    m_hooks.warning(m_config.topic + "[" + std::to_string(message->partition) + "]: " + std::to_string(missing)
                    + " message(s) at offsets " + std::to_string(expected) + ".." + std::to_string(message->offset - 1)
                    + " were no longer on the broker; reading starts at offset " + std::to_string(message->offset)
                    + ". The sandbox keeps only the newest 5 MiB per partition and drops older messages: produce "
                      "compressed (lz4) or start the run before producing.");
}

bool KafkaSource::tableLoaded(int queryTimeoutMs)
{
    if (!m_consumer || m_current.empty())
        return false;
    bool loaded = true;
    for (const auto &[partition, tracker] : m_current) {
        std::int64_t &target = m_loadTarget[partition];
        if (target < 0) {
            std::int64_t low = 0, high = 0;
            if (rd_kafka_query_watermark_offsets(m_consumer, m_config.topic.c_str(), partition, &low, &high,
                                                 queryTimeoutMs)
                != RD_KAFKA_RESP_ERR_NO_ERROR) {
                loaded = false;
                continue;
            }
            // Nothing below `low` can be read any more; an empty partition is loaded at once.
            target = high > low ? high : 0;
        }
        auto next = m_loadNext.find(partition);
        std::int64_t position = next == m_loadNext.end() ? 0 : next->second;
        // Transaction markers occupy offsets no message is returned for: the
        // consumer's position moves past them, the last message's offset does not.
        rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(list, m_config.topic.c_str(), partition);
        if (!rd_kafka_position(m_consumer, list) && list->elems[0].offset >= 0)
            position = std::max<std::int64_t>(position, list->elems[0].offset);
        rd_kafka_topic_partition_list_destroy(list);
        if (position < target)
            loaded = false;
    }
    return loaded;
}

std::string KafkaSource::tableLoadProgress() const
{
    if (m_current.empty())
        return m_config.topic + ": no partition assigned";
    std::string text;
    for (const auto &[partition, tracker] : m_current) {
        auto target = m_loadTarget.find(partition);
        auto next = m_loadNext.find(partition);
        const std::int64_t read = next == m_loadNext.end() ? 0 : next->second;
        if (target == m_loadTarget.end() || target->second < 0)
            text += (text.empty() ? "" : ", ") + m_config.topic + "[" + std::to_string(partition) + "] end offset unknown";
        else if (read < target->second)
            text += (text.empty() ? "" : ", ") + m_config.topic + "[" + std::to_string(partition) + "] at "
                + std::to_string(read) + " of " + std::to_string(target->second);
    }
    return text;
}

PartitionOffsets *KafkaSource::offsetsFor(std::int32_t partition)
{
    if (m_config.table)
        return nullptr;
    auto it = m_current.find(partition);
    return it == m_current.end() ? nullptr : it->second;
}

void KafkaSource::storeOffsets()
{
    if (!m_consumer || m_config.table || m_config.transactional)
        return;
    rd_kafka_topic_partition_list_t *list = nullptr;
    for (auto &[partition, tracker] : m_current) {
        const std::int64_t offset = tracker->takeCommittable();
        if (offset < 0)
            continue;
        if (!list)
            list = rd_kafka_topic_partition_list_new(int(m_current.size()));
        rd_kafka_topic_partition_list_add(list, m_config.topic.c_str(), partition)->offset = offset;
    }
    if (list) {
        rd_kafka_offsets_store(m_consumer, list);
        rd_kafka_topic_partition_list_destroy(list);
        ++m_commits;
    }
}

size_t KafkaSource::unsettled() const
{
    size_t count = 0;
    for (const auto &[partition, tracker] : m_current)
        count += tracker->inFlight();
    return count;
}

bool KafkaSource::transactionOffsets(TransactionOffsets &out)
{
    if (!m_consumer || m_config.table)
        return false;
    out.consumer = m_consumer;
    out.topic = m_config.topic;
    out.positions.clear();
    for (auto &[partition, tracker] : m_current) {
        const std::int64_t offset = tracker->takeCommittable();
        if (offset >= 0)
            out.positions.emplace_back(partition, offset);
    }
    if (out.positions.empty())
        return false;
    ++m_commits;
    return true;
}

// After the transaction that carried them committed: what the group now has.
void KafkaSource::transactionCommitted(const TransactionOffsets &offsets)
{
    ++m_commitsCompleted;
    for (const auto &[partition, offset] : offsets.positions)
        m_committed[partition] = offset;
}

void KafkaSource::close()
{
    if (!m_consumer || m_closed)
        return;
    storeOffsets();
    if (!m_config.table && !m_config.transactional && !m_current.empty())
        rd_kafka_commit(m_consumer, nullptr, 0);
    rd_kafka_consumer_close(m_consumer);
    rd_kafka_destroy(m_consumer);
    m_consumer = nullptr;
    m_closed = true;
}

} // namespace pipeline::runtime
