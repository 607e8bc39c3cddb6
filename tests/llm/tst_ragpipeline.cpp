// Retrieval-augmented generation: the vector nodes' validation and schemas, the
// vector-retrieve operator against the mock OpenAI server's deterministic
// embeddings (hits equal a brute-force cosine scan), and the shipped
// flight-rebooking-rag example end to end on the sandbox cluster: flights are
// indexed and saved, a second run (a restart) answers questions from the saved
// index, and the prompt the model receives contains the retrieved flight.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers" // designated rule initializers

// Product headers first: Qt's `slots` keyword macro would break LlmOperator::Call::slots.
#include "llmtestcontext.h"
#include "pipeline/core/catalog.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/llm/llmoperatorfactory.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/runtime/vector/vectorindex.h"
#include "pipeline/runtime/vector/vectorretrieveoperator.h"
#include "pipeline/runtime/vector/vectorupsertoperator.h"
#include "pipeline/serialization/pipelinereader.h"

#include "../runtime/kafkatesting.h"
#include "mockllmserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace pipeline;
using namespace pipeline::runtime;
using namespace pipewright::testsupport;
using namespace kafkatesting;
using nlohmann::json;

namespace {

NodeStats nodeStats(const RunSnapshot &s, const std::string &id)
{
    for (const auto &n : s.nodes)
        if (n.nodeId == id)
            return n;
    return {};
}

double cosine(const json &a, const json &b)
{
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const double x = a[i].get<double>(), y = b[i].get<double>();
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    return dot / std::sqrt(na * nb);
}

std::string diagnosticsText(const Diagnostics &diagnostics)
{
    std::string out;
    for (const auto &d : diagnostics)
        out += formatDiagnostic(d) + "\n";
    return out;
}

} // namespace

class TestRagPipeline : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxCluster> m_sandbox;
    MockLlmServer m_server;

    LlmSettings settings() const
    {
        LlmSettings s;
        LlmEndpoint e;
        e.name = "default";
        e.baseUrl = m_server.baseUrl();
        e.model = "mock-model";
        e.embeddingModel = "mock-embed";
        s.endpoints.push_back(e);
        return s;
    }

    std::vector<MockLlmRequest> requestsTo(const std::string &suffix) const
    {
        std::vector<MockLlmRequest> out;
        for (auto &r : m_server.requests())
            if (r.path.ends_with(suffix))
                out.push_back(r);
        return out;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        QVERIFY2(m_server.start(0, &error), error.c_str());
        m_sandbox = SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
    }

    void init()
    {
        m_server.clearRequests();
        m_server.clearRules();
        m_server.setEmbeddingDimensions(8);
    }

    // ------------------------------------------------------------ catalog
    void validationPointsAtParameters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("no embedding field") << "vector-upsert" << R"({"index":"f","idField":"id","embeddingField":"vec"})"
                                            << "unknown-field" << "embeddingField";
        QTest::newRow("embedding not an array") << "vector-upsert" << R"({"index":"f","idField":"id","embeddingField":"text"})"
                                                << "type-mismatch" << "embeddingField";
        QTest::newRow("unknown metadata") << "vector-upsert"
                                          << R"({"index":"f","idField":"id","metadataFields":["text","gate"]})"
                                          << "unknown-field" << "metadataFields[1]";
        QTest::newRow("bad index name") << "vector-upsert" << R"({"index":"../etc","idField":"id"})" << "bad-value"
                                        << "index";
        QTest::newRow("missing index") << "vector-retrieve" << R"({"queryField":"text"})" << "missing-parameter" << "index";
        QTest::newRow("k out of range") << "vector-retrieve" << R"({"index":"f","queryField":"text","k":0})"
                                        << "out-of-range" << "k";
        QTest::newRow("same output fields") << "vector-retrieve"
                                            << R"({"index":"f","queryField":"text","outputField":"c","contextTextField":"c"})"
                                            << "duplicate-name" << "contextTextField";
        QTest::newRow("query not a field") << "vector-retrieve" << R"({"index":"f","queryField":"nope"})"
                                           << "unknown-field" << "queryField";
    }
    void validationPointsAtParameters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, parameters);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        Graph g = makeGraph("v",
                            {{"src", "kafka-source",
                              json{{"topic", "t"},
                                   {"schema", json::array({json{{"name", "id"}, {"type", "string"}},
                                                           json{{"name", "text"}, {"type", "string"}},
                                                           json{{"name", "embedding"}, {"type", "array"}, {"elementType", "double"}}})}}},
                             {"node", kind.toStdString(), json::parse(parameters.toStdString())}},
                            {"src:out->node:in"});
        const ValidationResult result = validateGraph(g, Catalog::builtin());
        bool found = false;
        for (const auto &d : result.diagnostics)
            found = found || (d.code == code.toStdString() && d.parameter == parameter.toStdString() && d.nodeId == "node");
        QVERIFY2(found, diagnosticsText(result.diagnostics).c_str());
    }

    void retrieveAddsContextFields()
    {
        Graph g = makeGraph("v",
                            {{"src", "kafka-source",
                              json{{"topic", "t"}, {"schema", json::array({json{{"name", "question"}, {"type", "string"}}})}}},
                             {"find", "vector-retrieve", json{{"index", "f"}, {"queryField", "question"}, {"outputField", "hits"}}},
                             {"ask", "llm-prompt", json{{"userPrompt", "{{question}} given {{context_text}}"}}}},
                            {"src:out->find:in", "find:out->ask:in"});
        const ValidationResult result = validateGraph(g, Catalog::builtin());
        QVERIFY2(result.diagnostics.empty(), diagnosticsText(result.diagnostics).c_str());
        const Schema &out = result.outputSchemas.at(PortRef{"find", "out"});
        const Field *hits = out.find("hits");
        QVERIFY(hits);
        QCOMPARE(hits->type, FieldType::Array);
        QCOMPARE(hits->elementType, FieldType::Object);
        QCOMPARE(hits->children.size(), size_t(4));
        QVERIFY(out.find("context_text"));
        QCOMPARE(out.find("context_text")->type, FieldType::String);
        QVERIFY(out.find("question"));
    }

    // ------------------------------------------------------------ operator
    void retrieveEqualsBruteForce()
    {
        m_server.setEmbeddingDimensions(16);
        QTemporaryDir dir;
        auto runtime = std::make_shared<LlmRuntime>(settings());
        std::string error;
        QVERIFY2(runtime->open(&error), error.c_str());

        // Index 60 facts through the real embed step, as a pipeline would.
        Node embedNode;
        embedNode.id = "embed";
        embedNode.kind = "embed";
        embedNode.parameters = {{"textField", "text"}, {"batchSize", 16}};
        Diagnostics diagnostics;
        auto embed = createLlmOperator(embedNode, *Catalog::builtin().find("embed"), runtime, diagnostics);
        QVERIFY2(embed, diagnosticsText(diagnostics).c_str());
        llmtest::TestContext embedded;
        for (int i = 0; i < 60; ++i)
            embed->process(0, llmtest::makeRecord({{"id", "f" + std::to_string(i)}, {"text", "fact number " + std::to_string(i)}}),
                           embedded);
        QVERIFY(llmtest::pollUntil(*embed, embedded, [&] { return embedded.emitted.size() == 60; }));

        auto index = std::make_shared<VectorIndex>(dir.filePath("facts.vindex").toStdString(),
                                                   VectorIndexOptions{.efSearch = 200});
        QVERIFY(index->open(&error));
        VectorUpsertOperator::Options uo;
        uo.id = *expr::parse("id").expression;
        uo.embedding = FieldPath("embedding");
        uo.text = *expr::parse("text").expression;
        VectorUpsertOperator upsert(index, uo);
        llmtest::TestContext sink;
        std::map<std::string, json> vectors;
        for (auto &r : embedded.emitted) {
            vectors[r.value["id"]] = r.value["embedding"];
            upsert.process(0, std::move(r), sink);
        }
        QCOMPARE(index->size(), size_t(60));
        QCOMPARE(index->dimension(), size_t(16));

        auto config = llmNodeConfig([] {
            Node n;
            n.id = "find";
            n.kind = "vector-retrieve";
            return n;
        }(), *Catalog::builtin().find("vector-retrieve"), *runtime, diagnostics);
        QVERIFY(config);
        QCOMPARE(config->model, std::string("text-embedding-3-small")); // the catalog default
        VectorRetrieveOperator::Options ro;
        ro.query = *expr::parse("question").expression;
        ro.k = 4;
        ro.minScore = -1;
        VectorRetrieveOperator retrieve(*config, runtime, index, ro);
        m_server.clearRequests();
        llmtest::TestContext answered;
        const std::vector<std::string> questions = {"fact number 7", "fact number 42", "where is my bag", "fact"};
        for (const auto &q : questions)
            retrieve.process(0, llmtest::makeRecord({{"question", q}}), answered);
        QVERIFY(llmtest::pollUntil(retrieve, answered, [&] { return answered.emitted.size() == questions.size(); }));
        QCOMPARE(requestsTo("/embeddings").size(), size_t(1)); // batched into one request

        for (size_t qi = 0; qi < questions.size(); ++qi) {
            const json &record = answered.emitted[qi].value;
            QCOMPARE(record["question"].get<std::string>(), questions[qi]);
            // The query's own vector, as the endpoint gives it.
            llmtest::TestContext single;
            embed->process(0, llmtest::makeRecord({{"id", "q"}, {"text", questions[qi]}}), single);
            QVERIFY(llmtest::pollUntil(*embed, single, [&] { return single.emitted.size() == 1; }));
            const json query = single.emitted[0].value["embedding"];
            std::vector<std::pair<double, std::string>> expected;
            for (const auto &[id, v] : vectors)
                expected.emplace_back(cosine(query, v), id);
            std::sort(expected.begin(), expected.end(), [](auto &a, auto &b) { return a.first > b.first; });
            const json &hits = record["context"];
            QCOMPARE(hits.size(), size_t(4));
            for (size_t i = 0; i < 4; ++i) {
                QCOMPARE(hits[i]["id"].get<std::string>(), expected[i].second);
                QVERIFY(std::abs(hits[i]["score"].get<double>() - expected[i].first) < 1e-5);
                QCOMPARE(hits[i]["text"].get<std::string>(), "fact number " + expected[i].second.substr(1));
            }
            const std::string text = record["context_text"].get<std::string>();
            QVERIFY2(text.starts_with("[1] fact number " + expected[0].second.substr(1) + " (id: " + expected[0].second),
                     text.c_str());
            QCOMPARE(std::count(text.begin(), text.end(), '\n'), 3L);
        }
        // A text that is in the index finds itself with similarity 1.
        QCOMPARE(answered.emitted[0].value["context"][0]["id"].get<std::string>(), std::string("f7"));
        QVERIFY(std::abs(answered.emitted[0].value["context"][0]["score"].get<double>() - 1.0) < 1e-6);
    }

    void retrieveDimensionMismatchIsARecordError()
    {
        QTemporaryDir dir;
        auto runtime = std::make_shared<LlmRuntime>(settings());
        std::string error;
        QVERIFY(runtime->open(&error));
        auto index = std::make_shared<VectorIndex>(dir.filePath("small.vindex").toStdString(), VectorIndexOptions{});
        QVERIFY(index->open(&error));
        QVERIFY(index->upsert("a", std::vector<float>{1, 0, 0}, "three dims", json::object(), &error));
        Diagnostics diagnostics;
        Node n;
        n.id = "find";
        n.kind = "vector-retrieve";
        auto config = llmNodeConfig(n, *Catalog::builtin().find("vector-retrieve"), *runtime, diagnostics);
        QVERIFY(config);
        VectorRetrieveOperator::Options ro;
        ro.query = *expr::parse("question").expression;
        VectorRetrieveOperator retrieve(*config, runtime, index, ro);
        llmtest::TestContext context;
        retrieve.process(0, llmtest::makeRecord({{"question", "anything"}}), context);
        QVERIFY(llmtest::pollUntil(retrieve, context, [&] { return context.rejected.size() == 1; }));
        QVERIFY(context.emitted.empty());
        const std::string message = context.rejected[0].second;
        QVERIFY2(message.find("8 dimensions") != std::string::npos && message.find("holds 3") != std::string::npos,
                 message.c_str());
        // A NULL query is a record error that never reaches the endpoint.
        m_server.clearRequests();
        retrieve.process(0, llmtest::makeRecord({{"question", nullptr}}), context);
        QVERIFY(llmtest::pollUntil(retrieve, context, [&] { return context.rejected.size() == 2; }));
        QVERIFY2(context.rejected[1].second.find("NULL") != std::string::npos, context.rejected[1].second.c_str());
        QCOMPARE(m_server.requestCount(), size_t(0));
    }

    // ------------------------------------------------------------ end to end
    void exampleEndToEnd()
    {
        QTemporaryDir dir;
        LoadResult loaded = readPipelineFile(PIPEWRIGHT_SOURCE_DIR "/resources/examples/flight-rebooking-rag.pipeline.json");
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        Graph graph = *loaded.graph;
        const std::string indexPath = dir.filePath("indexes/flights.vindex").toStdString();
        graph.node("flight-index")->parameters["path"] = indexPath;
        graph.node("find-flights")->parameters["path"] = indexPath;
        graph.settings["consumerGroup"] = "rag-e2e";

        // The flight the question is about and the question embed to the same
        // direction; every other text gets the mock's hash-derived vector.
        const std::vector<double> lh400 = {0.9, 0.1, -0.2, 0.05, 0.3, -0.1, 0.2, 0.4};
        // Anchored so the chat prompt (which quotes both) is not matched: it gets the echo.
        m_server.addRule({.pattern = "^(Flight|My flight) LH400", .regex = true, .embedding = lh400});
        m_server.addRule({.pattern = "^Flight XX999", .regex = true, .embedding = {1, 2, 3}}); // a model with another dimension

        QVERIFY(m_sandbox->createTopic("flight-events", 1));
        QVERIFY(m_sandbox->createTopic("customer-questions", 1));
        auto flight = [](const std::string &id, const std::string &from, const std::string &to, const std::string &status) {
            return json{{"event_id", "e-" + id}, {"flight_id", id}, {"status", status}, {"origin", from},
                        {"destination", to}, {"departure", 1'760'000'000'000}, {"ts", 1'760'000'000'000}}
                .dump();
        };
        std::vector<std::string> flights = {flight("LH400", "FRA", "JFK", "scheduled"), flight("BA117", "LHR", "JFK", "delayed"),
                                            flight("AF006", "CDG", "JFK", "scheduled"), flight("NH204", "FRA", "HND", "scheduled"),
                                            flight("LH400", "FRA", "JFK", "cancelled"), // replaces the first
                                            flight("XX999", "AAA", "BBB", "scheduled")};
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), "flight-events", flights));

        RunOptions o;
        o.bootstrapServers = m_sandbox->bootstrapServers();
        o.settings.set<pipeline::runtime::LlmSettings>(settings());
        o.durationMillis = 60'000; // a safety net: the runs end by maxMessages in well under a second
        // Run 1: only flights arrive; they are indexed and the index saved.
        {
            o.maxMessages = flights.size();
            Engine engine;
            auto diagnostics = engine.compile(graph, o);
            QVERIFY2(engine.isCompiled(), diagnosticsText(diagnostics).c_str());
            engine.run();
            const RunSnapshot s = engine.snapshot();
            QVERIFY2(s.state == RunState::Finished, s.error.c_str());
            for (const auto &n : s.nodes)
                qDebug("run 1 %s: in %llu out %llu stored %llu errors %llu", n.nodeId.c_str(), (unsigned long long)n.in,
                       (unsigned long long)n.out, (unsigned long long)n.stored, (unsigned long long)n.errors);
            QVERIFY(s.totals.balanced());
            QCOMPARE(s.totals.input, std::uint64_t(6));
            QCOMPARE(s.totals.output, std::uint64_t(5));
            QCOMPARE(s.totals.deadLettered, std::uint64_t(1));
            QVERIFY(s.totals.committed > 0);
            QCOMPARE(nodeStats(s, "flight-index").stored, std::uint64_t(5));
        }
        QVERIFY(std::filesystem::exists(indexPath));
        {
            VectorIndex saved(indexPath, {});
            std::string error;
            QVERIFY2(saved.open(&error), error.c_str());
            QCOMPARE(saved.size(), size_t(4)); // LH400 once, replaced by its cancellation
            QCOMPARE(saved.dimension(), size_t(8));
        }
        const auto dead = consumeAll(m_sandbox->bootstrapServers(), "flights.dead-letter");
        QCOMPARE(dead.size(), size_t(1));
        QCOMPARE(dead[0].value, flights[5]); // the original payload
        QCOMPARE(dead[0].headers.at("node-id"), std::string("flight-index"));
        QVERIFY2(dead[0].headers.at("error").find("3 dimensions") != std::string::npos, dead[0].headers.at("error").c_str());

        // Run 2 (a restart): questions arrive and no flight is read again (the
        // source starts at the end), so the answers come from the index file.
        graph.node("flight-events")->parameters["startOffset"] = "latest";
        m_server.clearRequests();
        const std::vector<std::string> questions = {
            json{{"question_id", "q1"}, {"customer_id", "c-17"}, {"question", "My flight LH400 to New York, can I still fly today?"},
                 {"ts", 1'760'000'100'000}}
                .dump(),
            json{{"question_id", "q2"}, {"customer_id", "c-18"}, {"question", "Any seat to Tokyo tomorrow?"}, {"ts", 1'760'000'200'000}}
                .dump()};
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), "customer-questions", questions));
        std::uint64_t queryCalls = 0;
        {
            o.maxMessages = questions.size();
            Engine engine;
            auto diagnostics = engine.compile(graph, o);
            QVERIFY2(engine.isCompiled(), diagnosticsText(diagnostics).c_str());
            engine.run();
            const RunSnapshot s = engine.snapshot();
            QVERIFY2(s.state == RunState::Finished, s.error.c_str());
            for (const auto &n : s.nodes)
                qDebug("run 2 %s: in %llu out %llu stored %llu errors %llu", n.nodeId.c_str(), (unsigned long long)n.in,
                       (unsigned long long)n.out, (unsigned long long)n.stored, (unsigned long long)n.errors);
            QVERIFY(s.totals.balanced());
            QCOMPARE(s.totals.output, std::uint64_t(2));
            QCOMPARE(nodeStats(s, "flight-events").in, std::uint64_t(0));
            // The two questions are embedded in one batch, or two when they arrive
            // in different poll rounds.
            queryCalls = nodeStats(s, "find-flights").llm.calls;
            QVERIFY(queryCalls == 1 || queryCalls == 2);
        }
        const auto chats = requestsTo("/chat/completions");
        QCOMPARE(chats.size(), size_t(2));
        bool sawRetrievedFlight = false;
        for (const auto &r : chats) {
            const std::string user = r.body["messages"][1]["content"].get<std::string>();
            if (user.find("LH400 to New York") != std::string::npos) {
                // The retrieved flight's current state is in the prompt, best first.
                QVERIFY2(user.find("[1] Flight LH400 from FRA to JFK is cancelled (id: LH400, score: 1.000") != std::string::npos,
                         user.c_str());
                QVERIFY2(user.find("\"status\":\"cancelled\"") != std::string::npos, user.c_str());
                QVERIFY(user.find("is scheduled (id: LH400") == std::string::npos);
                sawRetrievedFlight = true;
            }
        }
        QVERIFY(sawRetrievedFlight);
        const auto embeddings = requestsTo("/embeddings");
        QCOMPARE(embeddings.size(), size_t(queryCalls));
        QCOMPARE(embeddings[0].body["model"].get<std::string>(), std::string("text-embedding-3-small"));

        const auto out = consumeAll(m_sandbox->bootstrapServers(), "rebooking-suggestions");
        QCOMPARE(out.size(), size_t(2));
        std::map<std::string, json> byQuestion;
        for (const auto &m : out)
            byQuestion[json::parse(m.value)["question_id"].get<std::string>()] = json::parse(m.value);
        QCOMPARE(byQuestion.size(), size_t(2));
        QCOMPARE(out[0].key, json::parse(out[0].value)["customer_id"].get<std::string>());
        // The mock echoes the prompt: the suggestion was made from the retrieved flight.
        QVERIFY(byQuestion["q1"]["suggestion"].get<std::string>().find("Flight LH400 from FRA to JFK is cancelled")
                != std::string::npos);
        QCOMPARE(byQuestion["q1"].size(), size_t(4)); // the answer projection
    }
};

QTEST_GUILESS_MAIN(TestRagPipeline)
#include "tst_ragpipeline.moc"
