#include "pipeline/runtime/llm/llmclient.h"

#include "pipeline/runtime/llm/ratelimiter.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>
#include <vector>

namespace pipeline::runtime {

namespace {

std::int64_t steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

void ensureCurlGlobal()
{
    static CurlGlobal global;
}

constexpr size_t maxErrorBody = 4096;

std::string shorten(std::string text)
{
    if (text.size() > maxErrorBody) {
        text.resize(maxErrorBody);
        text += "…";
    }
    return text;
}

// Replaces every occurrence of the secret; a server that echoes the key in an
// error ("Incorrect API key provided: sk-...") must not get it into a dead letter.
void scrub(std::string &text, const std::string &secret)
{
    if (secret.size() < 4)
        return;
    for (size_t pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos))
        text.replace(pos, secret.size(), "[redacted]");
}

// Retry-After: delta-seconds or an HTTP date; retry-after-ms (OpenAI) in ms.
std::int64_t parseRetryAfter(const std::string &value)
{
    char *end = nullptr;
    const double seconds = std::strtod(value.c_str(), &end);
    if (end != value.c_str() && seconds >= 0)
        return std::int64_t(seconds * 1000.0);
    const time_t when = curl_getdate(value.c_str(), nullptr);
    if (when > 0) {
        const std::int64_t delta = (std::int64_t(when) - std::int64_t(std::time(nullptr))) * 1000;
        return std::max<std::int64_t>(0, delta);
    }
    return -1;
}

bool retryableStatus(long status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

} // namespace

struct LlmClient::Impl {
    std::shared_ptr<LlmTransport> transport; // set: no HTTP at all
    struct Job {
        std::shared_ptr<const LlmEndpoint> endpoint;
        LlmCall call;
        Callback done;
        std::shared_ptr<LlmChannel> channel;
        int attempts = 0;
        std::int64_t firstStartMillis = -1;
        std::int64_t notBeforeMillis = 0;
        double tokensTaken = 0;
        // Current transfer.
        CURL *easy = nullptr;
        curl_slist *headers = nullptr;
        std::string requestText;
        std::string response;
        std::int64_t retryAfterMillis = -1;
        std::string secret; // for scrubbing only; never printed
        char curlError[CURL_ERROR_SIZE] = {};
        // Streaming (server-sent events): the unparsed tail, the text so far.
        bool eventStream = false;
        bool streamDone = false;
        bool restarted = false;
        std::string sseBuffer;
        std::string streamContent;
        std::string finishReason;
        nlohmann::json streamUsage;
        nlohmann::json streamError;
        // Last failure, reported if the retries run out.
        int lastStatus = 0;
        std::string lastError;
        std::string lastErrorBody;
    };

    CURLM *multi = nullptr;
    std::thread thread;
    std::mutex mutex;
    std::vector<std::unique_ptr<Job>> inbox; // guarded by mutex
    std::atomic<bool> stopping{false};
    std::atomic<std::uint64_t> outstanding{0};
    SecretResolver resolver;

    // I/O thread only.
    std::deque<std::unique_ptr<Job>> unlimitedQueue;
    std::map<LlmChannel *, std::pair<std::shared_ptr<LlmChannel>, std::deque<std::unique_ptr<Job>>>> channelQueues;
    std::multimap<std::int64_t, std::unique_ptr<Job>> delayed; // waiting for a retry, by due time
    std::map<CURL *, std::unique_ptr<Job>> running;
    std::map<std::string, RateLimiter> limiters; // by endpoint name + base URL
    std::mt19937_64 random{std::random_device{}()};

    Impl()
    {
        ensureCurlGlobal();
        multi = curl_multi_init();
        thread = std::thread([this] { loop(); });
    }

    ~Impl()
    {
        stopping = true;
        curl_multi_wakeup(multi);
        thread.join();
        for (auto &[easy, job] : running) {
            curl_multi_remove_handle(multi, easy);
            releaseTransfer(*job);
        }
        curl_multi_cleanup(multi);
    }

    RateLimiter &limiterFor(const LlmEndpoint &e)
    {
        const std::string id = e.name + '\n' + e.baseUrl;
        auto it = limiters.find(id);
        if (it == limiters.end())
            it = limiters.emplace(id, RateLimiter(e.requestsPerMinute, e.tokensPerMinute)).first;
        return it->second;
    }

    static size_t onBody(char *data, size_t size, size_t count, void *user)
    {
        auto *job = static_cast<Job *>(user);
        if (job->eventStream) {
            job->sseBuffer.append(data, size * count);
            readEvents(*job);
        } else {
            job->response.append(data, size * count);
        }
        return size * count;
    }

    // OpenAI chunk format: "data: {...choices[0].delta.content...}" lines, blank
    // lines between events, "data: [DONE]" at the end.
    static void readEvents(Job &job)
    {
        size_t start = 0;
        for (size_t end; (end = job.sseBuffer.find('\n', start)) != std::string::npos; start = end + 1) {
            std::string_view line(job.sseBuffer.data() + start, end - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (line.rfind("data:", 0) != 0)
                continue; // comments (": keep-alive"), event names, blank separators
            line.remove_prefix(5);
            while (!line.empty() && line.front() == ' ')
                line.remove_prefix(1);
            if (line == "[DONE]") {
                job.streamDone = true;
                continue;
            }
            const auto chunk = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            if (!chunk.is_object())
                continue;
            if (auto e = chunk.find("error"); e != chunk.end())
                job.streamError = *e;
            if (auto u = chunk.find("usage"); u != chunk.end() && u->is_object())
                job.streamUsage = *u;
            auto choices = chunk.find("choices");
            if (choices == chunk.end() || !choices->is_array() || choices->empty() || !(*choices)[0].is_object())
                continue;
            const auto &choice = (*choices)[0];
            if (auto f = choice.find("finish_reason"); f != choice.end() && f->is_string())
                job.finishReason = f->get<std::string>();
            auto delta = choice.find("delta");
            if (delta == choice.end() || !delta->is_object())
                continue;
            auto content = delta->find("content");
            if (content == delta->end() || !content->is_string() || content->get_ref<const std::string &>().empty())
                continue;
            const std::string &text = content->get_ref<const std::string &>();
            job.streamContent += text;
            if (job.call.onDelta) {
                job.call.onDelta(text, job.restarted);
                job.restarted = false;
            }
        }
        job.sseBuffer.erase(0, start);
    }

    // Cancel aborts a transfer at once: libcurl asks this while it waits for
    // data, and a non-zero answer ends the transfer.
    static int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        auto *job = static_cast<Job *>(user);
        return job->channel && job->channel->cancelled() ? 1 : 0;
    }

    static size_t onHeader(char *data, size_t size, size_t count, void *user)
    {
        auto *job = static_cast<Job *>(user);
        std::string line(data, size * count);
        const auto colon = line.find(':');
        if (colon != std::string::npos) {
            std::string name = line.substr(0, colon);
            std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
            std::string value = line.substr(colon + 1);
            const auto b = value.find_first_not_of(" \t");
            const auto e = value.find_last_not_of(" \t\r\n");
            value = b == std::string::npos ? std::string() : value.substr(b, e - b + 1);
            if (name == "retry-after-ms") {
                char *end = nullptr;
                const double ms = std::strtod(value.c_str(), &end);
                if (end != value.c_str() && ms >= 0)
                    job->retryAfterMillis = std::int64_t(ms);
            } else if (name == "retry-after" && job->retryAfterMillis < 0) {
                job->retryAfterMillis = parseRetryAfter(value);
            } else if (name == "content-type") {
                job->eventStream = value.rfind("text/event-stream", 0) == 0;
            }
        } else if (line.rfind("HTTP/", 0) == 0) {
            job->retryAfterMillis = -1; // a new response (after 100-continue / redirect)
        }
        return size * count;
    }

    void releaseTransfer(Job &job)
    {
        if (job.easy)
            curl_easy_cleanup(job.easy);
        job.easy = nullptr;
        if (job.headers)
            curl_slist_free_all(job.headers);
        job.headers = nullptr;
        job.requestText.clear();
        job.response.clear();
    }

    // Starts one attempt; false when it failed before reaching the network.
    void startAttempt(std::unique_ptr<Job> job, std::int64_t now)
    {
        ++job->attempts;
        if (job->firstStartMillis < 0)
            job->firstStartMillis = now;
        if (job->channel)
            ++job->channel->attempts;
        std::string keyError;
        auto key = resolveApiKey(job->endpoint->apiKeyRef, resolver, &keyError);
        if (!key) {
            job->lastStatus = 0;
            job->lastError = keyError;
            complete(std::move(job), false);
            return;
        }
        job->secret = *key;
        job->response.clear();
        job->eventStream = job->streamDone = false;
        job->restarted = job->attempts > 1;
        job->sseBuffer.clear();
        job->streamContent.clear();
        job->finishReason.clear();
        job->streamUsage = nullptr;
        job->streamError = nullptr;
        job->retryAfterMillis = -1;
        job->curlError[0] = 0;
        job->requestText = job->call.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        CURL *easy = curl_easy_init();
        job->easy = easy;
        job->headers = curl_slist_append(job->headers, "Content-Type: application/json");
        const bool streamed = job->call.body.is_object() && job->call.body.value("stream", false);
        job->headers = curl_slist_append(job->headers, streamed ? "Accept: text/event-stream" : "Accept: application/json");
        job->headers = curl_slist_append(job->headers, "Expect:"); // no 100-continue round trip
        if (!key->empty())
            job->headers = curl_slist_append(job->headers, ("Authorization: Bearer " + *key).c_str());
        const std::string url = urlFor(job->endpoint->baseUrl, job->call.kind);
        curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, job->requestText.data());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(job->requestText.size()));
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, job->headers);
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Impl::onBody);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, job.get());
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Impl::onHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, job.get());
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, job->curlError);
        curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &Impl::onProgress);
        curl_easy_setopt(easy, CURLOPT_XFERINFODATA, job.get());
        curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(std::max<std::int64_t>(1, job->call.retry.timeoutMillis)));
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                         long(std::clamp<std::int64_t>(job->call.retry.timeoutMillis, 1, 10'000)));
        curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(easy, CURLOPT_USERAGENT, "pipewright/" PIPEWRIGHT_VERSION);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, job->endpoint->verifyTls ? 1L : 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, job->endpoint->verifyTls ? 2L : 0L);
        if (!job->endpoint->caFile.empty())
            curl_easy_setopt(easy, CURLOPT_CAINFO, job->endpoint->caFile.c_str());
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_multi_add_handle(multi, easy);
        running.emplace(easy, std::move(job));
    }

    std::int64_t backoffFor(const Job &job)
    {
        const auto &r = job.call.retry;
        if (job.retryAfterMillis >= 0)
            return std::min(job.retryAfterMillis, r.maxBackoffMillis);
        if (!r.exponential)
            return std::min(r.backoffMillis, r.maxBackoffMillis);
        const int retry = std::max(1, job.attempts); // attempts so far = number of this retry
        const double full = std::min(double(r.maxBackoffMillis), double(r.backoffMillis) * std::pow(2.0, retry - 1));
        std::uniform_real_distribution<double> jitter(0.5, 1.0);
        return std::int64_t(full * jitter(random));
    }

    void finishTransfer(CURL *easy, CURLcode code)
    {
        auto it = running.find(easy);
        if (it == running.end())
            return;
        std::unique_ptr<Job> job = std::move(it->second);
        running.erase(it);
        curl_multi_remove_handle(multi, easy);
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        const std::int64_t now = steadyMillis();
        if (job->channel && job->channel->cancelled()) {
            releaseTransfer(*job);
            drop(std::move(job));
            return;
        }

        bool retryable = false;
        bool ok = false;
        if (code != CURLE_OK) {
            retryable = true;
            job->lastStatus = int(status);
            if (code == CURLE_OPERATION_TIMEDOUT)
                job->lastError = "timed out after " + std::to_string(job->call.retry.timeoutMillis) + " ms";
            else
                job->lastError = std::string(curl_easy_strerror(code)) + (job->curlError[0] ? std::string(": ") + job->curlError : "");
            job->lastErrorBody = shorten(job->response);
        } else if (status >= 200 && status < 300 && job->eventStream && !job->streamDone && job->finishReason.empty()) {
            // The stream broke off before its end: what arrived is not the answer.
            retryable = true;
            job->lastStatus = int(status);
            job->lastError = job->streamError.is_null() ? "the answer's stream ended early"
                                                        : "the server reported an error mid-stream: " + job->streamError.dump();
            job->lastErrorBody = shorten(job->streamContent);
        } else if (status >= 200 && status < 300) {
            if (job->eventStream) {
                // The streamed answer in the shape of a non-streamed one.
                nlohmann::json body = {
                    {"object", "chat.completion"},
                    {"choices",
                     {{{"index", 0},
                       {"message", {{"role", "assistant"}, {"content", job->streamContent}}},
                       {"finish_reason", job->finishReason.empty() ? nlohmann::json() : nlohmann::json(job->finishReason)}}}}};
                if (job->streamUsage.is_object())
                    body["usage"] = job->streamUsage;
                job->response = body.dump();
            }
            auto parsed = nlohmann::json::parse(job->response, nullptr, false);
            if (parsed.is_discarded() || !parsed.is_object()) {
                retryable = true;
                job->lastStatus = int(status);
                job->lastError = "malformed answer: the body is not a JSON object";
                job->lastErrorBody = shorten(job->response);
            } else {
                ok = true;
                job->call.body = nullptr; // free the request early
                LlmResult result;
                result.ok = true;
                result.httpStatus = int(status);
                result.body = std::move(parsed);
                fillUsage(result);
                finishSuccess(std::move(job), std::move(result), now);
                curl_easy_cleanup(easy);
                return;
            }
        } else {
            retryable = retryableStatus(status);
            job->lastStatus = int(status);
            job->lastError = "HTTP " + std::to_string(status);
            job->lastErrorBody = shorten(job->response);
            auto parsed = nlohmann::json::parse(job->response, nullptr, false);
            if (!parsed.is_discarded() && parsed.is_object() && parsed.contains("error")) {
                const auto &e = parsed["error"];
                if (e.is_object() && e.contains("message") && e["message"].is_string())
                    job->lastError += ": " + e["message"].get<std::string>();
                else if (e.is_string())
                    job->lastError += ": " + e.get<std::string>();
            }
        }
        (void)ok;
        scrub(job->lastError, job->secret);
        scrub(job->lastErrorBody, job->secret);
        const std::int64_t retryAfter = job->retryAfterMillis;
        releaseTransfer(*job);
        job->retryAfterMillis = retryAfter;
        if (retryable && job->attempts <= job->call.retry.maxRetries) {
            if (job->channel)
                ++job->channel->retries;
            const std::int64_t due = now + backoffFor(*job);
            job->notBeforeMillis = due;
            delayed.emplace(due, std::move(job));
            return;
        }
        complete(std::move(job), false);
    }

    static void fillUsage(LlmResult &result)
    {
        auto usage = result.body.find("usage");
        if (usage == result.body.end() || !usage->is_object())
            return;
        auto get = [&](const char *key) -> std::uint64_t {
            auto it = usage->find(key);
            return it != usage->end() && it->is_number() ? it->get<std::uint64_t>() : 0;
        };
        result.usage.promptTokens = get("prompt_tokens");
        result.usage.completionTokens = get("completion_tokens");
    }

    void finishSuccess(std::unique_ptr<Job> job, LlmResult result, std::int64_t now)
    {
        result.attempts = job->attempts;
        result.elapsedMillis = now - job->firstStartMillis;
        const double used = double(result.usage.promptTokens + result.usage.completionTokens);
        if (used > 0)
            limiterFor(*job->endpoint).refund(job->tokensTaken - used);
        job->easy = nullptr; // cleaned by the caller
        if (job->headers)
            curl_slist_free_all(job->headers);
        job->headers = nullptr;
        deliver(std::move(job), std::move(result));
    }

    void complete(std::unique_ptr<Job> job, bool)
    {
        LlmResult result;
        result.ok = false;
        result.httpStatus = job->lastStatus;
        result.attempts = job->attempts;
        result.elapsedMillis = job->firstStartMillis >= 0 ? steadyMillis() - job->firstStartMillis : 0;
        result.errorBody = job->lastErrorBody;
        result.error = job->lastError;
        if (job->attempts > 1)
            result.error += " (after " + std::to_string(job->attempts) + " attempts)";
        scrub(result.error, job->secret);
        if (job->channel)
            ++job->channel->failures;
        deliver(std::move(job), std::move(result));
    }

    void deliver(std::unique_ptr<Job> job, LlmResult result)
    {
        Callback done = std::move(job->done);
        if (job->channel)
            --job->channel->active;
        job.reset();
        --outstanding;
        if (done)
            done(std::move(result));
    }

    void drop(std::unique_ptr<Job> job)
    {
        if (job->channel && job->attempts > 0)
            --job->channel->active;
        --outstanding;
    }

    void takeInbox()
    {
        std::vector<std::unique_ptr<Job>> jobs;
        {
            std::lock_guard lock(mutex);
            jobs.swap(inbox);
        }
        for (auto &job : jobs) {
            if (job->channel) {
                auto &entry = channelQueues[job->channel.get()];
                entry.first = job->channel;
                entry.second.push_back(std::move(job));
            } else {
                unlimitedQueue.push_back(std::move(job));
            }
        }
    }

    // Starts whatever may start; returns the next time something becomes due.
    std::int64_t schedule(std::int64_t now)
    {
        std::int64_t next = now + 100;
        // Retries that are due (they hold their channel slot already).
        while (!delayed.empty() && delayed.begin()->first <= now) {
            auto node = delayed.extract(delayed.begin());
            std::unique_ptr<Job> job = std::move(node.mapped());
            if (job->channel && job->channel->cancelled()) {
                drop(std::move(job));
                continue;
            }
            RateLimiter &limiter = limiterFor(*job->endpoint);
            const std::int64_t wait = limiter.delayFor(now, job->call.estimatedTokens);
            if (wait > 0) {
                delayed.emplace(now + wait, std::move(job));
                continue;
            }
            limiter.acquire(now, job->call.estimatedTokens);
            job->tokensTaken = job->call.estimatedTokens;
            startAttempt(std::move(job), now);
        }
        if (!delayed.empty())
            next = std::min(next, delayed.begin()->first);

        auto startFrom = [&](std::deque<std::unique_ptr<Job>> &queue, LlmChannel *channel) {
            while (!queue.empty()) {
                if (channel && channel->active.load() >= channel->maxInFlight())
                    return;
                Job &head = *queue.front();
                RateLimiter &limiter = limiterFor(*head.endpoint);
                const std::int64_t wait = limiter.delayFor(now, head.call.estimatedTokens);
                if (wait > 0) {
                    next = std::min(next, now + wait);
                    return;
                }
                limiter.acquire(now, head.call.estimatedTokens);
                std::unique_ptr<Job> job = std::move(queue.front());
                queue.pop_front();
                job->tokensTaken = job->call.estimatedTokens;
                if (channel)
                    ++channel->active;
                startAttempt(std::move(job), now);
            }
        };
        startFrom(unlimitedQueue, nullptr);
        for (auto it = channelQueues.begin(); it != channelQueues.end();) {
            auto &[channel, queue] = it->second;
            if (channel->cancelled()) {
                for (auto &job : queue)
                    drop(std::move(job));
                queue.clear();
            } else {
                startFrom(queue, channel.get());
            }
            if (queue.empty())
                it = channelQueues.erase(it);
            else
                ++it;
        }
        return next;
    }

    void abortCancelled()
    {
        for (auto it = running.begin(); it != running.end();) {
            if (it->second->channel && it->second->channel->cancelled()) {
                curl_multi_remove_handle(multi, it->first);
                std::unique_ptr<Job> job = std::move(it->second);
                it = running.erase(it);
                releaseTransfer(*job);
                drop(std::move(job));
            } else {
                ++it;
            }
        }
    }

    void loop()
    {
        std::int64_t lastCancelScan = 0;
        while (!stopping) {
            takeInbox();
            std::int64_t now = steadyMillis();
            const std::int64_t next = schedule(now);
            int stillRunning = 0;
            curl_multi_perform(multi, &stillRunning);
            int queued = 0;
            while (CURLMsg *msg = curl_multi_info_read(multi, &queued)) {
                if (msg->msg == CURLMSG_DONE)
                    finishTransfer(msg->easy_handle, msg->data.result);
            }
            now = steadyMillis();
            if (now - lastCancelScan > 200) {
                lastCancelScan = now;
                abortCancelled();
            }
            bool pendingInbox;
            {
                std::lock_guard lock(mutex);
                pendingInbox = !inbox.empty();
            }
            if (pendingInbox)
                continue;
            // Something may have become startable (a slot freed by a completion).
            const int timeout = int(std::clamp<std::int64_t>(next - now, 0, 100));
            if (timeout == 0 && schedulable(now))
                continue;
            curl_multi_poll(multi, nullptr, 0, std::max(timeout, 1), nullptr);
        }
        // Shutdown: nothing is delivered any more.
        for (auto &job : unlimitedQueue)
            drop(std::move(job));
        for (auto &[ptr, entry] : channelQueues)
            for (auto &job : entry.second)
                drop(std::move(job));
        for (auto &[due, job] : delayed)
            drop(std::move(job));
    }

    bool schedulable(std::int64_t now) const
    {
        if (!delayed.empty() && delayed.begin()->first <= now)
            return true;
        if (!unlimitedQueue.empty())
            return true;
        for (const auto &[ptr, entry] : channelQueues)
            if (!entry.second.empty() && entry.first->active.load() < entry.first->maxInFlight())
                return true;
        return false;
    }
};

LlmClient::LlmClient() : d(std::make_unique<Impl>()) {}

LlmClient::~LlmClient() = default;

void LlmClient::setSecretResolver(SecretResolver resolver)
{
    d->resolver = std::move(resolver);
}

void LlmClient::setTransport(std::shared_ptr<LlmTransport> transport)
{
    d->transport = std::move(transport);
}

void LlmClient::submit(std::shared_ptr<const LlmEndpoint> endpoint, LlmCall call, Callback done,
                       std::shared_ptr<LlmChannel> channel)
{
    if (d->transport) {
        if (channel && channel->cancelled())
            return;
        LlmResult result = d->transport->answer(*endpoint, call);
        if (channel) {
            ++channel->attempts;
            if (!result.ok)
                ++channel->failures;
        }
        done(std::move(result));
        return;
    }
    auto job = std::make_unique<Impl::Job>();
    job->endpoint = std::move(endpoint);
    job->call = std::move(call);
    job->done = std::move(done);
    job->channel = std::move(channel);
    ++d->outstanding;
    {
        std::lock_guard lock(d->mutex);
        d->inbox.push_back(std::move(job));
    }
    curl_multi_wakeup(d->multi);
}

LlmResult LlmClient::send(std::shared_ptr<const LlmEndpoint> endpoint, LlmCall call)
{
    auto promise = std::make_shared<std::promise<LlmResult>>();
    auto future = promise->get_future();
    submit(std::move(endpoint), std::move(call), [promise](LlmResult &&r) { promise->set_value(std::move(r)); });
    try {
        return future.get();
    } catch (const std::future_error &) { // the client shut down first
        LlmResult r;
        r.error = "cancelled: the LLM client shut down";
        return r;
    }
}

std::uint64_t LlmClient::outstanding() const
{
    return d->outstanding.load();
}

std::string LlmClient::urlFor(const std::string &baseUrl, LlmCall::Kind kind)
{
    std::string url = baseUrl;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    url += kind == LlmCall::Kind::Chat ? "/chat/completions" : "/embeddings";
    return url;
}

} // namespace pipeline::runtime
