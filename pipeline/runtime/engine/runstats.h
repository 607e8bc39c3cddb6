#pragma once

#include "pipeline/runtime/dataflow/llmstats.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pipeline::runtime {

enum class RunState { Idle, Running, Stopping, Finished, Failed };
std::string_view runStateName(RunState state); // "idle", "running", ...

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
