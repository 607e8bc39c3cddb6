#pragma once

#include <cstdint>

namespace pipeline::runtime {

/// Two token buckets (requests per minute, tokens per minute) in front of one LLM
/// endpoint, shared by every node that calls it. Buckets start full, so a short
/// burst up to the per-minute budget passes at once and the steady rate is the
/// limit. Not thread-safe: the LLM client's I/O thread owns it. Time is passed in
/// (steady milliseconds) so tests control it.
class RateLimiter {
public:
    RateLimiter(double requestsPerMinute = 0, double tokensPerMinute = 0);

    void setLimits(double requestsPerMinute, double tokensPerMinute);
    bool unlimited() const { return m_requestsPerMinute <= 0 && m_tokensPerMinute <= 0; }

    /// Milliseconds until a request estimated at `tokens` may start (0 = now).
    /// A request bigger than the whole token bucket waits for a full bucket rather
    /// than forever.
    std::int64_t delayFor(std::int64_t nowMillis, double tokens);
    /// Takes one request and `tokens` out of the buckets (call when delayFor() is 0).
    void acquire(std::int64_t nowMillis, double tokens);
    /// Corrects an estimate once the response's usage is known (positive = refund).
    void refund(double tokens);

private:
    void refill(std::int64_t nowMillis);

    double m_requestsPerMinute = 0;
    double m_tokensPerMinute = 0;
    double m_requests = 0;
    double m_tokens = 0;
    std::int64_t m_lastMillis = -1;
};

} // namespace pipeline::runtime
