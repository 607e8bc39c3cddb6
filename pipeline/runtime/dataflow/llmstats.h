#pragma once

#include <cstdint>

namespace pipeline::runtime {

/// Counters of one AI node (llm-prompt, llm-classify, llm-extract, embed), for the
/// run's stats and the run monitor. Costs are in the price table's currency.
struct LlmNodeStats {
    std::uint64_t calls = 0;      // answers received (cache hits excluded)
    std::uint64_t attempts = 0;   // HTTP requests sent, retries included
    std::uint64_t retries = 0;
    std::uint64_t failures = 0;   // calls that failed after their last retry
    std::uint64_t repairs = 0;    // second calls after an invalid JSON / label answer
    std::uint64_t cacheHits = 0;
    std::uint64_t promptTokens = 0;
    std::uint64_t completionTokens = 0;
    std::uint64_t inFlight = 0;   // records waiting for an answer or for an earlier same-key record
    double estimatedCost = 0;     // before sending: prompt bytes / 4 + max tokens at the price table
    double cost = 0;              // from the answers' usage at the price table
    bool any() const { return calls || cacheHits || failures || inFlight; }
};

} // namespace pipeline::runtime
