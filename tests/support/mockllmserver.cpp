#include "mockllmserver.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <regex>

namespace pipewright::testsupport {

namespace {

std::int64_t steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool sendAll(int fd, const std::string &data)
{
    size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += size_t(n);
    }
    return true;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    const auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

std::string errorBody(const std::string &message, const std::string &type)
{
    return nlohmann::json{{"error", {{"message", message}, {"type", type}, {"code", nullptr}}}}.dump();
}

int tokens(size_t bytes)
{
    return int((bytes + 3) / 4);
}

} // namespace

std::string MockLlmRequest::header(const std::string &lowerName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerName)
            return value;
    return {};
}

MockLlmServer::MockLlmServer() = default;

MockLlmServer::~MockLlmServer()
{
    stop();
}

bool MockLlmServer::start(int port, std::string *error)
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_listenFd < 0) {
        if (error)
            *error = std::strerror(errno);
        return false;
    }
    int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(uint16_t(port));
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listenFd, 512) != 0) {
        if (error)
            *error = std::string("cannot listen: ") + std::strerror(errno);
        ::close(m_listenFd);
        m_listenFd = -1;
        return false;
    }
    socklen_t len = sizeof addr;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_stopping = false;
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void MockLlmServer::stop()
{
    if (m_listenFd < 0)
        return;
    m_stopping = true;
    ::shutdown(m_listenFd, SHUT_RDWR);
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    ::close(m_listenFd);
    m_listenFd = -1;
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        for (int fd : m_connectionFds)
            ::shutdown(fd, SHUT_RDWR);
        threads.swap(m_connections);
    }
    for (auto &t : threads)
        t.join();
}

std::string MockLlmServer::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_port) + "/v1";
}

void MockLlmServer::addRule(MockLlmRule rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.push_back(std::move(rule));
    m_ruleHits.push_back(0);
}

void MockLlmServer::clearRules()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
    m_ruleHits.clear();
}

void MockLlmServer::failNext(MockFailure failure, int count, int retryAfterSeconds)
{
    std::lock_guard lock(m_mutex);
    for (int i = 0; i < count; ++i)
        m_failQueue.emplace_back(failure, retryAfterSeconds);
}

void MockLlmServer::setLatency(int minMillis, int maxMillis)
{
    std::lock_guard lock(m_mutex);
    m_latencyMin = std::max(0, minMillis);
    m_latencyMax = std::max(m_latencyMin, maxMillis);
}

void MockLlmServer::setFixedUsage(int promptTokens, int completionTokens)
{
    std::lock_guard lock(m_mutex);
    m_fixedPrompt = promptTokens;
    m_fixedCompletion = completionTokens;
}

void MockLlmServer::setEmbeddingDimensions(int dimensions)
{
    std::lock_guard lock(m_mutex);
    m_dimensions = std::max(1, dimensions);
}

void MockLlmServer::setRecordLimit(size_t limit)
{
    std::lock_guard lock(m_mutex);
    m_recordLimit = limit;
}

void MockLlmServer::setContextLimit(int tokens)
{
    std::lock_guard lock(m_mutex);
    m_contextLimit = std::max(0, tokens);
}

int MockLlmServer::contextLimit() const
{
    std::lock_guard lock(m_mutex);
    return m_contextLimit;
}

void MockLlmServer::setServerInfo(MockServerInfo info, bool ollamaNumCtx, int reported)
{
    std::lock_guard lock(m_mutex);
    m_serverInfo = info;
    m_ollamaNumCtx = ollamaNumCtx;
    m_reportedContext = reported;
}

void MockLlmServer::setStreamChunkDelay(int millis)
{
    std::lock_guard lock(m_mutex);
    m_chunkDelay = std::max(0, millis);
}

int MockLlmServer::countTokens(const nlohmann::json &body)
{
    // Independent of the product's estimator on purpose: a plain per-script rate.
    auto count = [](const std::string &text) {
        double tokens = 0;
        for (size_t i = 0; i < text.size();) {
            const auto b = static_cast<unsigned char>(text[i]);
            const size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
            if (length == 1) {
                tokens += 0.25;
            } else {
                char32_t c = length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
                for (size_t k = 1; k < length && i + k < text.size(); ++k)
                    c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
                const bool cjk = (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
                                 || (c >= 0xFF00 && c <= 0xFFEF);
                tokens += cjk ? 1.0 : 0.5;
            }
            i += length;
        }
        return tokens;
    };
    double tokens = 0;
    if (body.is_object()) {
        for (const auto &m : body.value("messages", nlohmann::json::array()))
            if (m.is_object() && m.contains("content") && m["content"].is_string())
                tokens += 4 + count(m["content"].get<std::string>());
        if (body.contains("response_format"))
            tokens += count(body["response_format"].dump());
    }
    return int(std::ceil(tokens));
}

std::vector<MockLlmRequest> MockLlmServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

std::vector<MockLlmRequest> MockLlmServer::infoRequests() const
{
    std::lock_guard lock(m_mutex);
    return m_infoRequests;
}

void MockLlmServer::clearRequests()
{
    std::lock_guard lock(m_mutex);
    m_requests.clear();
    m_infoRequests.clear();
    m_requestCount = 0;
    m_contextRefusals = 0;
    m_streamsAborted = 0;
    m_maxConcurrent = 0;
}

void MockLlmServer::acceptLoop()
{
    while (!m_stopping) {
        const int fd = ::accept(m_listenFd, nullptr, nullptr);
        if (fd < 0) {
            if (m_stopping)
                return;
            continue;
        }
        int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::lock_guard lock(m_mutex);
        m_connectionFds.push_back(fd);
        m_connections.emplace_back([this, fd] { serveConnection(fd); });
    }
}

int MockLlmServer::nextLatency()
{
    std::lock_guard lock(m_mutex);
    if (m_latencyMax <= m_latencyMin)
        return m_latencyMin;
    // xorshift: deterministic enough, no locking of a std engine across threads
    m_random ^= m_random << 13;
    m_random ^= m_random >> 7;
    m_random ^= m_random << 17;
    return m_latencyMin + int(m_random % std::uint64_t(m_latencyMax - m_latencyMin + 1));
}

void MockLlmServer::serveConnection(int fd)
{
    ++m_openConnections;
    std::string buffer;
    char chunk[16384];
    bool open = true;
    while (open && !m_stopping) {
        // Read one request: headers, then Content-Length bytes.
        size_t headerEnd;
        while ((headerEnd = buffer.find("\r\n\r\n")) == std::string::npos) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                open = false;
                break;
            }
            buffer.append(chunk, size_t(n));
        }
        if (!open)
            break;
        MockLlmRequest request;
        request.arrivalMillis = steadyMillis();
        const std::string head = buffer.substr(0, headerEnd);
        size_t lineEnd = head.find("\r\n");
        const std::string requestLine = head.substr(0, lineEnd);
        {
            const auto sp1 = requestLine.find(' ');
            const auto sp2 = requestLine.find(' ', sp1 + 1);
            request.method = requestLine.substr(0, sp1);
            request.path = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
        }
        size_t contentLength = 0;
        bool closeAfter = false;
        size_t pos = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
        while (pos < head.size()) {
            size_t end = head.find("\r\n", pos);
            if (end == std::string::npos)
                end = head.size();
            const std::string line = head.substr(pos, end - pos);
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                const std::string name = lower(trim(line.substr(0, colon)));
                const std::string value = trim(line.substr(colon + 1));
                request.headers.emplace_back(name, value);
                if (name == "content-length")
                    contentLength = size_t(std::strtoull(value.c_str(), nullptr, 10));
                if (name == "connection" && lower(value) == "close")
                    closeAfter = true;
            }
            pos = end + 2;
        }
        buffer.erase(0, headerEnd + 4);
        while (buffer.size() < contentLength) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                open = false;
                break;
            }
            buffer.append(chunk, size_t(n));
        }
        if (!open)
            break;
        request.bodyText = buffer.substr(0, contentLength);
        buffer.erase(0, contentLength);
        request.body = nlohmann::json::parse(request.bodyText, nullptr, false);
        if (request.body.is_discarded())
            request.body = nullptr;

        const int now = ++m_concurrent;
        for (int seen = m_maxConcurrent.load(); now > seen && !m_maxConcurrent.compare_exchange_weak(seen, now);)
            ;
        Reply reply = answer(request);
        request.answeredWith = reply.failure;
        {
            std::lock_guard lock(m_mutex);
            const bool info = request.path == "/props" || request.path == "/api/show"
                              || (request.method == "GET" && request.path.ends_with("/models"));
            if (info) {
                m_infoRequests.push_back(request);
            } else {
                if (m_requests.size() < m_recordLimit)
                    m_requests.push_back(request);
                ++m_requestCount;
            }
        }
        const int latency = nextLatency();
        if (latency > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(latency));
        --m_concurrent;

        switch (reply.failure) {
        case MockFailure::NoAnswer: {
            // Wait until the client gives up (closes) or the server stops.
            while (!m_stopping) {
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, 50) > 0) {
                    if (::recv(fd, chunk, sizeof chunk, 0) <= 0)
                        break;
                }
            }
            open = false;
            continue;
        }
        case MockFailure::CloseConnection:
            open = false;
            continue;
        case MockFailure::TruncatedBody: {
            std::string out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + std::to_string(reply.body.size() + 100) + "\r\n\r\n" + reply.body;
            sendAll(fd, out);
            open = false;
            continue;
        }
        default:
            break;
        }
        if (!reply.events.empty()) {
            // Server-sent events in HTTP/1.1 chunks, one event per chunk.
            std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n";
            int delay;
            {
                std::lock_guard lock(m_mutex);
                delay = m_chunkDelay;
            }
            bool sent = sendAll(fd, head);
            for (size_t i = 0; sent && i < reply.events.size() && !m_stopping; ++i) {
                if (delay > 0 && i > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
                const std::string event = "data: " + reply.events[i] + "\n\n";
                char size[32];
                std::snprintf(size, sizeof size, "%zx\r\n", event.size());
                sent = sendAll(fd, size + event + "\r\n");
                // A client that went away shows as a readable, closed socket.
                pollfd p{fd, POLLIN, 0};
                if (sent && ::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP))) {
                    char probe;
                    if (::recv(fd, &probe, 1, MSG_PEEK | MSG_DONTWAIT) <= 0)
                        sent = false;
                }
            }
            if (sent)
                sent = sendAll(fd, "0\r\n\r\n");
            if (!sent) {
                ++m_streamsAborted;
                open = false;
            } else if (closeAfter) {
                open = false;
            }
            continue;
        }
        std::string out = "HTTP/1.1 " + std::to_string(reply.status) + " " + reasonPhrase(reply.status) + "\r\n";
        out += "Content-Type: application/json\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + std::to_string(reply.body.size()) + "\r\n";
        if (closeAfter)
            out += "Connection: close\r\n";
        out += "\r\n";
        out += reply.body;
        if (!sendAll(fd, out) || closeAfter)
            open = false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_connectionFds.erase(std::remove(m_connectionFds.begin(), m_connectionFds.end(), fd), m_connectionFds.end());
    }
    ::close(fd);
    --m_openConnections;
}

const MockLlmRule *MockLlmServer::match(const std::string &text)
{
    for (size_t i = 0; i < m_rules.size(); ++i) {
        const auto &r = m_rules[i];
        const bool hit = r.regex ? std::regex_search(text, std::regex(r.pattern)) : text.find(r.pattern) != std::string::npos;
        if (hit)
            return &r;
    }
    return nullptr;
}

std::optional<MockFailure> MockLlmServer::takeFailure(const std::string &text, int &retryAfter, const MockLlmRule **rule)
{
    std::lock_guard lock(m_mutex);
    if (!m_failQueue.empty()) {
        auto [failure, after] = m_failQueue.front();
        m_failQueue.erase(m_failQueue.begin());
        retryAfter = after;
        return failure;
    }
    const MockLlmRule *r = match(text);
    *rule = r;
    if (r && r->failure != MockFailure::None) {
        int &hits = m_ruleHits[size_t(r - m_rules.data())];
        if (r->failTimes < 0 || hits < r->failTimes) {
            ++hits;
            retryAfter = r->retryAfterSeconds;
            return r->failure;
        }
    }
    return std::nullopt;
}

MockLlmServer::Reply MockLlmServer::answer(MockLlmRequest &request)
{
    if (auto info = infoReply(request))
        return *info;
    const bool chat = request.path.size() >= 17 && request.path.ends_with("/chat/completions");
    const bool embeddings = request.path.ends_with("/embeddings");
    if (request.method != "POST" || (!chat && !embeddings))
        return {404, errorBody("no route " + request.method + " " + request.path, "invalid_request_error"), {}, MockFailure::None, {}};
    if (!request.body.is_object())
        return {400, errorBody("the body is not a JSON object", "invalid_request_error"), {}, MockFailure::BadRequest, {}};

    if (chat) {
        const auto &messages = request.body.value("messages", nlohmann::json::array());
        for (const auto &m : messages)
            if (m.is_object() && m.value("role", "") == "user" && m.contains("content") && m["content"].is_string()) {
                request.matchText = m["content"].get<std::string>();
                break;
            }
    } else {
        const auto &input = request.body.value("input", nlohmann::json());
        if (input.is_string())
            request.matchText = input.get<std::string>();
        else if (input.is_array())
            for (const auto &s : input)
                if (s.is_string())
                    request.matchText += s.get<std::string>() + "\n";
    }

    if (chat) {
        const int limit = contextLimit();
        const int tokens = countTokens(request.body);
        if (limit > 0 && tokens > limit) {
            ++m_contextRefusals;
            const nlohmann::json error = {
                {"error",
                 {{"code", 400},
                  {"message", "the request exceeds the available context size, try increasing it"},
                  {"type", "exceed_context_size_error"},
                  {"n_prompt_tokens", tokens},
                  {"n_ctx", limit}}}};
            return {400, error.dump(), {}, MockFailure::BadRequest, {}};
        }
    }

    int retryAfter = 1;
    const MockLlmRule *rule = nullptr;
    if (auto failure = takeFailure(request.matchText, retryAfter, &rule)) {
        if (rule && rule->echoKey) {
            std::string token = request.header("authorization");
            if (token.rfind("Bearer ", 0) == 0)
                token = token.substr(7);
            const int status = *failure == MockFailure::BadRequest ? 401 : 500;
            return {status, errorBody("Incorrect API key provided: " + token, "invalid_request_error"), {}, *failure, {}};
        }
        switch (*failure) {
        case MockFailure::RateLimited:
            return {429, errorBody("Rate limit reached, retry later", "rate_limit_exceeded"),
                    {{"Retry-After", std::to_string(retryAfter)}}, *failure, {}};
        case MockFailure::ServerError:
            return {500, errorBody("The server had an error while processing your request", "server_error"), {}, *failure, {}};
        case MockFailure::BadRequest:
            return {400, errorBody("Invalid request", "invalid_request_error"), {}, *failure, {}};
        case MockFailure::MalformedJson:
            return {200, "{\"id\": \"chatcmpl-broken\", \"choices\": [", {}, *failure, {}};
        case MockFailure::TruncatedBody:
            return {200, "{\"id\": \"chatcmpl-trunc\"", {}, *failure, {}};
        default:
            return {200, {}, {}, *failure, {}};
        }
    }
    return chat ? chatReply(request) : embeddingsReply(request);
}

MockLlmServer::Reply MockLlmServer::chatReply(MockLlmRequest &request)
{
    std::string content;
    int fixedPrompt, fixedCompletion;
    {
        std::lock_guard lock(m_mutex);
        fixedPrompt = m_fixedPrompt;
        fixedCompletion = m_fixedCompletion;
        const MockLlmRule *rule = match(request.matchText);
        if (rule && !rule->replies.empty()) {
            int &hits = m_ruleHits[size_t(rule - m_rules.data())];
            content = rule->replies[std::min(size_t(hits), rule->replies.size() - 1)];
            ++hits;
        } else if (rule) {
            content = rule->reply;
        } else {
            content = "echo: " + request.matchText;
        }
    }
    size_t promptBytes = 0;
    for (const auto &m : request.body.value("messages", nlohmann::json::array()))
        if (m.is_object() && m.contains("content") && m["content"].is_string())
            promptBytes += m["content"].get_ref<const std::string &>().size();
    const int promptTokens = fixedPrompt >= 0 ? fixedPrompt : tokens(promptBytes);
    const int completionTokens = fixedCompletion >= 0 ? fixedCompletion : tokens(content.size());
    if (request.body.value("stream", false)) {
        // A few characters per chunk (whole UTF-8 sequences), like a model's tokens.
        Reply reply;
        const std::string id = "chatcmpl-mock-" + std::to_string(m_requestCount.load());
        auto chunk = [&](nlohmann::json delta, nlohmann::json finish) {
            return nlohmann::json{{"id", id},
                                  {"object", "chat.completion.chunk"},
                                  {"created", 0},
                                  {"model", request.body.value("model", "")},
                                  {"choices", {{{"index", 0}, {"delta", std::move(delta)}, {"finish_reason", std::move(finish)}}}}}
                .dump();
        };
        reply.events.push_back(chunk({{"role", "assistant"}, {"content", ""}}, nullptr));
        for (size_t i = 0; i < content.size();) {
            size_t end = std::min(content.size(), i + 4);
            while (end < content.size() && (static_cast<unsigned char>(content[end]) & 0xC0) == 0x80)
                ++end;
            reply.events.push_back(chunk({{"content", content.substr(i, end - i)}}, nullptr));
            i = end;
        }
        reply.events.push_back(chunk(nlohmann::json::object(), "stop"));
        reply.events.push_back(nlohmann::json{{"id", id},
                                              {"object", "chat.completion.chunk"},
                                              {"choices", nlohmann::json::array()},
                                              {"usage",
                                               {{"prompt_tokens", promptTokens},
                                                {"completion_tokens", completionTokens},
                                                {"total_tokens", promptTokens + completionTokens}}}}
                                   .dump());
        reply.events.push_back("[DONE]");
        return reply;
    }
    nlohmann::json body = {
        {"id", "chatcmpl-mock-" + std::to_string(m_requestCount.load())},
        {"object", "chat.completion"},
        {"created", 0},
        {"model", request.body.value("model", "")},
        {"choices", {{{"index", 0}, {"message", {{"role", "assistant"}, {"content", content}}}, {"finish_reason", "stop"}}}},
        {"usage", {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens}, {"total_tokens", promptTokens + completionTokens}}},
    };
    return {200, body.dump(), {}, MockFailure::None, {}};
}

std::optional<MockLlmServer::Reply> MockLlmServer::infoReply(const MockLlmRequest &request)
{
    const bool props = request.method == "GET" && request.path == "/props";
    const bool show = request.method == "POST" && request.path == "/api/show";
    const bool models = request.method == "GET" && request.path.ends_with("/models");
    if (!props && !show && !models)
        return std::nullopt;
    MockServerInfo info;
    int context;
    bool numCtx;
    {
        std::lock_guard lock(m_mutex);
        info = m_serverInfo;
        context = m_reportedContext > 0 ? m_reportedContext : m_contextLimit;
        numCtx = m_ollamaNumCtx;
    }
    const std::string model = request.body.is_object() ? request.body.value("model", "") : std::string();
    if (props && info == MockServerInfo::LlamaCpp)
        return Reply{200,
                     nlohmann::json{{"default_generation_settings", {{"n_ctx", context}, {"temperature", 0.8}}},
                                    {"total_slots", 1},
                                    {"model_path", "/models/mock.gguf"}}
                         .dump(),
                     {},
                     MockFailure::None,
                     {}};
    if (show && info == MockServerInfo::Ollama) {
        std::string parameters = "stop \"<|im_end|>\"\n";
        if (numCtx)
            parameters += "num_ctx " + std::to_string(context) + "\n";
        return Reply{200,
                     nlohmann::json{{"modelfile", "FROM " + model},
                                    {"parameters", parameters},
                                    {"details", {{"family", "llama"}}},
                                    {"model_info", {{"general.architecture", "llama"}, {"llama.context_length", 131072}}}}
                         .dump(),
                     {},
                     MockFailure::None,
                     {}};
    }
    if (models && info == MockServerInfo::Vllm)
        return Reply{200,
                     nlohmann::json{{"object", "list"},
                                    {"data", {{{"id", "mock-model"}, {"object", "model"}, {"max_model_len", context}}}}}
                         .dump(),
                     {},
                     MockFailure::None,
                     {}};
    return Reply{404, errorBody("no route " + request.method + " " + request.path, "invalid_request_error"), {},
                 MockFailure::None, {}};
}

MockLlmServer::Reply MockLlmServer::embeddingsReply(MockLlmRequest &request)
{
    const auto input = request.body.value("input", nlohmann::json());
    std::vector<std::string> texts;
    if (input.is_string())
        texts.push_back(input.get<std::string>());
    else if (input.is_array())
        for (const auto &s : input)
            texts.push_back(s.is_string() ? s.get<std::string>() : s.dump());
    nlohmann::json data = nlohmann::json::array();
    size_t bytes = 0;
    int fixedPrompt, dims;
    {
        std::lock_guard lock(m_mutex);
        fixedPrompt = m_fixedPrompt;
        dims = m_dimensions;
        for (size_t i = 0; i < texts.size(); ++i) {
            bytes += texts[i].size();
            std::vector<double> v;
            if (const MockLlmRule *rule = match(texts[i]); rule && !rule->embedding.empty()) {
                v = rule->embedding;
            } else {
                // FNV-1a of the text seeds the vector: same text, same vector.
                std::uint64_t h = 1469598103934665603ull;
                for (unsigned char c : texts[i])
                    h = (h ^ c) * 1099511628211ull;
                for (int k = 0; k < dims; ++k) {
                    h ^= h >> 33;
                    h *= 0xff51afd7ed558ccdull;
                    h ^= h >> 33;
                    v.push_back(double(h % 2000) / 1000.0 - 1.0);
                }
            }
            data.push_back({{"object", "embedding"}, {"index", i}, {"embedding", v}});
        }
    }
    const int promptTokens = fixedPrompt >= 0 ? fixedPrompt : tokens(bytes);
    nlohmann::json body = {{"object", "list"},
                           {"data", data},
                           {"model", request.body.value("model", "")},
                           {"usage", {{"prompt_tokens", promptTokens}, {"total_tokens", promptTokens}}}};
    return {200, body.dump(), {}, MockFailure::None, {}};
}

} // namespace pipewright::testsupport
