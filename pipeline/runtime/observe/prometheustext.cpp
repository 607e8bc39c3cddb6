#include "pipeline/runtime/observe/prometheustext.h"

#include <cmath>
#include <cstdio>
#include <utility>
#include <vector>

namespace pipeline::runtime {

namespace {

using Labels = std::vector<std::pair<std::string_view, std::string>>;

// Label values escape backslash, double quote and newline (exposition format).
void appendLabelValue(std::string &out, std::string_view value)
{
    for (char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
}

std::string number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string number(std::uint64_t v)
{
    return std::to_string(v);
}

std::string number(std::int64_t v)
{
    return std::to_string(v);
}

class Writer {
public:
    explicit Writer(std::string_view pipeline) : m_pipeline(pipeline) {}

    // HELP text escapes backslash and newline only.
    void family(std::string_view name, std::string_view type, std::string_view help)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        for (char c : help) {
            if (c == '\\')
                m_out += "\\\\";
            else if (c == '\n')
                m_out += "\\n";
            else
                m_out += c;
        }
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }

    void sample(std::string_view name, const Labels &labels, const std::string &value)
    {
        m_out += name;
        m_out += "{pipeline=\"";
        appendLabelValue(m_out, m_pipeline);
        m_out += '"';
        for (const auto &[key, v] : labels) {
            m_out += ',';
            m_out += key;
            m_out += "=\"";
            appendLabelValue(m_out, v);
            m_out += '"';
        }
        m_out += "} ";
        m_out += value;
        m_out += '\n';
    }

    std::string take() { return std::move(m_out); }

private:
    std::string_view m_pipeline;
    std::string m_out;
};

} // namespace

std::string prometheusText(std::string_view pipelineName, const RunSnapshot &s)
{
    Writer w(pipelineName);

    w.family("pipewright_run_state", "gauge", "1 for the run's current state (idle, running, stopping, finished, failed).");
    for (RunState state : {RunState::Idle, RunState::Running, RunState::Stopping, RunState::Finished, RunState::Failed})
        w.sample("pipewright_run_state", {{"state", std::string(runStateName(state))}}, state == s.state ? "1" : "0");
    w.family("pipewright_run_ready", "gauge",
             "1 when the run is ready: running, not draining, partitions assigned, brokers reachable.");
    w.sample("pipewright_run_ready", {}, s.ready ? "1" : "0");
    w.family("pipewright_run_elapsed_seconds", "gauge", "Seconds since the run started.");
    w.sample("pipewright_run_elapsed_seconds", {}, number(double(s.elapsedMillis) / 1000.0));

    // Per node: one counter family, the outcome as a label (sums over a node are meaningful).
    w.family("pipewright_node_info", "gauge", "Each node of the pipeline and its kind (always 1).");
    for (const auto &n : s.nodes)
        w.sample("pipewright_node_info", {{"node", n.nodeId}, {"kind", n.kind}}, "1");
    w.family("pipewright_node_records_total", "counter",
             "Records per node and outcome: in (arrived), out (emitted; sinks: acknowledged), filtered (dropped on "
             "purpose), dead_lettered (sent to the dead-letter topic by this node), errors (data errors, whatever "
             "onError did), stored (taken into a join table).");
    for (const auto &n : s.nodes) {
        const std::pair<const char *, std::uint64_t> outcomes[] = {{"in", n.in},
                                                                   {"out", n.out},
                                                                   {"filtered", n.filtered},
                                                                   {"dead_lettered", n.deadLettered},
                                                                   {"errors", n.errors},
                                                                   {"stored", n.stored}};
        for (const auto &[outcome, value] : outcomes)
            w.sample("pipewright_node_records_total", {{"node", n.nodeId}, {"outcome", outcome}}, number(value));
    }
    w.family("pipewright_node_latency_seconds", "histogram",
             "Age of records arriving at the node since their source received them (sinks: until acknowledged); "
             "every 16th record is observed.");
    for (const auto &n : s.nodes) {
        std::uint64_t cumulative = 0;
        for (size_t i = 0; i < LatencyHistogram::bounds.size(); ++i) {
            cumulative += n.latency.counts[i];
            w.sample("pipewright_node_latency_seconds_bucket", {{"node", n.nodeId}, {"le", number(LatencyHistogram::bounds[i])}},
                     number(cumulative));
        }
        w.sample("pipewright_node_latency_seconds_bucket", {{"node", n.nodeId}, {"le", "+Inf"}}, number(n.latency.count));
        w.sample("pipewright_node_latency_seconds_sum", {{"node", n.nodeId}}, number(n.latency.sumSeconds));
        w.sample("pipewright_node_latency_seconds_count", {{"node", n.nodeId}}, number(n.latency.count));
    }

    // The run's accounting per source message.
    const RunTotals &t = s.totals;
    w.family("pipewright_messages_received_total", "counter", "Source messages taken in.");
    w.sample("pipewright_messages_received_total", {}, number(t.input));
    w.family("pipewright_messages_settled_total", "counter",
             "Source messages whose work is done, by fate; received = sum of these + in flight.");
    const std::pair<const char *, std::uint64_t> fates[] = {{"output", t.output},   {"filtered", t.filtered},
                                                            {"dead_lettered", t.deadLettered},
                                                            {"skipped", t.skipped}, {"stored", t.stored},
                                                            {"failed", t.failed}};
    for (const auto &[fate, value] : fates)
        w.sample("pipewright_messages_settled_total", {{"fate", fate}}, number(value));
    w.family("pipewright_messages_in_flight", "gauge", "Source messages taken in and not settled yet.");
    w.sample("pipewright_messages_in_flight", {}, number(t.inFlight));
    w.family("pipewright_produced_messages_total", "counter", "Messages the brokers acknowledged (all sinks and dead letters).");
    w.sample("pipewright_produced_messages_total", {}, number(t.produced));
    w.family("pipewright_late_events_total", "counter", "Window aggregation events behind watermark + grace (dropped).");
    w.sample("pipewright_late_events_total", {}, number(t.lateEvents));

    // Kafka clients.
    w.family("pipewright_offset_stores_total", "counter", "Times settled offsets were handed to the consumer for commit.");
    w.sample("pipewright_offset_stores_total", {}, number(t.committed));
    w.family("pipewright_offset_commits_total", "counter", "Offset commits the group coordinator acknowledged.");
    w.sample("pipewright_offset_commits_total", {}, number(s.commitsCompleted));
    w.family("pipewright_offset_commit_failures_total", "counter", "Offset commits that failed.");
    w.sample("pipewright_offset_commit_failures_total", {}, number(s.commitFailures));
    w.family("pipewright_transactions_total", "counter",
             "Exactly-once runs: Kafka transactions (outputs and offsets together) by outcome.");
    w.sample("pipewright_transactions_total", {{"outcome", "committed"}}, number(s.transactionsCommitted));
    w.sample("pipewright_transactions_total", {{"outcome", "aborted"}}, number(s.transactionsAborted));
    w.family("pipewright_consumer_rebalances_total", "counter", "Partition assignments and revocations of the sources.");
    w.sample("pipewright_consumer_rebalances_total", {}, number(s.rebalances));
    w.family("pipewright_producer_queue_messages", "gauge", "Messages produced and not acknowledged yet.");
    w.sample("pipewright_producer_queue_messages", {}, number(s.producerQueue));
    w.family("pipewright_brokers_reachable", "gauge", "0 after the producer saw every broker down, until one answers.");
    w.sample("pipewright_brokers_reachable", {}, s.brokersReachable ? "1" : "0");

    w.family("pipewright_source_partition_lag_messages", "gauge",
             "Messages on the partition not read yet (end offset - position), per source node and partition.");
    for (const auto &p : s.partitions)
        if (p.lag() >= 0)
            w.sample("pipewright_source_partition_lag_messages",
                     {{"node", p.nodeId}, {"topic", p.topic}, {"partition", std::to_string(p.partition)}},
                     number(p.lag()));
    w.family("pipewright_source_partition_committed_offset", "gauge",
             "The consumer group's committed offset (the next offset a restart reads), as of the last commit.");
    for (const auto &p : s.partitions)
        if (p.committed >= 0)
            w.sample("pipewright_source_partition_committed_offset",
                     {{"node", p.nodeId}, {"topic", p.topic}, {"partition", std::to_string(p.partition)}},
                     number(p.committed));
    w.family("pipewright_source_partition_position_offset", "gauge", "The next offset the source reads.");
    for (const auto &p : s.partitions)
        if (p.position >= 0)
            w.sample("pipewright_source_partition_position_offset",
                     {{"node", p.nodeId}, {"topic", p.topic}, {"partition", std::to_string(p.partition)}},
                     number(p.position));
    w.family("pipewright_source_partition_end_offset", "gauge", "The partition's end offset (high watermark), as of the last fetch.");
    for (const auto &p : s.partitions)
        if (p.highWatermark >= 0)
            w.sample("pipewright_source_partition_end_offset",
                     {{"node", p.nodeId}, {"topic", p.topic}, {"partition", std::to_string(p.partition)}},
                     number(p.highWatermark));

    // AI nodes.
    struct LlmCounter {
        const char *name;
        const char *help;
        std::uint64_t LlmNodeStats::*field;
    };
    const LlmCounter llmCounters[] = {
        {"pipewright_llm_calls_total", "LLM answers received (cache hits excluded).", &LlmNodeStats::calls},
        {"pipewright_llm_requests_total", "LLM HTTP requests sent, retries included.", &LlmNodeStats::attempts},
        {"pipewright_llm_retries_total", "LLM requests retried.", &LlmNodeStats::retries},
        {"pipewright_llm_failures_total", "LLM calls that failed after their last retry.", &LlmNodeStats::failures},
        {"pipewright_llm_repairs_total", "Second LLM calls after an invalid answer.", &LlmNodeStats::repairs},
        {"pipewright_llm_cache_hits_total", "Answers served from the response cache.", &LlmNodeStats::cacheHits},
    };
    for (const auto &c : llmCounters) {
        w.family(c.name, "counter", c.help);
        for (const auto &n : s.nodes)
            if (n.isLlm)
                w.sample(c.name, {{"node", n.nodeId}}, number(n.llm.*c.field));
    }
    w.family("pipewright_llm_tokens_total", "counter", "Tokens the LLM endpoint reported, by type (prompt, completion).");
    for (const auto &n : s.nodes)
        if (n.isLlm) {
            w.sample("pipewright_llm_tokens_total", {{"node", n.nodeId}, {"type", "prompt"}}, number(n.llm.promptTokens));
            w.sample("pipewright_llm_tokens_total", {{"node", n.nodeId}, {"type", "completion"}},
                     number(n.llm.completionTokens));
        }
    w.family("pipewright_llm_cost_total", "counter", "Cost of the LLM answers at the price table, in its currency.");
    for (const auto &n : s.nodes)
        if (n.isLlm)
            w.sample("pipewright_llm_cost_total", {{"node", n.nodeId}}, number(n.llm.cost));
    w.family("pipewright_llm_in_flight_records", "gauge", "Records waiting for an LLM answer.");
    for (const auto &n : s.nodes)
        if (n.isLlm)
            w.sample("pipewright_llm_in_flight_records", {{"node", n.nodeId}}, number(n.llm.inFlight));

    // Batch sinks.
    w.family("pipewright_sink_batches_total", "counter", "Batches a database sink committed.");
    for (const auto &n : s.nodes)
        if (n.batches)
            w.sample("pipewright_sink_batches_total", {{"node", n.nodeId}}, number(*n.batches));
    return w.take();
}

} // namespace pipeline::runtime
