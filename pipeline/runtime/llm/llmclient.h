#pragma once

#include "pipeline/runtime/llm/llmcall.h"
#include "pipeline/runtime/llm/llmendpoint.h"
#include "pipeline/runtime/llm/llmtransport.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

namespace pipeline::runtime {

/// A queue of calls sharing one concurrency limit (one AI node: its
/// `maxInFlight`). Calls beyond the limit wait inside the client and start as soon
/// as a slot frees, on the client's thread, so a busy engine never lets the wire
/// run dry. A call waiting to be retried keeps its slot.
class LlmChannel {
public:
    explicit LlmChannel(int maxInFlight) : m_maxInFlight(maxInFlight < 1 ? 1 : maxInFlight) {}
    int maxInFlight() const { return m_maxInFlight; }
    /// Drops the channel's queued and running calls; their callbacks never run.
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }

    /// Counters for stats (any thread).
    std::atomic<std::uint64_t> attempts{0}; // HTTP requests sent, retries included
    std::atomic<std::uint64_t> retries{0};
    std::atomic<std::uint64_t> failures{0}; // calls that failed after their last retry
    std::atomic<int> active{0};             // calls holding a slot

private:
    const int m_maxInFlight;
    std::atomic<bool> m_cancelled{false};
};

/// Asynchronous client for OpenAI-compatible HTTP APIs (OpenAI, Azure-style
/// gateways, Ollama, vLLM, the llama.cpp server): `POST {base}/chat/completions`
/// and `POST {base}/embeddings` on libcurl's multi interface, driven by one I/O
/// thread the client owns, so callers never block on the network.
///
/// Per call: a timeout, retries on 429, 5xx, timeouts, connection errors and
/// malformed answers with exponential backoff + jitter or a fixed backoff,
/// honouring `Retry-After` / `retry-after-ms`. Per endpoint: token-bucket rate
/// limits (requests/min, tokens/min). TLS verification is on unless the endpoint
/// profile turns it off. The API key is resolved from its reference when each
/// attempt starts and only ever goes into the Authorization header.
///
/// Callbacks run on the client's I/O thread and must be short (hand the result to
/// your own thread). Typical use from a non-I/O thread:
/// \code
///   LlmClient client;
///   auto endpoint = std::make_shared<LlmEndpoint>(...);
///   client.submit(endpoint, LlmCall::chat(body), [](LlmResult &&r) { ... });
///   LlmResult r = client.send(endpoint, LlmCall::chat(body)); // blocking helper
/// \endcode
class LlmClient {
public:
    using Callback = std::function<void(LlmResult &&)>;

    LlmClient();
    ~LlmClient(); // cancels outstanding calls (no callbacks) and joins the thread
    LlmClient(const LlmClient &) = delete;
    LlmClient &operator=(const LlmClient &) = delete;

    /// For references other than env:NAME (the GUI's keychain). Set before submitting.
    void setSecretResolver(SecretResolver resolver);

    /// Answers every call with `transport` instead of HTTP (pipeline tests): then
    /// `done` runs at once on the submitting thread. Set before submitting.
    void setTransport(std::shared_ptr<LlmTransport> transport);

    /// Queues a call; `done` runs once on the I/O thread with the final result.
    /// Without a channel the call is limited only by the endpoint's rate limits.
    void submit(std::shared_ptr<const LlmEndpoint> endpoint, LlmCall call, Callback done,
                std::shared_ptr<LlmChannel> channel = {});

    /// Blocking convenience for tools and the assistant (never on the engine thread).
    LlmResult send(std::shared_ptr<const LlmEndpoint> endpoint, LlmCall call);

    /// Calls queued, running or waiting for a retry.
    std::uint64_t outstanding() const;

    /// The URL a call of `kind` goes to ({base}/chat/completions, {base}/embeddings).
    static std::string urlFor(const std::string &baseUrl, LlmCall::Kind kind);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pipeline::runtime
