#pragma once

#include "pipeline/runtime/dataflow/llmstats.h"
#include "pipeline/runtime/dataflow/sourcestats.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pipeline::runtime {

enum class RunState { Idle, Running, Stopping, Finished, Failed };
std::string_view runStateName(RunState state); // "idle", "running", ...

/// Ages of records arriving at a node (sinks: until acknowledged), in fixed
/// buckets for a Prometheus histogram. The engine observes every 16th record
/// (the same sample as NodeStats::latencyMillis): a clock read per record would
/// cost more than some operators.
struct LatencyHistogram {
    /// Upper bounds in seconds; a last bucket (+Inf) follows.
    static constexpr std::array<double, 14> bounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                   0.25,  0.5,    1.0,   2.5,  5.0,   10.0, 30.0};
    std::array<std::uint64_t, bounds.size() + 1> counts{}; // per bucket, not cumulative
    std::uint64_t count = 0;
    double sumSeconds = 0;
    void observe(double seconds)
    {
        size_t i = 0;
        while (i < bounds.size() && seconds > bounds[i])
            ++i;
        ++counts[i];
        ++count;
        sumSeconds += seconds;
    }
};

/// Counters of one node. Sinks count `out` when the broker acknowledged.
struct NodeStats {
    std::string nodeId;
    std::string kind;
    std::uint64_t in = 0;
    std::uint64_t out = 0;
    std::uint64_t filtered = 0;     // dropped on purpose (filter false, duplicate, no join match)
    std::uint64_t deadLettered = 0; // sent to the dead-letter topic by this node
    std::uint64_t errors = 0;       // data errors, whatever the policy did with them
    std::uint64_t stored = 0;       // taken into state (a join's table)
    double ratePerSecond = 0;       // `in` per second, smoothed
    double latencyMillis = 0;       // age of records arriving here (sinks: until acknowledged), smoothed
    LlmNodeStats llm;               // AI nodes only: calls, tokens, cost, cache hits
    bool isLlm = false;             // an AI node (llm holds its counters)
    LatencyHistogram latency;       // sampled ages, as latencyMillis
    std::optional<std::uint64_t> batches; // sinks writing in batches: batches committed
};

/// The run's accounting per source message: every message that entered ends in
/// exactly one of output / filtered / deadLettered / skipped / stored once its
/// work is done; inFlight are the rest. A finished run balances:
/// input == output + filtered + deadLettered + skipped + stored (+ failed).
struct RunTotals {
    std::uint64_t input = 0;
    std::uint64_t output = 0;
    std::uint64_t filtered = 0;
    std::uint64_t deadLettered = 0;
    std::uint64_t skipped = 0; // onError: skip
    std::uint64_t stored = 0;  // went only into a join table
    std::uint64_t failed = 0;  // work failed for good (a failed run); not committed
    std::uint64_t inFlight = 0;
    std::uint64_t produced = 0;     // messages acknowledged by the broker (all sinks)
    std::uint64_t lateEvents = 0;   // window aggregation events behind watermark + grace
    std::uint64_t committed = 0;    // offset commits requested
    bool balanced() const { return inFlight == 0 && input == output + filtered + deadLettered + skipped + stored + failed; }
};

/// A consistent copy of a run's state for monitors (GUI bridge, CLI progress).
struct RunSnapshot {
    RunState state = RunState::Idle;
    std::int64_t elapsedMillis = 0;
    std::vector<NodeStats> nodes; // in node id order
    RunTotals totals;
    double inputRatePerSecond = 0;
    /// From the first source message to the last settled one (throughput
    /// without start-up such as the consumer group's join).
    double activeSeconds = 0;
    std::string error; // why the run failed
    std::uint64_t sequence = 0; // increases with every publication

    // Clients, for monitoring (metrics endpoint, readiness).
    std::vector<PartitionStats> partitions; // Kafka sources' assigned partitions
    std::uint64_t rebalances = 0;           // all sources
    std::uint64_t commitsCompleted = 0;     // offset commits the coordinator acknowledged
    std::uint64_t commitFailures = 0;
    std::uint64_t transactionsCommitted = 0; // exactly-once runs
    std::uint64_t transactionsAborted = 0;
    std::int64_t producerQueue = 0;         // messages produced but not acknowledged yet
    bool brokersReachable = true;           // false after the producer saw every broker down
    /// Ready to do work: running, not draining, every Kafka source has partitions,
    /// brokers reachable. `notReady` says why not (one reason per line).
    bool ready = false;
    std::vector<std::string> notReady;
};

/// Something a monitor should show once (state changes, errors, warnings).
struct RunEvent {
    enum class Kind { StateChanged, Error, Warning, Info };
    Kind kind = Kind::Info;
    std::string nodeId; // empty for run-level events
    std::string message;
    std::int64_t timeMillis = 0; // epoch ms
};

} // namespace pipeline::runtime
