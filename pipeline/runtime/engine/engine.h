#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/builtinoperators.h"
#include "pipeline/runtime/dataflow/operatorregistry.h"
#include "pipeline/runtime/dataflow/runsettings.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"
#include "pipeline/runtime/engine/runstats.h"
#include "pipeline/runtime/kafka/clientproperties.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline::runtime {

/// How to run a pipeline.
struct RunOptions {
    /// bootstrap.servers; required when the graph has Kafka nodes.
    std::string bootstrapServers;
    /// Extra librdkafka properties for every client (SASL/SSL, tuning).
    ClientProperties clientProperties;
    /// The modules' settings, one value per type, read by the operator factories:
    /// LlmSettings (endpoint profiles, response cache, budget for the AI nodes),
    /// SchemaRegistrySettings (profiles for Avro sources and sinks), DatabaseSettings
    /// (connection profiles for database sinks). E.g.
    /// `options.settings.edit<LlmSettings>().endpoints.push_back(endpoint)`.
    RunSettings settings;
    /// Stop (gracefully) after this many source messages; 0 = no limit.
    std::uint64_t maxMessages = 0;
    /// Stop (gracefully) after this long; 0 = no limit.
    std::int64_t durationMillis = 0;
    /// Latest records kept per edge for peek(); 0 = off (the fast path copies nothing).
    size_t peekCapacity = 0;
    /// Event time of a sample source's first record; 0 = the wall clock at start.
    std::int64_t sampleStartMillis = 0;
    /// How long stream sources wait at start for the join tables to be read up
    /// to their end offsets; after it the run goes on with a warning (a broken
    /// table topic must not hang it). Held consumers are not polled, so this
    /// stays below librdkafka's max.poll.interval.ms (300 s by default).
    std::int64_t tableLoadTimeoutMillis = 60'000;
    /// How long a graceful stop waits for acknowledgements before giving up.
    std::int64_t drainTimeoutMillis = 60'000;
    /// Exactly-once (settings.processingGuarantee): the producer's transactional.id;
    /// empty = "pipewright.<consumer group>.<host name>". Keep it across restarts of
    /// one runner (the new process fences the crashed one and aborts its open
    /// transaction at once) and make it unique per runner of a consumer group.
    std::string transactionalId;
    /// Exactly-once: how often the open transaction commits (outputs become
    /// visible to read_committed readers then).
    std::int64_t transactionIntervalMillis = 100;
    /// Exactly-once: transaction.timeout.ms; a transaction that cannot commit
    /// within it (a broker outage, an LLM step that does not answer) is aborted.
    std::int64_t transactionTimeoutMillis = 60'000;
    /// Called (on the engine thread, must not block) when takeEvents() has something.
    std::function<void()> eventsAvailable;
    /// Where the engine's own dead letters (a node's `onError: dead-letter`) go
    /// instead of the producer: pipeline tests keep them in memory. Null = Kafka.
    SinkOutput *deadLetterOutput = nullptr;
    /// The wall clock operators see as processing time (epoch ms); null = the
    /// system clock. Pipeline tests make it follow the records' event time, so
    /// processing-time windows close the same way in every run.
    std::function<std::int64_t()> clock;
};

/// Runs a pipeline against Kafka: compiles a validated graph into operators and
/// drives them on one engine thread (librdkafka does the network I/O on its own
/// threads). Guarantees: at-least-once (offsets committed only after everything a
/// message caused was acknowledged) or, with settings.processingGuarantee
/// "exactly-once", Kafka transactions that carry each batch's outputs, dead
/// letters and consumed offsets together (TransactionCycle), every message accounted for (RunTotals), a
/// malformed message never stops the run unless its node says `onError: stop`,
/// and a stream joined against a table is read only once the table sources have
/// read what their topics held at start (RunOptions::tableLoadTimeoutMillis).
///
/// Monitors never block the engine: snapshot(), takeEvents() and peek() copy
/// data the engine publishes about ten times a second under a short lock, from
/// any thread.
///
/// Dead-letter messages carry the original message whole: its key, payload and
/// headers (first, in their order), then the headers `error` (readableReason():
/// at most 512 bytes), `node-id`, `source-topic`, `source-partition`,
/// `source-offset`, `source-timestamp` (epoch ms of the original message),
/// `original-headers` (how many headers before these are the original's) and
/// `time` (when it was dead-lettered, ISO 8601 UTC). The dead letter's own Kafka
/// timestamp is when it was written, so the dead-letter topic's retention counts
/// from then, not from the original message's age.
class Engine {
public:
    Engine();
    ~Engine(); // stops and joins a running engine
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    /// Validates the graph and builds each node's operator with the factory
    /// `operators` holds for its kind. Errors (validation, node kinds without a
    /// factory, an unknown LLM endpoint profile, a missing cluster) mean the
    /// engine cannot start. The default registry is resolved where compile() is
    /// called: builtinOperators() lives in pipewright_runtime, above the engine,
    /// so the engine itself links none of the operator modules.
    Diagnostics compile(const Graph &graph, const RunOptions &options, const Catalog &catalog = Catalog::builtin(),
                        const OperatorRegistry &operators = builtinOperators());
    bool isCompiled() const;

    /// Runs on a new thread; false if not compiled or already started.
    bool start();
    /// Runs on the calling thread until the run ends (limits, stop, failure).
    void run();
    /// Asks for a graceful stop: no new messages, windows closed, produces
    /// drained, offsets committed. Thread-safe, returns at once.
    void requestStop();
    /// Waits for a start()ed run to end.
    void wait();

    RunSnapshot snapshot() const;
    std::vector<RunEvent> takeEvents(size_t max = SIZE_MAX);
    /// The latest records that passed along an edge (JSON text, oldest first).
    std::vector<std::string> peek(std::string_view edgeId) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pipeline::runtime
