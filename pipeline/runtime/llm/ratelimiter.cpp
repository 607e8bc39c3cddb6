#include "pipeline/runtime/llm/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace pipeline::runtime {

RateLimiter::RateLimiter(double requestsPerMinute, double tokensPerMinute)
{
    setLimits(requestsPerMinute, tokensPerMinute);
}

void RateLimiter::setLimits(double requestsPerMinute, double tokensPerMinute)
{
    m_requestsPerMinute = std::max(0.0, requestsPerMinute);
    m_tokensPerMinute = std::max(0.0, tokensPerMinute);
    m_requests = m_requestsPerMinute;
    m_tokens = m_tokensPerMinute;
    m_lastMillis = -1;
}

void RateLimiter::refill(std::int64_t nowMillis)
{
    if (m_lastMillis < 0 || nowMillis < m_lastMillis) {
        m_lastMillis = nowMillis;
        return;
    }
    const double minutes = double(nowMillis - m_lastMillis) / 60'000.0;
    m_lastMillis = nowMillis;
    if (m_requestsPerMinute > 0)
        m_requests = std::min(m_requestsPerMinute, m_requests + minutes * m_requestsPerMinute);
    if (m_tokensPerMinute > 0)
        m_tokens = std::min(m_tokensPerMinute, m_tokens + minutes * m_tokensPerMinute);
}

std::int64_t RateLimiter::delayFor(std::int64_t nowMillis, double tokens)
{
    if (unlimited())
        return 0;
    refill(nowMillis);
    double waitMinutes = 0;
    if (m_requestsPerMinute > 0 && m_requests < 1)
        waitMinutes = std::max(waitMinutes, (1 - m_requests) / m_requestsPerMinute);
    if (m_tokensPerMinute > 0) {
        const double need = std::min(tokens, m_tokensPerMinute);
        if (m_tokens < need)
            waitMinutes = std::max(waitMinutes, (need - m_tokens) / m_tokensPerMinute);
    }
    return std::int64_t(std::ceil(waitMinutes * 60'000.0));
}

void RateLimiter::acquire(std::int64_t nowMillis, double tokens)
{
    if (unlimited())
        return;
    refill(nowMillis);
    if (m_requestsPerMinute > 0)
        m_requests -= 1;
    if (m_tokensPerMinute > 0)
        m_tokens -= std::min(tokens, m_tokensPerMinute);
}

void RateLimiter::refund(double tokens)
{
    if (m_tokensPerMinute > 0)
        m_tokens = std::min(m_tokensPerMinute, m_tokens + tokens);
}

} // namespace pipeline::runtime
