// LLM nodes in the real engine against the sandbox Kafka cluster and the mock
// OpenAI server: per-key order end to end, dead letters after exhausted retries,
// budget stop, the PII guard refusing to start, and no API key in anything the
// product writes (topics, headers, cache file, events, stats).
#pragma GCC diagnostic ignored "-Wmissing-field-initializers" // designated rule initializers

#include "../runtime/kafkatesting.h"
#include "mockllmserver.h"

#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/llm/llmruntime.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <map>
#include <sstream>

using namespace pipeline::runtime;
using namespace pipewright::testsupport;
using namespace kafkatesting;
using nlohmann::json;

namespace {

const char *const plantedKey = "sk-PLANTED-e2e-4f1c9a7b2d";

bool produceKeyed(const std::string &bootstrap, const std::string &topic,
                  const std::vector<std::pair<std::string, std::string>> &messages)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        return false;
    for (const auto &[key, value] : messages)
        while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.c_str()),
                                 RD_KAFKA_V_KEY(const_cast<char *>(key.data()), key.size()),
                                 RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)
               == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
    const bool ok = rd_kafka_flush(rk, 30'000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_destroy(rk);
    return ok;
}

NodeStats nodeStats(const RunSnapshot &s, const std::string &id)
{
    for (const auto &n : s.nodes)
        if (n.nodeId == id)
            return n;
    return {};
}

} // namespace

class TestLlmPipeline : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxCluster> m_sandbox;
    MockLlmServer m_server;

    std::string bootstrap() const { return m_sandbox->bootstrapServers(); }

    RunOptions options(double inputPrice = 0) const
    {
        RunOptions o;
        o.bootstrapServers = bootstrap();
        LlmEndpoint e;
        e.name = "mock";
        e.baseUrl = m_server.baseUrl();
        e.model = "mock-model";
        e.apiKeyRef = "env:PIPEWRIGHT_E2E_LLM_KEY";
        if (inputPrice > 0)
            e.prices["mock-model"] = {inputPrice, 0};
        o.settings.edit<pipeline::runtime::LlmSettings>().endpoints.push_back(e);
        return o;
    }

private slots:
    void initTestCase()
    {
        ::setenv("PIPEWRIGHT_E2E_LLM_KEY", plantedKey, 1);
        std::string error;
        m_sandbox = SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
        QVERIFY2(m_server.start(0, &error), error.c_str());
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearRules();
        m_server.setLatency(0);
        m_server.setFixedUsage(-1, -1);
    }

    void perKeyOrderEndToEnd()
    {
        QVERIFY(m_sandbox->createTopic("order-in", 3));
        const int count = 300;
        std::vector<std::pair<std::string, std::string>> messages;
        for (int i = 0; i < count; ++i) {
            const std::string key = "key-" + std::to_string(i % 10);
            messages.emplace_back(key, json{{"k", key}, {"seq", i}}.dump());
        }
        QVERIFY(produceKeyed(bootstrap(), "order-in", messages));
        m_server.setLatency(1, 30);
        auto graph = makeGraph("llm-order",
                               {{"in", "kafka-source", json{{"topic", "order-in"}}},
                                {"ask", "llm-prompt", json{{"endpoint", "mock"}, {"userPrompt", "{{k}}:{{seq}}"}, {"maxInFlight", 16}}},
                                {"out", "kafka-sink", json{{"topic", "order-out"}, {"key", "k"}}}},
                               {"in:out->ask:in", "ask:out->out:in"});
        RunOptions o = options();
        o.maxMessages = count;
        Engine engine;
        auto diagnostics = engine.compile(graph, o);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : formatDiagnostic(diagnostics[0]).c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.output, std::uint64_t(count));
        QVERIFY(s.totals.committed > 0);
        const auto ask = nodeStats(s, "ask");
        QCOMPARE(ask.llm.calls, std::uint64_t(count));
        QCOMPARE(ask.llm.inFlight, std::uint64_t(0));
        QVERIFY(m_server.maxConcurrentRequests() > 1);
        QVERIFY(m_server.maxConcurrentRequests() <= 16);

        std::map<std::string, std::vector<int>> seqs;
        const auto out = consumeAll(bootstrap(), "order-out");
        QCOMPARE(out.size(), size_t(count));
        for (const auto &m : out) {
            const json v = json::parse(m.value);
            QCOMPARE(v["llm_output"].get<std::string>(), "echo: " + v["k"].get<std::string>() + ":" + std::to_string(v["seq"].get<int>()));
            seqs[m.key].push_back(v["seq"].get<int>());
        }
        QCOMPARE(seqs.size(), size_t(10));
        for (const auto &[key, list] : seqs) {
            QCOMPARE(list.size(), size_t(30));
            QVERIFY2(std::is_sorted(list.begin(), list.end()), ("order broken for " + key).c_str());
        }
    }

    void exhaustedRetriesGoToDeadLetter()
    {
        m_server.addRule({.pattern = "poison", .failure = MockFailure::ServerError, .echoKey = true});
        std::vector<std::string> values = {json{{"text", "fine 1"}}.dump(), json{{"text", "poison pill"}}.dump(),
                                           json{{"text", "fine 2"}}.dump()};
        QVERIFY(produceAll(bootstrap(), "dl-in", values));
        auto graph = makeGraph("llm-dl",
                               {{"in", "kafka-source", json{{"topic", "dl-in"}}},
                                {"ask", "llm-classify",
                                 json{{"endpoint", "mock"}, {"input", "{{text}}"}, {"maxRetries", 2}, {"backoff", "20ms"},
                                      {"labels", json::array({json{{"label", "echo"}}, json{{"label", "other"}}})}}},
                                {"out", "kafka-sink", json{{"topic", "dl-out"}}}},
                               {"in:out->ask:in", "ask:out->out:in"}, json{{"deadLetterTopic", "dl-dead"}});
        m_server.addRule({.pattern = "fine", .reply = "{\"label\": \"echo\"}"});
        RunOptions o = options();
        o.maxMessages = 3;
        Engine engine;
        QVERIFY(engine.compile(graph, o).empty());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.output, std::uint64_t(2));
        QCOMPARE(s.totals.deadLettered, std::uint64_t(1));
        const auto dead = consumeAll(bootstrap(), "dl-dead");
        QCOMPARE(dead.size(), size_t(1));
        QCOMPARE(dead[0].value, values[1]); // the original payload
        QCOMPARE(dead[0].headers.at("node-id"), std::string("ask"));
        const std::string error = dead[0].headers.at("error");
        QVERIFY2(error.find("HTTP 500") != std::string::npos, error.c_str());
        QVERIFY2(error.find("3 attempts") != std::string::npos, error.c_str());
        QVERIFY2(error.find("Incorrect API key provided: [redacted]") != std::string::npos, error.c_str());
        QVERIFY(error.find(plantedKey) == std::string::npos);
        QCOMPARE(nodeStats(s, "ask").llm.failures, std::uint64_t(1));
        QCOMPARE(nodeStats(s, "ask").llm.retries, std::uint64_t(2));
        for (const auto &m : consumeAll(bootstrap(), "dl-out"))
            JSON_COMPARE(json::parse(m.value)["label"], json("echo"));
    }

    void budgetStopsTheRun()
    {
        m_server.setFixedUsage(1000, 0); // 0.001 per call at 1.0 / 1M input tokens
        std::vector<std::string> values;
        for (int i = 0; i < 20; ++i)
            values.push_back(json{{"text", "b" + std::to_string(i)}}.dump());
        QVERIFY(produceAll(bootstrap(), "budget-in", values, 0));
        auto graph = makeGraph("llm-budget",
                               {{"in", "kafka-source", json{{"topic", "budget-in"}}},
                                {"ask", "llm-prompt", json{{"endpoint", "mock"}, {"userPrompt", "{{text}}"}, {"maxInFlight", 1}}},
                                {"out", "kafka-sink", json{{"topic", "budget-out"}}}},
                               {"in:out->ask:in", "ask:out->out:in"});
        RunOptions o = options(1.0);
        o.settings.edit<pipeline::runtime::LlmSettings>().budget = 0.0045;
        o.maxMessages = 20;
        o.durationMillis = 20'000;
        Engine engine;
        QVERIFY(engine.compile(graph, o).empty());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Failed);
        QVERIFY2(s.error.find("budget") != std::string::npos, s.error.c_str());
        QVERIFY2(s.error.find("ask") != std::string::npos, s.error.c_str());
        // maxInFlight 1: calls are sequential, so spending stops right after the limit
        QCOMPARE(m_server.requestCount(), size_t(5));
        QVERIFY(nodeStats(s, "ask").llm.cost >= 0.0045);
        QVERIFY(s.totals.failed >= 1);
        QCOMPARE(consumeAll(bootstrap(), "budget-out").size(), size_t(5));
    }

    void piiGuardRefusesToStart_data()
    {
        QTest::addColumn<bool>("masked");
        QTest::newRow("unmasked: refused") << false;
        QTest::newRow("masked upstream: runs") << true;
    }
    void piiGuardRefusesToStart()
    {
        QFETCH(bool, masked);
        const json schema = json::array({json{{"name", "name"}, {"type", "string"}},
                                         json{{"name", "email"}, {"type", "string"}, {"sensitive", true}}});
        std::vector<NodeSpec> nodes = {{"in", "kafka-source", json{{"topic", "pii-in"}, {"schema", schema}}},
                                       {"ask", "llm-prompt", json{{"endpoint", "mock"}, {"userPrompt", "Write to {{name}} at {{email}}"}}},
                                       {"out", "kafka-sink", json{{"topic", "pii-out"}}}};
        std::vector<std::string> edges = {"ask:out->out:in"};
        if (masked) {
            nodes.push_back({"hide", "mask", json{{"fields", json::array({json{{"field", "email"}, {"method", "hash"}}})}}});
            edges.push_back("in:out->hide:in");
            edges.push_back("hide:out->ask:in");
        } else {
            edges.push_back("in:out->ask:in");
        }
        Engine engine;
        auto diagnostics = engine.compile(makeGraph("pii", nodes, edges), options());
        QCOMPARE(engine.isCompiled(), masked);
        if (masked)
            return;
        auto it = std::find_if(diagnostics.begin(), diagnostics.end(), [](const auto &d) { return d.code == "pii-leak"; });
        QVERIFY(it != diagnostics.end());
        QCOMPARE(it->nodeId, std::string("ask"));
        QCOMPARE(it->parameter, std::string("userPrompt"));
        QVERIFY(it->message.find("\"email\"") != std::string::npos);
        QVERIFY(!engine.start());
        QCOMPARE(m_server.requestCount(), size_t(0));
    }

    void noApiKeyInAnythingWritten()
    {
        QTemporaryDir dir;
        const std::string cacheFile = dir.filePath("llm-cache.jsonl").toStdString();
        m_server.addRule({.pattern = "leaky", .failure = MockFailure::BadRequest, .echoKey = true});
        std::vector<std::string> values = {json{{"text", "hello"}}.dump(), json{{"text", "leaky"}}.dump(),
                                           json{{"text", "world"}}.dump()};
        QVERIFY(produceAll(bootstrap(), "key-in", values));
        auto graph = makeGraph("llm-key",
                               {{"in", "kafka-source", json{{"topic", "key-in"}}},
                                {"ask", "llm-prompt", json{{"endpoint", "mock"}, {"userPrompt", "{{text}}"}}},
                                {"vec", "embed", json{{"endpoint", "mock"}, {"textField", "text"}}},
                                {"out", "kafka-sink", json{{"topic", "key-out"}}}},
                               {"in:out->ask:in", "ask:out->vec:in", "vec:out->out:in"}, json{{"deadLetterTopic", "key-dead"}});
        RunOptions o = options();
        o.maxMessages = 3;
        o.settings.edit<pipeline::runtime::LlmSettings>().cacheFile = cacheFile;
        Engine engine;
        auto diagnostics = engine.compile(graph, o);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QCOMPARE(s.totals.output, std::uint64_t(2));
        QCOMPARE(s.totals.deadLettered, std::uint64_t(1));

        // The key was really used (the server saw it) ...
        bool sent = false;
        for (const auto &r : m_server.requests())
            sent = sent || r.header("authorization") == std::string("Bearer ") + plantedKey;
        QVERIFY(sent);
        // ... and appears in nothing the product wrote.
        std::ostringstream everything;
        {
            std::ifstream in(cacheFile);
            QVERIFY(in.good());
            everything << in.rdbuf();
        }
        const std::string cacheText = everything.str();
        QVERIFY(cacheText.find("echo: hello") != std::string::npos); // the cache file is really there
        for (const std::string topic : {"key-out", "key-dead"})
            for (const auto &m : consumeAll(bootstrap(), topic)) {
                everything << m.key << m.value;
                for (const auto &[name, value] : m.headers)
                    everything << name << value;
            }
        for (const auto &e : engine.takeEvents())
            everything << e.message;
        everything << s.error;
        for (const auto &n : s.nodes)
            everything << n.nodeId << n.kind;
        for (const auto &e : o.settings.get<pipeline::runtime::LlmSettings>().endpoints)
            everything << e.toJson().dump();
        const std::string text = everything.str();
        QVERIFY(text.find("[redacted]") != std::string::npos); // the echoing server's error made it, scrubbed
        QVERIFY2(text.find(plantedKey) == std::string::npos, "the API key leaked into the product's output");
        QVERIFY(text.find("sk-PLANTED") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestLlmPipeline)
#include "tst_llmpipeline.moc"
