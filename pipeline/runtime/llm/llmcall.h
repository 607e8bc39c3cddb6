#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline::runtime {

/// How one call is retried: the AI nodes' `maxRetries`, `backoff`,
/// `backoffStrategy` and `timeout` parameters.
struct LlmRetryPolicy {
    int maxRetries = 3;
    std::int64_t backoffMillis = 1000;
    /// exponential: backoff × 2^(retry-1) with "equal jitter" (a random wait in
    /// [d/2, d]) so many clients do not retry in lockstep; fixed: exactly backoff.
    bool exponential = true;
    /// Whole-attempt timeout (connect + send + answer).
    std::int64_t timeoutMillis = 30'000;
    /// Upper bound of one wait, also for a server's Retry-After.
    std::int64_t maxBackoffMillis = 600'000;
};

/// Token counts from a response's `usage`.
struct LlmUsage {
    std::uint64_t promptTokens = 0;
    std::uint64_t completionTokens = 0;
};

/// One request: `POST {base}/chat/completions` or `POST {base}/embeddings` with
/// an OpenAI-shaped JSON body (the caller fills in model, messages/input and
/// parameters such as temperature, max_tokens, response_format).
struct LlmCall {
    enum class Kind { Chat, Embeddings };
    Kind kind = Kind::Chat;
    nlohmann::json body;
    /// For the tokens/min bucket before the answer says how many were used.
    double estimatedTokens = 0;
    LlmRetryPolicy retry;
    /// Streaming: with `"stream": true` in the body the server answers with
    /// server-sent events (`data: {chunk}` ... `data: [DONE]`); each piece of the
    /// answer's text goes to this callback on the client's I/O thread as it
    /// arrives (keep it short), and the result's body is assembled into the
    /// usual chat.completion shape. A server that answers plain JSON instead is
    /// read as usual. A retried attempt starts again with `restarted` = true.
    std::function<void(std::string_view delta, bool restarted)> onDelta;
    /// The node the call is made for (fake transports answer by node; logs).
    std::string nodeId;

    static LlmCall chat(nlohmann::json body, LlmRetryPolicy retry = {});
    static LlmCall embeddings(nlohmann::json body, LlmRetryPolicy retry = {});
};

/// The outcome of a call after all its retries. On failure `httpStatus` (0 when no
/// HTTP answer arrived) and `errorBody` (the server's body, shortened) say why;
/// neither ever contains the API key (it is scrubbed should a server echo it).
struct LlmResult {
    bool ok = false;
    int httpStatus = 0;
    nlohmann::json body;   // the parsed answer when ok
    std::string error;     // one line for humans: "HTTP 500 after 4 attempts: ..."
    std::string errorBody; // the last error answer's body (≤ 4 KiB)
    int attempts = 0;
    LlmUsage usage;
    std::int64_t elapsedMillis = 0; // first attempt until completion
    bool fromCache = false;

    /// choices[0].message.content of a chat answer, if present.
    std::optional<std::string> chatContent() const;
};

/// Rough token count of a text (≈ 4 bytes per token), for rate limits and
/// estimated cost before the answer's usage is known.
double estimateTokens(std::size_t bytes);

} // namespace pipeline::runtime
