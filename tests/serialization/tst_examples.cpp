// Every shipped example pipeline loads, is canonical, and validates against the
// built-in catalog without errors or warnings — they are what new users open first.

#include "pipeline/core/catalog.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace pipeline;
namespace fs = std::filesystem;

class tst_Examples : public QObject {
    Q_OBJECT

private slots:
    void allSixExist()
    {
        std::set<std::string> names;
        for (const auto &entry : fs::directory_iterator(PIPEWRIGHT_SOURCE_DIR "/resources/examples"))
            names.insert(entry.path().filename().string());
        for (const char *expected : {"iot-temperature-alerts", "event-llm-insights", "customer-payments-aggregate",
                                     "pii-anonymize", "flight-rebooking-assistant", "content-moderation",
                                     "flight-rebooking-rag"})
            QVERIFY2(names.count(std::string(expected) + ".pipeline.json"), expected);
    }

    void validatesClean_data()
    {
        QTest::addColumn<QString>("path");
        for (const auto &entry : fs::directory_iterator(PIPEWRIGHT_SOURCE_DIR "/resources/examples"))
            if (entry.path().string().ends_with(".pipeline.json"))
                QTest::newRow(entry.path().filename().c_str()) << QString::fromStdString(entry.path().string());
    }
    void validatesClean()
    {
        QFETCH(QString, path);
        const LoadResult loaded = readPipelineFile(path.toStdString());
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        const Graph &graph = *loaded.graph;
        QVERIFY(!graph.name.empty());
        QVERIFY(!graph.description.empty());
        QVERIFY(fs::path(path.toStdString()).filename().string() == graph.name + ".pipeline.json");

        const ValidationResult result = validateGraph(graph, Catalog::builtin());
        std::string problems;
        for (const auto &d : result.diagnostics)
            problems += formatDiagnostic(d) + "\n";
        QVERIFY2(result.diagnostics.empty(), problems.c_str());

        // Every node is labelled, and edges run left to right as drawn.
        for (const auto &[id, node] : graph.nodes())
            QVERIFY2(!node.label.empty(), id.c_str());
        for (const auto &[id, edge] : graph.edges()) {
            QCOMPARE(id, Graph::edgeIdFor(edge.from, edge.to));
            QVERIFY2(graph.node(edge.from.node)->position.x < graph.node(edge.to.node)->position.x, id.c_str());
        }
        // Every output schema is known: sources declare theirs (no open schemas in examples).
        for (const auto &[port, schema] : result.outputSchemas)
            QVERIFY2(!schema.open, (port.node + ":" + port.port).c_str());
    }

    void exampleSpecifics()
    {
        auto load = [](const char *name) {
            LoadResult r = readPipelineFile(std::string(PIPEWRIGHT_SOURCE_DIR "/resources/examples/") + name + ".pipeline.json");
            if (!r.ok())
                qFatal("%s", r.errorText().c_str());
            return *r.graph;
        };
        auto sinksTopics = [](const Graph &g) {
            std::set<std::string> topics;
            for (const auto &[id, n] : g.nodes())
                if (n.kind == "kafka-sink" || n.kind == "dead-letter")
                    topics.insert(n.stringParameter("topic"));
            return topics;
        };

        const Graph iot = load("iot-temperature-alerts");
        QVERIFY(sinksTopics(iot).count("TempRangeAlert"));
        QVERIFY(sinksTopics(iot).count("iot.dead-letter"));
        QCOMPARE(iot.node("readings")->stringParameter("topic"), std::string("temperature-readings"));
        QVERIFY(iot.node("check-range")->parameters.dump().find("BETWEEN 32 AND 132") != std::string::npos);
        QCOMPARE(iot.edgesFrom("check-range", "invalid").size(), std::size_t(1));

        const Graph insights = load("event-llm-insights");
        const Node *llm = insights.node("analyse");
        QCOMPARE(llm->kind, std::string("llm-prompt"));
        QCOMPARE(llm->parameter("maxRetries")->get<int>(), 3);
        QCOMPARE(llm->stringParameter("backoff"), std::string("1s"));
        QCOMPARE(llm->stringParameter("backoffStrategy"), std::string("fixed"));
        QVERIFY(sinksTopics(insights).count("event-insights"));

        const Graph payments = load("customer-payments-aggregate");
        const Node *agg = payments.node("per-customer");
        QCOMPARE(agg->stringParameter("window"), std::string("tumbling"));
        QCOMPARE(agg->stringParameter("size"), std::string("1m"));
        QCOMPARE(agg->parameter("groupBy")->at(0).get<std::string>(), std::string("customer_id"));
        QCOMPARE(agg->parameter("aggregates")->at(0).at("function").get<std::string>(), std::string("sum"));

        const Graph pii = load("pii-anonymize");
        std::map<std::string, std::string> methods;
        for (const auto &f : *pii.node("anonymize")->parameter("fields"))
            methods[f.at("field").get<std::string>()] = f.at("method").get<std::string>();
        QCOMPARE(methods["customer_id"], std::string("hash"));
        QVERIFY(methods["email"] == "redact" || methods["email"] == "partial");
        QVERIFY(methods["phone"] == "redact" || methods["phone"] == "partial");

        const Graph flights = load("flight-rebooking-assistant");
        QCOMPARE(flights.edgesInto("with-customer", "stream").size(), std::size_t(1));
        QCOMPARE(flights.edgesInto("with-customer", "table").size(), std::size_t(1));
        QCOMPARE(flights.node("suggest")->kind, std::string("llm-prompt"));

        // RAG: the index the flight events feed is the one the questions search.
        const Graph rag = load("flight-rebooking-rag");
        QCOMPARE(rag.node("flight-index")->kind, std::string("vector-upsert"));
        QCOMPARE(rag.node("find-flights")->kind, std::string("vector-retrieve"));
        QCOMPARE(rag.node("flight-index")->stringParameter("index"), rag.node("find-flights")->stringParameter("index"));
        QVERIFY(rag.node("suggest")->stringParameter("userPrompt").find("{{flights_text}}") != std::string::npos);

        const Graph moderation = load("content-moderation");
        QCOMPARE(moderation.node("classify")->kind, std::string("llm-classify"));
        QCOMPARE(moderation.edgesFrom("by-label").size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(tst_Examples)
#include "tst_examples.moc"
