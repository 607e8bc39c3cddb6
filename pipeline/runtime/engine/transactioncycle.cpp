#include "pipeline/runtime/engine/transactioncycle.h"

namespace pipeline::runtime {

TransactionCycle::TransactionCycle(KafkaProducer &producer, std::int64_t intervalMillis)
    : m_producer(producer), m_intervalNanos(intervalMillis * 1'000'000)
{
}

bool TransactionCycle::due(std::int64_t nowNanos, std::uint64_t input) const
{
    return input != m_inputAtLastCommit && nowNanos - m_lastCommitNanos >= m_intervalNanos;
}

TransactionCycle::Result TransactionCycle::tryCommit(const std::vector<Source *> &sources, std::int64_t nowNanos,
                                                     std::uint64_t input, std::string *error)
{
    for (const Source *source : sources)
        if (source->unsettled() > 0)
            return Result::NotQuiet;
    std::vector<TransactionOffsets> offsets;
    std::vector<Source *> contributors;
    for (Source *source : sources) {
        TransactionOffsets o;
        if (source->transactionOffsets(o)) {
            offsets.push_back(std::move(o));
            contributors.push_back(source);
        }
    }
    // With no new positions (only filtered or table messages, or a sample
    // source) the transaction still commits what it wrote.
    if (!m_producer.commitTransaction(offsets, error)) {
        ++m_aborted;
        return Result::Failed;
    }
    ++m_committed;
    for (size_t i = 0; i < contributors.size(); ++i)
        contributors[i]->transactionCommitted(offsets[i]);
    m_lastCommitNanos = nowNanos;
    m_inputAtLastCommit = input;
    return Result::Committed;
}

void TransactionCycle::abort()
{
    m_producer.abortTransaction();
    ++m_aborted;
}

} // namespace pipeline::runtime
