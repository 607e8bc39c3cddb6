#pragma once

#include "pipeline/runtime/dataflow/source.h"
#include "pipeline/runtime/kafka/kafkaproducer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// Exactly-once: when the open Kafka transaction commits, and committing it.
/// A transaction commits only at a quiet point, when every message read so far
/// has settled (its outputs and dead letters acknowledged inside the
/// transaction): the offsets it carries then cover exactly the messages whose
/// results it carries, so a crash at any moment either keeps both or neither.
/// From the moment a commit is due the engine stops reading until it is done;
/// the pause lasts as long as the work in flight (e.g. LLM calls) needs.
class TransactionCycle {
public:
    enum class Result { NotQuiet, Committed, Failed };

    /// `intervalMillis`: how often a commit falls due (Kafka Streams' exactly-once default is 100 ms).
    TransactionCycle(KafkaProducer &producer, std::int64_t intervalMillis);

    /// The interval passed since the last commit and something was read since.
    bool due(std::int64_t nowNanos, std::uint64_t input) const;
    /// Commits when every source has settled what it read; then the next
    /// transaction is open. Failed: the transaction was aborted, `error` says why.
    Result tryCommit(const std::vector<Source *> &sources, std::int64_t nowNanos, std::uint64_t input, std::string *error);
    /// Ends a failed or undrained run: what the open transaction wrote is discarded.
    void abort();

    std::uint64_t committed() const { return m_committed; }
    std::uint64_t aborted() const { return m_aborted; }

private:
    KafkaProducer &m_producer;
    std::int64_t m_intervalNanos;
    std::int64_t m_lastCommitNanos = 0;
    std::uint64_t m_inputAtLastCommit = 0;
    std::uint64_t m_committed = 0;
    std::uint64_t m_aborted = 0;
};

} // namespace pipeline::runtime
