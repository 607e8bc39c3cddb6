// The AI operators (llm-prompt, llm-classify, llm-extract, embed) driven
// directly with an in-memory context against the mock server through the real
// client: prompt rendering and escaping, JSON mode with schema and the repair
// round, labels, extraction, batching, dead letters, per-key order, in-flight
// limits and back-pressure, cache, cost, budget, origin holding.
// Rules use designated initializers; unnamed members keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "llmtestcontext.h"
#include "mockllmserver.h"

#include "pipeline/core/catalog.h"
#include "pipeline/runtime/llm/llmchatoperator.h"
#include "pipeline/runtime/llm/llmclassifyoperator.h"
#include "pipeline/runtime/llm/llmoperatorfactory.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace pipeline;
using namespace pipeline::runtime;
using namespace pipewright::testsupport;
using namespace llmtest;

class TestLlmOperators : public QObject {
    Q_OBJECT

private:
    MockLlmServer m_server;

    LlmSettings settings(double inputPrice = 0, double outputPrice = 0) const
    {
        LlmSettings s;
        LlmEndpoint e;
        e.name = "default";
        e.baseUrl = m_server.baseUrl();
        e.model = "mock-model";
        e.embeddingModel = "mock-embed";
        e.apiKeyRef = "env:PIPEWRIGHT_TEST_LLM_KEY";
        if (inputPrice > 0 || outputPrice > 0)
            e.prices["mock-model"] = {inputPrice, outputPrice};
        s.endpoints.push_back(e);
        return s;
    }

    std::unique_ptr<LlmOperator> make(const std::string &kind, nlohmann::json parameters,
                                      const std::shared_ptr<LlmRuntime> &runtime)
    {
        Node node;
        node.id = "ai";
        node.kind = kind;
        node.parameters = std::move(parameters);
        const NodeType *type = Catalog::builtin().find(kind);
        Diagnostics diagnostics;
        auto op = createLlmOperator(node, *type, runtime, diagnostics);
        if (!diagnostics.empty())
            qWarning("%s", diagnostics[0].message.c_str());
        auto *llm = dynamic_cast<LlmOperator *>(op.release());
        return std::unique_ptr<LlmOperator>(llm);
    }

    static nlohmann::json fastRetries(nlohmann::json p)
    {
        p["backoff"] = "10ms";
        p["backoffStrategy"] = "fixed";
        p["maxRetries"] = 2;
        return p;
    }

    std::vector<MockLlmRequest> chatRequests() const
    {
        std::vector<MockLlmRequest> out;
        for (auto &r : m_server.requests())
            if (r.path.ends_with("/chat/completions"))
                out.push_back(r);
        return out;
    }

private slots:
    void initTestCase()
    {
        ::setenv("PIPEWRIGHT_TEST_LLM_KEY", "sk-test-operators-0123456789", 1);
        std::string error;
        QVERIFY2(m_server.start(0, &error), error.c_str());
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearRules();
        m_server.setLatency(0);
        m_server.setFixedUsage(-1, -1);
    }

    void promptRendering_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("recordJson");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Summarise: {{text}}" << "{\"text\": \"disk full\"}" << "Summarise: disk full";
        QTest::newRow("quotes, newline, backslash")
            << "Q: {{text}}" << "{\"text\": \"say \\\"hi\\\"\\nC:\\\\temp\\\\x\"}" << "Q: say \"hi\"\nC:\\temp\\x";
        QTest::newRow("unicode") << "{{city}}!" << "{\"city\": \"Zürich ✓ 東京\"}" << "Zürich ✓ 東京!";
        QTest::newRow("placeholder in a value stays literal")
            << "{{a}} / {{b}}" << "{\"a\": \"{{b}}\", \"b\": \"B\"}" << "{{b}} / B";
        QTest::newRow("nested path and spaces") << "{{ customer.name }}" << "{\"customer\": {\"name\": \"Ada\"}}" << "Ada";
        QTest::newRow("number, bool, object")
            << "{{n}} {{ok}} {{o}}" << "{\"n\": 21.5, \"ok\": true, \"o\": {\"k\": [1, 2]}}" << "21.5 true {\"k\":[1,2]}";
        QTest::newRow("missing and null are empty") << "[{{gone}}][{{nothing}}]" << "{\"nothing\": null}" << "[][]";
        QTest::newRow("control characters") << "{{t}}" << "{\"t\": \"tab\\there\\u0001\"}" << QString("tab\there") + QChar(1);
    }
    void promptRendering()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, recordJson);
        QFETCH(QString, expected);
        auto runtime = std::make_shared<LlmRuntime>(settings());
        auto op = make("llm-prompt", {{"userPrompt", templateText.toStdString()}, {"systemPrompt", "Be brief."}}, runtime);
        QVERIFY(op);
        TestContext context;
        op->process(0, makeRecord(nlohmann::json::parse(recordJson.toStdString())), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 1; }));
        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(1));
        // The body on the wire is valid JSON and carries the text exactly.
        QVERIFY(!requests[0].body.is_null());
        const auto &messages = requests[0].body["messages"];
        QCOMPARE(messages[0]["role"], nlohmann::json("system"));
        QCOMPARE(messages[0]["content"], nlohmann::json("Be brief."));
        QCOMPARE(QString::fromStdString(messages[1]["content"].get<std::string>()), expected);
        QCOMPARE(requests[0].body["model"], nlohmann::json("mock-model"));
        QCOMPARE(requests[0].body["temperature"], nlohmann::json(0.2));
        QCOMPARE(requests[0].body["max_tokens"], nlohmann::json(512));
        QVERIFY(!requests[0].body.contains("response_format"));
        QCOMPARE(context.emitted[0].value["llm_output"].get<std::string>(), "echo: " + expected.toStdString());
    }

    void jsonModeWithSchema()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        const nlohmann::json schema = {{"type", "object"},
                                       {"properties", {{"sentiment", {{"type", "string"}, {"enum", {"positive", "negative"}}}},
                                                       {"score", {{"type", "number"}}}}},
                                       {"required", {"sentiment", "score"}}};
        m_server.addRule({.pattern = "great", .reply = "{\"sentiment\": \"positive\", \"score\": 0.9}"});
        m_server.addRule({.pattern = "fenced", .reply = "```json\n{\"sentiment\": \"negative\", \"score\": 0.1}\n```"});
        auto op = make("llm-prompt",
                       {{"userPrompt", "Rate: {{text}}"}, {"outputMode", "json"}, {"jsonSchema", schema.dump()}, {"outputField", "rating"}},
                       runtime);
        TestContext context;
        op->process(0, makeRecord({{"text", "a great day"}}), context);
        op->process(0, makeRecord({{"text", "fenced answer"}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 2; }));
        QCOMPARE(context.emitted[0].value["rating"], nlohmann::json({{"sentiment", "positive"}, {"score", 0.9}}));
        QCOMPARE(context.emitted[1].value["rating"]["sentiment"], nlohmann::json("negative"));
        const auto body = chatRequests().at(0).body;
        QCOMPARE(body["response_format"]["type"], nlohmann::json("json_schema"));
        QCOMPARE(body["response_format"]["json_schema"]["schema"], schema);
    }

    void jsonRepairRound()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.addRule({.pattern = "repairable", .replies = {"Sure! Here it is: {oops", "{\"ok\": true}"}});
        auto op = make("llm-prompt", {{"userPrompt", "{{text}}"}, {"outputMode", "json"}}, runtime);
        TestContext context;
        op->process(0, makeRecord({{"text", "repairable"}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 1; }));
        QCOMPARE(context.emitted[0].value["llm_output"], nlohmann::json({{"ok", true}}));
        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(2));
        const auto &messages = requests[1].body["messages"];
        QCOMPARE(messages.size(), size_t(3));
        QCOMPARE(messages[1]["role"], nlohmann::json("assistant"));
        QCOMPARE(messages[1]["content"], nlohmann::json("Sure! Here it is: {oops"));
        QVERIFY(messages[2]["content"].get<std::string>().find("not valid JSON") != std::string::npos);
        QCOMPARE(requests[1].body["response_format"]["type"], nlohmann::json("json_object"));
        QCOMPARE(op->stats().repairs, std::uint64_t(1));
    }

    void schemaMismatchAfterRepairDeadLetters()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.addRule({.pattern = "stubborn", .reply = "{\"score\": \"high\"}"});
        const nlohmann::json schema = {{"type", "object"}, {"properties", {{"score", {{"type", "number"}}}}}, {"required", {"score"}}};
        auto op = make("llm-prompt", {{"userPrompt", "{{text}}"}, {"outputMode", "json"}, {"jsonSchema", schema.dump()}}, runtime);
        TestContext context;
        op->process(0, makeRecord({{"text", "stubborn"}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.rejected.size() == 1; }));
        QVERIFY(context.emitted.empty());
        const std::string &error = context.rejected[0].second;
        QVERIFY2(error.find("after a repair attempt") != std::string::npos, error.c_str());
        QVERIFY2(error.find("$.score: expected number, got string") != std::string::npos, error.c_str());
        QVERIFY2(error.find("{\"score\": \"high\"}") != std::string::npos, error.c_str());
        QCOMPARE(chatRequests().size(), size_t(2));
        QVERIFY(!context.rejected[0].first.value.contains("llm_output")); // record unchanged
    }

    void classifyConstrainedToLabels()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.addRule({.pattern = "buy cheap", .reply = "{\"label\": \"spam\"}"});
        m_server.addRule({.pattern = "lunch", .reply = " HAM.\n"});
        m_server.addRule({.pattern = "unsure", .reply = "maybe"});
        const nlohmann::json labels = {{{"label", "spam"}, {"description", "unsolicited advertising"}},
                                       {{"label", "ham"}, {"description", "normal mail"}}};
        auto op = make("llm-classify", fastRetries({{"input", "{{text}}"}, {"labels", labels}, {"instructions", "Be strict."}}), runtime);
        TestContext context;
        op->process(0, makeRecord({{"text", "buy cheap watches"}}), context);
        op->process(0, makeRecord({{"text", "lunch at noon?"}}), context);
        op->process(0, makeRecord({{"text", "unsure"}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() + context.rejected.size() == 3; }));
        QCOMPARE(context.emitted.size(), size_t(2));
        QCOMPARE(context.emitted[0].value["label"], nlohmann::json("spam"));
        QCOMPARE(context.emitted[1].value["label"], nlohmann::json("ham"));
        QCOMPARE(context.rejected.size(), size_t(1));
        QVERIFY(context.rejected[0].second.find("not one of the labels spam, ham") != std::string::npos);
        const auto body = chatRequests().at(0).body;
        QCOMPARE(body["response_format"]["json_schema"]["schema"]["properties"]["label"]["enum"], nlohmann::json({"spam", "ham"}));
        const std::string system = body["messages"][0]["content"];
        QVERIFY(system.find("- spam: unsolicited advertising") != std::string::npos);
        QVERIFY(system.find("Be strict.") != std::string::npos);
        // unit: the label matcher
        std::vector<LlmClassifyOperator::Label> l = {{"Positive", ""}, {"negative", ""}};
        QCOMPARE(LlmClassifyOperator::matchLabel("\"positive\"", l).value_or(""), std::string("Positive"));
        QCOMPARE(LlmClassifyOperator::matchLabel("{\"label\":\"negative\"}", l).value_or(""), std::string("negative"));
        QVERIFY(!LlmClassifyOperator::matchLabel("neutral", l));
        QVERIFY(!LlmClassifyOperator::matchLabel("{\"label\": 3}", l));
    }

    void extractMergesFields()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.addRule({.pattern = "paid", .reply = "{\"amount\": 12, \"currency\": \"EUR\", \"when\": 1700000000000.0}"});
        const nlohmann::json fields = {{{"name", "amount"}, {"type", "double"}},
                                       {{"name", "currency"}, {"type", "string"}},
                                       {{"name", "payer"}, {"type", "string"}},
                                       {{"name", "when"}, {"type", "timestamp"}}};
        auto op = make("llm-extract", {{"input", "Text: {{message}}"}, {"fields", fields}}, runtime);
        TestContext context;
        op->process(0, makeRecord({{"message", "I paid 12 EUR"}, {"id", 7}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 1; }));
        const auto &v = context.emitted[0].value;
        QCOMPARE(v["id"], nlohmann::json(7));
        QVERIFY(v["amount"].is_number_float());
        QCOMPARE(v["amount"].get<double>(), 12.0);
        QCOMPARE(v["currency"], nlohmann::json("EUR"));
        QVERIFY(v["payer"].is_null());
        QVERIFY(v["when"].is_number_integer());
        QCOMPARE(v["when"].get<std::int64_t>(), std::int64_t(1700000000000));
        const auto schema = chatRequests().at(0).body["response_format"]["json_schema"]["schema"];
        QCOMPARE(schema["properties"]["amount"]["type"], nlohmann::json({"number", "null"}));
        QCOMPARE(schema["required"].size(), size_t(4));
    }

    void embeddingsBatched()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.addRule({.pattern = "text-3", .embedding = {3, 3, 3}});
        auto op = make("embed", {{"textField", "CONCAT('text-', CAST(n AS STRING))"}, {"batchSize", 4}}, runtime);
        QVERIFY(op);
        TestContext context;
        for (int i = 0; i < 10; ++i)
            op->process(0, makeRecord({{"n", i}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 10; }));
        auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(3));
        std::vector<size_t> sizes;
        for (const auto &r : requests) {
            QCOMPARE(r.path, std::string("/v1/embeddings"));
            QCOMPARE(r.body["model"], nlohmann::json("text-embedding-3-small")); // the catalog default
            sizes.push_back(r.body["input"].size());
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<size_t>{2, 4, 4}));
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(context.emitted[size_t(i)].value["n"], nlohmann::json(i)); // input order (one lane)
            QCOMPARE(context.emitted[size_t(i)].value["embedding"].size(), size_t(i == 3 ? 3 : 8));
        }
        QCOMPARE(context.emitted[3].value["embedding"], nlohmann::json({3.0, 3.0, 3.0}));
        // NULL text: the record fails, the others are unaffected
        op->process(0, makeRecord({{"other", 1}}), context);
        QCOMPARE(context.rejected.size(), size_t(1));
        QVERIFY(context.rejected[0].second.find("NULL") != std::string::npos);
    }

    void exhaustedRetriesDeadLetterWithStatusAndBody()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.addRule({.pattern = "always-500", .failure = MockFailure::ServerError});
        auto op = make("llm-prompt", fastRetries({{"userPrompt", "{{text}}"}}), runtime);
        TestContext context;
        op->process(0, makeRecord({{"text", "always-500"}}), context);
        op->process(0, makeRecord({{"text", "fine"}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() + context.rejected.size() == 2; }));
        QCOMPARE(context.rejected.size(), size_t(1));
        const std::string &error = context.rejected[0].second;
        QVERIFY2(error.find("HTTP 500") != std::string::npos, error.c_str());
        QVERIFY2(error.find("3 attempts") != std::string::npos, error.c_str());
        QVERIFY2(error.find("The server had an error") != std::string::npos, error.c_str());
        QVERIFY(error.find("sk-test-operators") == std::string::npos);
        const auto s = op->stats();
        QCOMPARE(s.failures, std::uint64_t(1));
        QCOMPARE(s.retries, std::uint64_t(2));
        QCOMPARE(s.attempts, std::uint64_t(4));
    }

    void perKeyOrderUnderRandomLatency()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.setLatency(1, 40);
        auto op = make("llm-prompt", {{"userPrompt", "{{k}}-{{seq}}"}, {"maxInFlight", 16}}, runtime);
        op->setKeyFunction([](const Record &r) { return r.value["k"].get<std::string>(); });
        TestContext context;
        const int n = 240;
        std::map<std::string, std::vector<int>> sent;
        for (int i = 0; i < n; ++i) {
            const std::string key = "key" + std::to_string((i * 7) % 8);
            sent[key].push_back(i);
            op->process(0, makeRecord({{"k", key}, {"seq", i}}), context);
        }
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == size_t(n); }, 60000));
        std::map<std::string, std::vector<int>> received;
        bool overtaken = false;
        int previous = -1;
        for (const auto &r : context.emitted) {
            const int seq = r.value["seq"];
            received[r.value["k"]].push_back(seq);
            overtaken = overtaken || seq < previous;
            previous = seq;
            QCOMPARE(r.value["llm_output"].get<std::string>(),
                     "echo: " + r.value["k"].get<std::string>() + "-" + std::to_string(seq));
        }
        QCOMPARE(received, sent);   // per key: input order
        QVERIFY(overtaken);         // across keys: faster answers went first
        QVERIFY(m_server.maxConcurrentRequests() <= 16);
    }

    void inFlightLimitAndBackPressure()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.setLatency(50);
        auto op = make("llm-prompt", {{"userPrompt", "{{i}}"}, {"maxInFlight", 4}}, runtime);
        op->setKeyFunction([](const Record &r) { return std::to_string(r.value["i"].get<int>()); });
        TestContext context;
        int fed = 0;
        while (op->acceptsMore())
            op->process(0, makeRecord({{"i", fed++}}), context);
        QCOMPARE(size_t(fed), op->capacity());
        QCOMPARE(op->capacity(), size_t(68)); // max(2 × 4, 4 + 64)
        QCOMPARE(op->pendingRecords(), std::uint64_t(fed));
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == size_t(fed); }, 30000));
        QVERIFY(op->acceptsMore());
        QVERIFY2(m_server.maxConcurrentRequests() <= 4, std::to_string(m_server.maxConcurrentRequests()).c_str());
    }

    void originHeldUntilResult()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.setLatency(30);
        FateCounter fates;
        auto op = make("llm-prompt", {{"userPrompt", "{{t}}"}}, runtime);
        TestContext context;
        op->process(0, makeRecord({{"t", "x"}}, &fates), context);
        QVERIFY(fates.fates.empty()); // waiting for the answer: not settled, not committable
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 1; }));
        QVERIFY(fates.fates.empty()); // still referenced by the emitted record
        context.emitted.clear();
        QCOMPARE(fates.fates, std::vector<Fate>{Fate::Output});
        // Destroyed while a call is outstanding: the message is failed, not committed.
        op->process(0, makeRecord({{"t", "y"}}, &fates), context);
        op.reset();
        QCOMPARE(fates.fates.size(), size_t(2));
        QCOMPARE(fates.fates[1], Fate::Failed);
    }

    void flushWaitsForOutstandingCalls()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        m_server.setLatency(80);
        auto op = make("embed", {{"textField", "t"}, {"batchSize", 100}}, runtime);
        TestContext context;
        for (int i = 0; i < 5; ++i)
            op->process(0, makeRecord({{"t", "flush " + std::to_string(i)}}), context);
        op->flush(context);
        QCOMPARE(context.emitted.size(), size_t(5));
        QCOMPARE(m_server.requestCount(), size_t(1));
    }

    void cacheHitsInMemoryAndOnDisk()
    {
        QTemporaryDir dir;
        LlmSettings s = settings();
        s.cacheFile = dir.filePath("answers.jsonl").toStdString();
        {
            auto runtime = std::make_shared<LlmRuntime>(s);
            QVERIFY(runtime->open(nullptr));
            auto op = make("llm-prompt", {{"userPrompt", "{{t}}"}}, runtime);
            TestContext context;
            for (int pass = 0; pass < 2; ++pass)
                for (int i = 0; i < 5; ++i) {
                    op->process(0, makeRecord({{"t", "cached " + std::to_string(i)}}), context);
                    QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == size_t(pass * 5 + i + 1); }));
                }
            QCOMPARE(m_server.requestCount(), size_t(5));
            QCOMPARE(op->stats().cacheHits, std::uint64_t(5));
            QCOMPARE(op->stats().calls, std::uint64_t(5));
            QCOMPARE(context.emitted[7].value["llm_output"], context.emitted[2].value["llm_output"]);
        }
        // A new run over the same data: answered from the file, nothing paid.
        m_server.clearRequests();
        auto runtime = std::make_shared<LlmRuntime>(s);
        QVERIFY(runtime->open(nullptr));
        auto op = make("llm-prompt", {{"userPrompt", "{{t}}"}}, runtime);
        TestContext context;
        for (int i = 0; i < 5; ++i)
            op->process(0, makeRecord({{"t", "cached " + std::to_string(i)}}), context);
        QCOMPARE(context.emitted.size(), size_t(5)); // synchronously, no call
        QCOMPARE(m_server.requestCount(), size_t(0));
        QCOMPARE(op->stats().cacheHits, std::uint64_t(5));
        QCOMPARE(context.emitted[4].value["llm_output"], nlohmann::json("echo: cached 4"));
        // Different parameters are a different key.
        auto hotter = make("llm-prompt", {{"userPrompt", "{{t}}"}, {"temperature", 1.5}}, runtime);
        hotter->process(0, makeRecord({{"t", "cached 0"}}), context);
        QVERIFY(pollUntil(*hotter, context, [&] { return context.emitted.size() == 6; }));
        QCOMPARE(m_server.requestCount(), size_t(1));
    }

    void costTotals()
    {
        m_server.setFixedUsage(1000, 200);
        auto runtime = std::make_shared<LlmRuntime>(settings(2.0, 8.0)); // per 1M tokens
        auto op = make("llm-prompt", {{"userPrompt", "{{t}}"}, {"maxTokens", 100}}, runtime);
        TestContext context;
        for (int i = 0; i < 10; ++i)
            op->process(0, makeRecord({{"t", "cost " + std::to_string(i)}}), context);
        QVERIFY(pollUntil(*op, context, [&] { return context.emitted.size() == 10; }));
        const auto s = op->stats();
        QCOMPARE(s.calls, std::uint64_t(10));
        QCOMPARE(s.promptTokens, std::uint64_t(10'000));
        QCOMPARE(s.completionTokens, std::uint64_t(2'000));
        const double expected = 10 * (1000 * 2.0 + 200 * 8.0) / 1e6; // 0.036
        QVERIFY(std::abs(s.cost - expected) < 1e-12);
        QVERIFY(std::abs(runtime->spent() - expected) < 1e-12);
        QVERIFY(s.estimatedCost > 0);
        QVERIFY(s.estimatedCost < expected); // estimate: small prompts, at most 100 answer tokens
    }

    void budget_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::newRow("stop") << true;
        QTest::newRow("dead-letter") << false;
    }
    void budget()
    {
        QFETCH(bool, stop);
        m_server.setFixedUsage(1000, 0);
        LlmSettings s = settings(1.0, 0); // 0.001 per call
        s.budget = 0.0025;
        s.budgetAction = stop ? LlmSettings::BudgetAction::Stop : LlmSettings::BudgetAction::DeadLetter;
        auto runtime = std::make_shared<LlmRuntime>(s);
        FateCounter fates; // outlives the records that report to it
        auto op = make("llm-prompt", {{"userPrompt", "{{t}}"}}, runtime);
        TestContext context;
        for (int i = 0; i < 5; ++i) {
            op->process(0, makeRecord({{"t", "budget " + std::to_string(i)}}, &fates), context);
            QVERIFY(pollUntil(*op, context, [&] { return op->pendingRecords() == 0; }));
        }
        QCOMPARE(m_server.requestCount(), size_t(3)); // 0.001, 0.002, 0.003 ≥ 0.0025: no fourth call
        QCOMPARE(context.emitted.size(), size_t(3));
        if (stop) {
            QCOMPARE(context.runFailures.size(), size_t(1));
            QVERIFY(context.runFailures[0].find("budget") != std::string::npos);
            QVERIFY(context.rejected.empty());
            QCOMPARE(std::count(fates.fates.begin(), fates.fates.end(), Fate::Failed), 2);
        } else {
            QVERIFY(context.runFailures.empty());
            QCOMPARE(context.rejected.size(), size_t(2));
            QVERIFY(context.rejected[0].second.find("budget") != std::string::npos);
        }
    }

    void factoryDiagnostics()
    {
        auto runtime = std::make_shared<LlmRuntime>(settings());
        Node node;
        node.id = "p";
        node.kind = "llm-prompt";
        node.parameters = {{"userPrompt", "x"}, {"endpoint", "nowhere"}, {"timeout", "soon"}};
        Diagnostics d;
        QVERIFY(!createLlmOperator(node, *Catalog::builtin().find("llm-prompt"), runtime, d));
        QCOMPARE(d.size(), size_t(1));
        QCOMPARE(d[0].code, std::string("unknown-endpoint"));
        QCOMPARE(d[0].nodeId, std::string("p"));
        node.parameters["endpoint"] = "default";
        d.clear();
        QVERIFY(!createLlmOperator(node, *Catalog::builtin().find("llm-prompt"), runtime, d));
        QCOMPARE(d.at(0).code, std::string("bad-duration"));
        QCOMPARE(d.at(0).parameter, std::string("timeout"));
        node.kind = "embed";
        node.parameters = {{"textField", "a +"}};
        d.clear();
        QVERIFY(!createLlmOperator(node, *Catalog::builtin().find("embed"), runtime, d));
        QCOMPARE(d.at(0).code, std::string("parse-error"));
    }
};

QTEST_GUILESS_MAIN(TestLlmOperators)
#include "tst_llmoperators.moc"
