#pragma once

#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/dataflow/origin.h"
#include "pipeline/runtime/dataflow/sourcestats.h"
#include "pipeline/runtime/dataflow/transactionoffsets.h"

#include <cstdint>
#include <optional>
#include <string>

namespace pipeline::runtime {

/// What a source hands its records to: the engine implements it per source node
/// (counters, origins' accounting, the node's onError policy).
class SourceContext {
public:
    virtual ~SourceContext() = default;
    /// Settles the origins the source creates (Origin::fromKafka / fromSample).
    virtual FateListener *fates() = 0;
    /// Steady-clock nanoseconds, the time base of Origin::receivedNanos.
    virtual std::int64_t steadyNanos() const = 0;
    /// Wall-clock epoch milliseconds, refreshed per batch.
    virtual std::int64_t nowMillis() const = 0;
    /// A message was taken in (counted before it is decoded: a malformed one counts too).
    virtual void admit() = 0;
    /// Sends an admitted record out of the source's output.
    virtual void emit(Record &&record) = 0;
    /// An admitted record could not be read (malformed JSON, bad Avro): the node's onError.
    virtual void reject(Record &&record, const std::string &error) = 0;
    /// A stop was asked for: take nothing more in (what was read is read again after a restart).
    virtual bool stopping() const = 0;
    /// The event time the run starts at (RunOptions::sampleStartMillis, else the
    /// wall clock at start): generated records count their timestamps from it.
    virtual std::int64_t startMillis() const = 0;
    /// The run cannot go on (a fatal consumer error, the registry down).
    virtual void failRun(const std::string &message) = 0;
    /// Shown in the run's events for this node.
    virtual void warning(const std::string &text) = 0;
    /// Client library log lines (any thread; rate-limited by the engine).
    virtual void clientLog(const std::string &text) = 0;
    /// Before a rebalance takes partitions away: settle what can settle (the
    /// producer's outstanding messages) so their offsets can be stored.
    virtual void beforeRevoke() = 0;
};

/// A source node's operator: the engine reads it instead of calling process().
/// Two styles exist: sources that wait for data (Kafka; read() may block up to
/// `waitMillis`) and paced sources that emit what is due by a clock (samples;
/// nextDueMillis()). A finite source says when it is exhausted.
class Source : public Operator {
public:
    /// Sources have no inputs.
    void process(int input, Record &&record, OperatorContext &context) override
    {
        (void)input;
        (void)record;
        (void)context;
    }
    /// Connects (after prepare(), before the first read); false with `error` stops the run.
    virtual bool open(SourceContext &context, std::string *error) = 0;
    /// Reads up to `budget` records into `context`; returns how many were taken.
    virtual std::uint64_t read(SourceContext &context, std::uint64_t budget, int waitMillis) = 0;
    /// Leaves (commits what settled); the run is over.
    virtual void close() {}

    /// True for sources that may block in read() waiting for data.
    virtual bool waitsForData() const { return false; }
    /// Paced sources: milliseconds until the next record is due (20 when unknown).
    virtual std::int64_t nextDueMillis() const { return 20; }
    /// Paced sources count their rate from here (after the join tables are loaded).
    virtual void startClock(std::int64_t steadyNanos) { (void)steadyNanos; }
    /// A finite source that has emitted all it will.
    virtual bool exhausted() const { return false; }

    /// Every record of this source feeds a table input (a join's table): it is
    /// read from the beginning as state, before the streams.
    virtual bool canReadAsTable() const { return false; }
    virtual void readAsTable() {}
    virtual bool isTable() const { return false; }
    /// Table sources: read up to what the topic held at start (may wait `waitMillis`
    /// for a watermark query), and why not, for the warning after the timeout.
    virtual bool tableLoaded(int waitMillis) { (void)waitMillis; return true; }
    virtual std::string tableLoadProgress() const { return {}; }

    /// About every 100 ms: hand settled offsets to the client.
    virtual void storeOffsets() {}
    /// Exactly-once: messages read whose work has not settled yet; a transaction
    /// commits only when every source says 0, so its offsets cover exactly the
    /// messages whose outputs it carries.
    virtual size_t unsettled() const { return 0; }
    /// Exactly-once: the positions this source adds to the transaction being
    /// committed; false when it has none (tables, sources without offsets).
    virtual bool transactionOffsets(TransactionOffsets &out) { (void)out; return false; }
    /// Exactly-once: the transaction carrying `offsets` committed.
    virtual void transactionCommitted(const TransactionOffsets &offsets) { (void)offsets; }
    /// Offset commits so far, for the run's totals.
    virtual std::uint64_t commits() const { return 0; }
    /// Consumer-group sources: partitions, lag, rebalances, commits (monitoring,
    /// readiness). Called about ten times a second on the engine thread: cheap.
    virtual std::optional<SourceClientStats> clientStats() const { return std::nullopt; }
};

} // namespace pipeline::runtime
