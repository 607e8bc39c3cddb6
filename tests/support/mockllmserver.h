#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace pipewright::testsupport {

/// What the mock does instead of answering normally.
enum class MockFailure {
    None,
    RateLimited,     // 429 with a Retry-After header (retryAfterSeconds) and an OpenAI error body
    ServerError,     // 500 with an OpenAI error body
    NoAnswer,        // reads the request and never answers (the client's timeout fires)
    MalformedJson,   // 200 whose body is not JSON
    TruncatedBody,   // announces a longer Content-Length than it sends, then closes
    CloseConnection, // closes the connection without any answer
    BadRequest,      // 400 (not retryable)
};

/// A scripted answer for requests whose text matches `pattern` (a substring, or an
/// ECMAScript regex when `regex`): for chat, the first user message (so a
/// repair round, which appends messages, still matches the same rule); for
/// embeddings, each input. The first matching rule wins.
struct MockLlmRule {
    std::string pattern;
    bool regex = false;
    /// Chat: the message content (text, or JSON text for json mode).
    std::string reply;
    /// Chat: a sequence of replies used in turn (the last repeats), e.g. bad JSON
    /// first and a valid repair second. Overrides `reply` when set.
    std::vector<std::string> replies;
    /// Embeddings: the vector for a matching input.
    std::vector<double> embedding;
    /// Failure for the first `failTimes` matching requests (-1 = always).
    MockFailure failure = MockFailure::None;
    int failTimes = -1;
    int retryAfterSeconds = 1;
    /// Error answers quote the request's bearer token, like a provider saying
    /// "Incorrect API key provided: sk-..." (to test that clients scrub it).
    bool echoKey = false;
};

/// Which server's info endpoints the mock answers, with the context it reports:
/// llama.cpp `GET /props` (default_generation_settings.n_ctx), Ollama `POST
/// /api/show` (model_info llama.context_length and, unless `ollamaNumCtx` is
/// off, "num_ctx N" in parameters), vLLM `GET /v1/models` (data[].max_model_len).
/// None: all three answer 404, like OpenAI's API.
enum class MockServerInfo { None, LlamaCpp, Ollama, Vllm };

/// One request as the mock received it.
struct MockLlmRequest {
    std::string method;
    std::string path;                                        // e.g. /v1/chat/completions
    std::vector<std::pair<std::string, std::string>> headers; // names lower-cased
    std::string bodyText;
    nlohmann::json body;          // parsed body (null if it was not JSON)
    std::int64_t arrivalMillis;   // steady clock (same clock as std::chrono::steady_clock)
    std::string matchText;        // the text rules were matched against
    MockFailure answeredWith = MockFailure::None;
    std::string header(const std::string &lowerName) const;
};

/// An OpenAI-compatible HTTP/1.1 server on a loopback port the OS picks, for tests
/// and benchmarks (test tree only, not part of the product): `POST
/// /v1/chat/completions` and `POST /v1/embeddings` with scripted answers per prompt
/// pattern, fixed or random latency, failure injection and request recording with
/// arrival times (so tests assert on what was sent and on retry timing).
///
/// Chat requests with `"stream": true` are answered as server-sent events in
/// OpenAI's chunk format (`data: {...delta...}` per few characters, a final chunk
/// with finish_reason and usage, `data: [DONE]`), chunked transfer encoding.
/// With a context limit, a chat request whose messages and response_format
/// count more tokens (the mock's own count: 4 ASCII characters, 1 CJK
/// character or 2 other characters per token) is refused like llama.cpp
/// refuses it: HTTP 400 with an exceed_context_size_error body.
///
/// Unscripted chat requests get "echo: <first user message>"; unscripted embedding
/// inputs get a deterministic vector derived from the text. Usage is reported as
/// bytes/4 per side unless setFixedUsage() says otherwise. One thread per
/// connection, keep-alive supported.
class MockLlmServer {
public:
    MockLlmServer();
    ~MockLlmServer(); // stop()
    MockLlmServer(const MockLlmServer &) = delete;
    MockLlmServer &operator=(const MockLlmServer &) = delete;

    /// Listens on 127.0.0.1:`port` (0 = any free port). False + error on failure.
    bool start(int port = 0, std::string *error = nullptr);
    void stop();
    int port() const { return m_port; }
    /// "http://127.0.0.1:<port>/v1" — an endpoint profile's baseUrl.
    std::string baseUrl() const;

    void addRule(MockLlmRule rule);
    void clearRules();
    /// The next `count` requests (any text) fail this way, before rules apply.
    void failNext(MockFailure failure, int count = 1, int retryAfterSeconds = 1);
    /// Answer delay: fixed, or uniformly random in [minMillis, maxMillis].
    void setLatency(int millis) { setLatency(millis, millis); }
    void setLatency(int minMillis, int maxMillis);
    /// Reported usage per request (prompt, completion); negative = bytes/4.
    void setFixedUsage(int promptTokens, int completionTokens);
    void setEmbeddingDimensions(int dimensions);
    /// Keep at most this many recorded requests (benchmarks); default unlimited.
    void setRecordLimit(size_t limit);
    /// The model's context in tokens; 0 = unlimited (default).
    void setContextLimit(int tokens);
    int contextLimit() const;
    /// Answer this server's info endpoints with the context limit (or `reported`
    /// when not 0: a server that says one thing and enforces another).
    void setServerInfo(MockServerInfo info, bool ollamaNumCtx = true, int reported = 0);
    /// Pause between streamed chunks (to watch progress, to cancel mid-stream).
    void setStreamChunkDelay(int millis);
    /// The mock's token count of a chat request body (see the class comment).
    static int countTokens(const nlohmann::json &body);
    /// Streams the client closed before their end (a cancel).
    int streamsAborted() const { return m_streamsAborted.load(); }
    /// Chat requests refused for exceeding the context.
    int contextRefusals() const { return m_contextRefusals.load(); }

    /// Model calls (chat completions, embeddings, unknown routes) as received.
    std::vector<MockLlmRequest> requests() const;
    /// Requests to the info endpoints (/props, /api/show, GET /models).
    std::vector<MockLlmRequest> infoRequests() const;
    /// Model calls (chat completions and embeddings) received.
    size_t requestCount() const { return m_requestCount.load(); }
    /// Forgets recorded requests, the request count, maxConcurrentRequests(),
    /// streamsAborted() and contextRefusals().
    void clearRequests();
    /// Connections open right now / most requests being answered at once.
    int openConnections() const { return m_openConnections.load(); }
    int maxConcurrentRequests() const { return m_maxConcurrent.load(); }

private:
    struct Reply {
        int status = 200;
        std::string body;
        std::vector<std::pair<std::string, std::string>> headers;
        MockFailure failure = MockFailure::None;
        std::vector<std::string> events; // non-empty: a server-sent event stream
    };
    void acceptLoop();
    void serveConnection(int fd);
    Reply answer(MockLlmRequest &request);
    Reply chatReply(MockLlmRequest &request);
    Reply embeddingsReply(MockLlmRequest &request);
    std::optional<Reply> infoReply(const MockLlmRequest &request);
    std::optional<MockFailure> takeFailure(const std::string &text, int &retryAfter, const MockLlmRule **rule);
    const MockLlmRule *match(const std::string &text);
    int nextLatency();

    int m_listenFd = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::thread m_acceptThread;

    mutable std::mutex m_mutex; // everything below
    std::vector<std::thread> m_connections;
    std::vector<int> m_connectionFds;
    std::vector<MockLlmRule> m_rules;
    std::vector<int> m_ruleHits;
    std::vector<std::pair<MockFailure, int>> m_failQueue; // (failure, retryAfter) in order
    int m_latencyMin = 0;
    int m_latencyMax = 0;
    int m_fixedPrompt = -1;
    int m_fixedCompletion = -1;
    int m_dimensions = 8;
    size_t m_recordLimit = SIZE_MAX;
    int m_contextLimit = 0;
    MockServerInfo m_serverInfo = MockServerInfo::None;
    bool m_ollamaNumCtx = true;
    int m_reportedContext = 0;
    int m_chunkDelay = 0;
    std::atomic<int> m_streamsAborted{0};
    std::atomic<int> m_contextRefusals{0};
    std::uint64_t m_random = 0x9E3779B97F4A7C15ull;
    std::vector<MockLlmRequest> m_requests;
    std::vector<MockLlmRequest> m_infoRequests;
    std::atomic<size_t> m_requestCount{0};
    std::atomic<int> m_openConnections{0};
    std::atomic<int> m_concurrent{0};
    std::atomic<int> m_maxConcurrent{0};
};

} // namespace pipewright::testsupport
