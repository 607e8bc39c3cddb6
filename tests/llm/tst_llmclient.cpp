// The OpenAI-compatible client against the mock server: request shapes, retries
// and backoff timing (measured on the server's recorded arrival times),
// Retry-After, timeouts, failure bodies, concurrency limits, the API key's
// whereabouts; plus the rate limiter and the response cache on their own.
// Rules use designated initializers; unnamed members keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "mockllmserver.h"

#include "pipeline/runtime/llm/llmclient.h"
#include "pipeline/runtime/llm/ratelimiter.h"
#include "pipeline/runtime/llm/responsecache.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <fstream>

using namespace pipeline::runtime;
using namespace pipewright::testsupport;

namespace {
const char *const plantedKey = "sk-test-PLANTED-0123456789abcdef";
}

class TestLlmClient : public QObject {
    Q_OBJECT

private:
    MockLlmServer m_server;
    std::shared_ptr<LlmEndpoint> m_endpoint;

    std::shared_ptr<const LlmEndpoint> endpoint() const { return m_endpoint; }

    static nlohmann::json chatBody(const std::string &text)
    {
        return {{"model", "gpt-test"},
                {"messages", {{{"role", "system"}, {"content", "be brief"}}, {{"role", "user"}, {"content", text}}}},
                {"temperature", 0.2},
                {"max_tokens", 64}};
    }

    static LlmRetryPolicy policy(int retries, std::int64_t backoff, bool exponential, std::int64_t timeout = 5000)
    {
        LlmRetryPolicy p;
        p.maxRetries = retries;
        p.backoffMillis = backoff;
        p.exponential = exponential;
        p.timeoutMillis = timeout;
        return p;
    }

    // Gaps between consecutive arrivals of requests matching `text`.
    std::vector<std::int64_t> gaps(const std::string &text) const
    {
        std::vector<std::int64_t> times;
        for (const auto &r : m_server.requests())
            if (r.matchText == text)
                times.push_back(r.arrivalMillis);
        std::vector<std::int64_t> out;
        for (size_t i = 1; i < times.size(); ++i)
            out.push_back(times[i] - times[i - 1]);
        return out;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        QVERIFY2(m_server.start(0, &error), error.c_str());
        ::setenv("PIPEWRIGHT_TEST_LLM_KEY", plantedKey, 1);
        m_endpoint = std::make_shared<LlmEndpoint>();
        m_endpoint->name = "mock";
        m_endpoint->baseUrl = m_server.baseUrl();
        m_endpoint->model = "gpt-test";
        m_endpoint->apiKeyRef = "env:PIPEWRIGHT_TEST_LLM_KEY";
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearRules();
        m_server.setLatency(0);
        m_server.setFixedUsage(-1, -1);
    }

    void chatRequestShapeAndAnswer()
    {
        LlmClient client;
        m_server.addRule({.pattern = "capital of France", .reply = "Paris"});
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("What is the capital of France?")));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.chatContent().value_or(""), std::string("Paris"));
        QVERIFY(r.usage.promptTokens > 0);
        QVERIFY(r.usage.completionTokens > 0);
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(1));
        QCOMPARE(requests[0].path, std::string("/v1/chat/completions"));
        QCOMPARE(requests[0].header("authorization"), std::string("Bearer ") + plantedKey);
        QCOMPARE(requests[0].header("content-type"), std::string("application/json"));
        QCOMPARE(requests[0].body["model"], nlohmann::json("gpt-test"));
        QCOMPARE(requests[0].body["messages"][1]["content"], nlohmann::json("What is the capital of France?"));
        QCOMPARE(requests[0].body["max_tokens"], nlohmann::json(64));
    }

    void embeddingsRequest()
    {
        LlmClient client;
        m_server.addRule({.pattern = "alpha", .embedding = {0.5, -0.25, 1.0}});
        nlohmann::json body = {{"model", "text-embedding-3-small"}, {"input", {"alpha text", "beta text"}}};
        LlmResult r = client.send(endpoint(), LlmCall::embeddings(body));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(m_server.requests().at(0).path, std::string("/v1/embeddings"));
        QCOMPARE(r.body["data"].size(), size_t(2));
        QCOMPARE(r.body["data"][0]["embedding"], nlohmann::json({0.5, -0.25, 1.0}));
        QCOMPARE(r.body["data"][1]["embedding"].size(), size_t(8));
    }

    void noKeyReferenceSendsNoAuthorization()
    {
        LlmClient client;
        auto local = std::make_shared<LlmEndpoint>(*m_endpoint);
        local->apiKeyRef.clear();
        LlmResult r = client.send(local, LlmCall::chat(chatBody("hi")));
        QVERIFY(r.ok);
        QCOMPARE(m_server.requests().at(0).header("authorization"), std::string());
    }

    void unresolvedKeyFailsWithoutRequest()
    {
        LlmClient client;
        auto broken = std::make_shared<LlmEndpoint>(*m_endpoint);
        broken->apiKeyRef = "env:PIPEWRIGHT_TEST_NOT_SET_ANYWHERE";
        LlmResult r = client.send(broken, LlmCall::chat(chatBody("hi"), policy(3, 10, false)));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("PIPEWRIGHT_TEST_NOT_SET_ANYWHERE") != std::string::npos, r.error.c_str());
        QCOMPARE(m_server.requestCount(), size_t(0));
    }

    void retryThenSuccess_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("500") << int(MockFailure::ServerError);
        QTest::newRow("malformed json") << int(MockFailure::MalformedJson);
        QTest::newRow("truncated body") << int(MockFailure::TruncatedBody);
        QTest::newRow("connection closed") << int(MockFailure::CloseConnection);
    }
    void retryThenSuccess()
    {
        QFETCH(int, failure);
        LlmClient client;
        m_server.failNext(MockFailure(failure), 2);
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("flaky"), policy(3, 20, false)));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.chatContent().value_or(""), std::string("echo: flaky"));
        QCOMPARE(m_server.requestCount(), size_t(3));
    }

    void fixedBackoffTiming()
    {
        LlmClient client;
        m_server.failNext(MockFailure::ServerError, 3);
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("fixed"), policy(3, 200, false)));
        QVERIFY2(r.ok, r.error.c_str());
        const auto g = gaps("fixed");
        QCOMPARE(g.size(), size_t(3));
        for (auto gap : g) // fixed: no jitter; the tolerance covers scheduling only
            QVERIFY2(gap >= 195 && gap <= 200 + 150, std::to_string(gap).c_str());
    }

    void exponentialBackoffWithJitter()
    {
        LlmClient client;
        m_server.failNext(MockFailure::ServerError, 3);
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("expo"), policy(3, 100, true)));
        QVERIFY2(r.ok, r.error.c_str());
        const auto g = gaps("expo");
        QCOMPARE(g.size(), size_t(3));
        // retry k waits in [d/2, d] with d = 100 ms * 2^(k-1)
        for (size_t k = 0; k < g.size(); ++k) {
            const std::int64_t d = 100 << k;
            QVERIFY2(g[k] >= d / 2 - 5 && g[k] <= d + 150,
                     ("retry " + std::to_string(k + 1) + " waited " + std::to_string(g[k])).c_str());
        }
    }

    void retryAfterHonoured()
    {
        LlmClient client;
        m_server.failNext(MockFailure::RateLimited, 1, 1); // Retry-After: 1 (second)
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("limited"), policy(3, 10, false)));
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.attempts, 2);
        const auto g = gaps("limited");
        QCOMPARE(g.size(), size_t(1));
        QVERIFY2(g[0] >= 990 && g[0] <= 1000 + 300, std::to_string(g[0]).c_str());
    }

    void exhaustedRetriesCarryStatusAndBody()
    {
        LlmClient client;
        m_server.addRule({.pattern = "doomed", .failure = MockFailure::ServerError});
        auto channel = std::make_shared<LlmChannel>(4);
        std::promise<LlmResult> promise;
        client.submit(endpoint(), LlmCall::chat(chatBody("doomed"), policy(2, 10, true)),
                      [&](LlmResult &&r) { promise.set_value(std::move(r)); }, channel);
        LlmResult r = promise.get_future().get();
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 500);
        QCOMPARE(r.attempts, 3);
        QVERIFY2(r.error.find("HTTP 500") != std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("3 attempts") != std::string::npos, r.error.c_str());
        QVERIFY2(r.errorBody.find("server had an error") != std::string::npos, r.errorBody.c_str());
        QCOMPARE(channel->attempts.load(), std::uint64_t(3));
        QCOMPARE(channel->retries.load(), std::uint64_t(2));
        QCOMPARE(channel->failures.load(), std::uint64_t(1));
        QCOMPARE(channel->active.load(), 0);
        QVERIFY(r.error.find(plantedKey) == std::string::npos);
        QVERIFY(r.errorBody.find(plantedKey) == std::string::npos);
    }

    void clientErrorIsNotRetried()
    {
        LlmClient client;
        m_server.failNext(MockFailure::BadRequest, 1);
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("bad"), policy(3, 10, false)));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.attempts, 1);
    }

    void timeoutIsRetriedThenFails()
    {
        LlmClient client;
        m_server.addRule({.pattern = "silent", .failure = MockFailure::NoAnswer});
        LlmResult r = client.send(endpoint(), LlmCall::chat(chatBody("silent"), policy(1, 10, false, 300)));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.error.find("timed out after 300 ms") != std::string::npos, r.error.c_str());
        const auto g = gaps("silent");
        QCOMPARE(g.size(), size_t(1));
        QVERIFY2(g[0] >= 300, std::to_string(g[0]).c_str()); // timeout + backoff
    }

    void channelLimitsInFlight()
    {
        LlmClient client;
        m_server.setLatency(60);
        auto channel = std::make_shared<LlmChannel>(4);
        std::mutex mutex;
        std::condition_variable done;
        int finished = 0;
        for (int i = 0; i < 20; ++i)
            client.submit(endpoint(), LlmCall::chat(chatBody("n" + std::to_string(i))),
                          [&](LlmResult &&r) {
                              QVERIFY(r.ok);
                              std::lock_guard lock(mutex);
                              ++finished;
                              done.notify_all();
                          },
                          channel);
        std::unique_lock lock(mutex);
        QVERIFY(done.wait_for(lock, std::chrono::seconds(20), [&] { return finished == 20; }));
        // arrivals: never more than 4 requests in the server at once
        auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(20));
        for (size_t i = 4; i < requests.size(); ++i)
            QVERIFY2(requests[i].arrivalMillis - requests[i - 4].arrivalMillis >= 55,
                     ("request " + std::to_string(i) + " started early").c_str());
    }

    void rateLimiterBuckets()
    {
        RateLimiter limiter(60, 1000); // 1 request/s, 1000 tokens/min, buckets start full
        QCOMPARE(limiter.delayFor(0, 10), std::int64_t(0));
        for (int i = 0; i < 60; ++i)
            limiter.acquire(0, 1);
        QCOMPARE(limiter.delayFor(0, 1), std::int64_t(1000)); // empty: next token in 1 s
        QCOMPARE(limiter.delayFor(500, 1), std::int64_t(500));
        QCOMPARE(limiter.delayFor(1000, 1), std::int64_t(0));
        RateLimiter tokens(0, 600); // 10 tokens/s
        tokens.acquire(0, 600);
        QCOMPARE(tokens.delayFor(0, 100), std::int64_t(10'000));
        tokens.refund(100); // the answer used fewer tokens than estimated
        QCOMPARE(tokens.delayFor(0, 100), std::int64_t(0));
        QCOMPARE(tokens.delayFor(0, 5000), std::int64_t(50'000)); // bigger than the bucket: wait for a full one
        QVERIFY(RateLimiter().unlimited());
    }

    void tokenEstimatesAreRefunded()
    {
        LlmClient client;
        auto limited = std::make_shared<LlmEndpoint>(*m_endpoint);
        limited->name = "limited";
        limited->requestsPerMinute = 600; // bucket of 600, then 10/s
        limited->tokensPerMinute = 6000;  // 100 tokens/s
        // Each call is estimated at prompt/4 + max_tokens ≈ 3000 tokens: two
        // empty the bucket, a third would wait ~30 s for the refill.
        nlohmann::json body = chatBody("tokens");
        body["max_tokens"] = 2950; // ≈ 3000 tokens per call estimated
        std::vector<LlmResult> results(3);
        std::mutex mutex;
        std::condition_variable cv;
        int n = 0;
        for (int i = 0; i < 2; ++i)
            client.submit(limited, LlmCall::chat(body), [&](LlmResult &&r) {
                std::lock_guard lock(mutex);
                results[size_t(n++)] = std::move(r);
                cv.notify_all();
            });
        std::unique_lock lock(mutex);
        QVERIFY(cv.wait_for(lock, std::chrono::seconds(10), [&] { return n == 2; }));
        QVERIFY(results[0].ok && results[1].ok);
        // The answers used only a few tokens: the estimate was refunded, so a
        // third big call starts at once instead of waiting for the bucket.
        lock.unlock();
        const auto before = std::chrono::steady_clock::now();
        LlmResult third = client.send(limited, LlmCall::chat(body));
        QVERIFY(third.ok);
        QVERIFY(std::chrono::steady_clock::now() - before < std::chrono::seconds(5));
    }

    void responseCacheKeysAndPersistence()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("cache.jsonl").toStdString();
        const std::string k1 = ResponseCache::keyFor("http://a/v1", chatBody("x"));
        QCOMPARE(k1.size(), size_t(64));
        QCOMPARE(ResponseCache::keyFor("http://a/v1", chatBody("x")), k1);
        QVERIFY(ResponseCache::keyFor("http://b/v1", chatBody("x")) != k1);
        QVERIFY(ResponseCache::keyFor("http://a/v1", chatBody("y")) != k1);
        nlohmann::json hotter = chatBody("x");
        hotter["temperature"] = 0.9;
        QVERIFY(ResponseCache::keyFor("http://a/v1", hotter) != k1);
        {
            ResponseCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(!cache.find(k1));
            cache.insert(k1, {{"answer", 42}});
            QCOMPARE(*cache.find(k1), nlohmann::json({{"answer", 42}}));
            QCOMPARE(cache.hits(), std::uint64_t(1));
            QCOMPARE(cache.misses(), std::uint64_t(1));
        }
        { // a torn line after a crash is skipped
            std::ofstream out(path, std::ios::app);
            out << "{\"key\": \"abc\", \"respo";
        }
        ResponseCache reloaded;
        QVERIFY(reloaded.open(path));
        QCOMPARE(reloaded.size(), size_t(1));
        QCOMPARE(*reloaded.find(k1), nlohmann::json({{"answer", 42}}));
    }

    void endpointProfileJson()
    {
        LlmEndpoint e;
        e.name = "openai";
        e.baseUrl = "https://api.openai.com/v1";
        e.model = "gpt-4o-mini";
        e.apiKeyRef = "env:OPENAI_API_KEY";
        e.prices["gpt-4o-mini"] = {0.15, 0.6};
        auto back = LlmEndpoint::fromJson(e.toJson());
        QVERIFY(back);
        QCOMPARE(back->apiKeyRef, e.apiKeyRef);
        QCOMPARE(back->prices.at("gpt-4o-mini"), (LlmPrice{0.15, 0.6}));
        QVERIFY(back->verifyTls);
        QCOMPARE(e.cost("gpt-4o-mini", 1'000'000, 500'000), 0.15 + 0.3);
        QCOMPARE(e.cost("unknown-model", 1'000'000, 1'000'000), 0.0);
        std::string error;
        nlohmann::json withKey = e.toJson();
        withKey["apiKey"] = "sk-literal";
        QVERIFY(!LlmEndpoint::fromJson(withKey, &error));
        QVERIFY2(error.find("never the key") != std::string::npos, error.c_str());
        QVERIFY(error.find("sk-literal") == std::string::npos);
        QCOMPARE(LlmClient::urlFor("http://h/v1/", LlmCall::Kind::Chat), std::string("http://h/v1/chat/completions"));
        QCOMPARE(LlmClient::urlFor("http://h/v1", LlmCall::Kind::Embeddings), std::string("http://h/v1/embeddings"));
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
