// The repair loop against the mock OpenAI server, asserting on the requests
// sent as well as on the result: structured output, fenced replies, the kinds
// of mistakes models make (each repaired in a round that quotes the problem
// and the previous answer), answers that never validate, rate limits,
// descriptions in five languages, edit diffs, explain and cancellation.
// Rules use designated initializers; unnamed members keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "assisttesting.h"
#include "mockllmserver.h"

#include "pipeline/assist/pipelineassistant.h"
#include "pipeline/assist/pipelinejsonschema.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QtTest>

#include <atomic>
#include <set>
#include <thread>

using namespace pipeline;
using namespace pipeline::assist;
using namespace pipewright::testsupport;
using namespace assisttest;

class TestAssistGenerate : public QObject {
    Q_OBJECT

private:
    MockLlmServer m_server;
    std::vector<AssistProgress> m_progress;

    PipelineAssistant::Options options(const std::string &model = "gpt-test") const
    {
        auto endpoint = std::make_shared<runtime::LlmEndpoint>();
        endpoint->name = "mock";
        endpoint->baseUrl = m_server.baseUrl();
        endpoint->model = model;
        PipelineAssistant::Options o;
        o.endpoint = endpoint;
        o.retry.maxRetries = 2;
        o.retry.backoffMillis = 20;
        o.retry.timeoutMillis = 20000;
        return o;
    }

    AssistResult generate(const std::string &description, PipelineAssistant::Options o = {})
    {
        if (!o.endpoint)
            o = options();
        PipelineAssistant assistant(o);
        AssistRequest request;
        request.text = description;
        return assistant.run(request, [this](const AssistProgress &p) { m_progress.push_back(p); });
    }

    std::vector<MockLlmRequest> chatRequests() const
    {
        std::vector<MockLlmRequest> out;
        for (auto &r : m_server.requests())
            if (r.path == "/v1/chat/completions")
                out.push_back(r);
        return out;
    }

    static std::string content(const MockLlmRequest &request, size_t message)
    {
        return request.body["messages"][message]["content"].get<std::string>();
    }

    // The request after a bad answer: the conversation plus the answer and the problems.
    void verifyRepairRequest(const MockLlmRequest &repair, const std::string &badAnswer, const std::string &problem)
    {
        const json &messages = repair.body["messages"];
        QCOMPARE(messages.size(), size_t(4));
        QCOMPARE(messages[2]["role"], "assistant");
        QCOMPARE(messages[2]["content"].get<std::string>(), badAnswer);
        QCOMPARE(messages[3]["role"], "user");
        const std::string text = messages[3]["content"];
        QVERIFY2(text.find(problem) != std::string::npos, text.c_str());
        QVERIFY(text.find("Fix them") != std::string::npos);
    }

private slots:
    void initTestCase()
    {
        std::string error;
        QVERIFY2(m_server.start(0, &error), error.c_str());
    }

    void init()
    {
        m_server.clearRules();
        m_server.clearRequests();
        m_server.setLatency(0);
        m_progress.clear();
    }

    void cleanStructuredJson()
    {
        const std::string answer = iotAnswer().dump();
        m_server.addRule({.pattern = "temperature readings", .reply = answer});
        const std::string description = "Consume the temperature readings, send readings above 132 or below 32 to "
                                        "TempRangeAlert and invalid ones to a dead-letter topic";
        const AssistResult result = generate(description);
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.calls, 1);
        QVERIFY(result.usedStructuredOutput);
        QCOMPARE(result.lastAnswer, answer);
        QCOMPARE(result.graph->nodes().size(), size_t(5));
        QCOMPARE(result.diff.nodesAdded.size(), size_t(5));
        // Laid out left to right by layer.
        QVERIFY(result.graph->node("readings")->position.x < result.graph->node("check")->position.x);
        QVERIFY(result.graph->node("check")->position.x < result.graph->node("range")->position.x);
        QVERIFY(result.graph->node("range")->position.x < result.graph->node("alerts")->position.x);

        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(1));
        const json &body = requests[0].body;
        QCOMPARE(body["model"], "gpt-test");
        QCOMPARE(body["response_format"]["type"], "json_schema");
        QCOMPARE(body["stream"], true);
        // The schema offers the kinds in play (validate, route, dead-letter here)
        // and lets the model ask for the others.
        const json &schema = body["response_format"]["json_schema"]["schema"];
        QVERIFY(schema.contains("anyOf"));
        std::set<std::string> offered;
        for (const auto &branch : schema["anyOf"][0]["properties"]["nodes"]["items"]["anyOf"])
            offered.insert(branch["properties"]["kind"]["const"].get<std::string>());
        for (const char *kind : {"kafka-source", "validate", "route", "kafka-sink", "dead-letter"})
            QVERIFY2(offered.count(kind), kind);
        QVERIFY(!offered.count("vector-upsert"));
        QVERIFY(body.dump().size() < pipelineJsonSchema().dump().size()); // the whole request < today's schema alone
        QCOMPARE(body["messages"][0]["role"], "system");
        const std::string system = content(requests[0], 0);
        QVERIFY(system.find("## kafka-source (source)") != std::string::npos);
        QVERIFY(system.find("## route (transform)") != std::string::npos);
        QVERIFY(system.find("- vector-upsert: ") != std::string::npos); // only in the index
        QVERIFY(system.find("## vector-upsert") == std::string::npos);
        QVERIFY(system.find("Expression language:") != std::string::npos);
        QCOMPARE(body["messages"][1]["role"], "user");
        QVERIFY(content(requests[0], 1).rfind(description, 0) == 0);

        std::vector<AssistStage> stages;
        for (const auto &p : m_progress)
            if (p.stage != AssistStage::Receiving) // streamed progress, as often as pieces arrive
                stages.push_back(p.stage);
        QCOMPARE(stages, (std::vector<AssistStage>{AssistStage::Asking, AssistStage::Checking, AssistStage::LayingOut,
                                                   AssistStage::Finished}));
        QCOMPARE(m_progress[0].message, "asking the model");
    }

    void fencedJsonWithProse()
    {
        const std::string reply = "Certainly! Here is a pipeline that does what you described:\n\n```json\n"
                                  + iotAnswer().dump(2)
                                  + "\n```\n\nThe validate step sends invalid readings to the dead-letter topic.";
        m_server.addRule({.pattern = "fenced", .reply = reply});
        const AssistResult result = generate("fenced: temperature alerts");
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.calls, 1);
        QCOMPARE(result.graph->nodes().size(), size_t(5));
    }

    void repairs_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("problem"); // text the repair request must quote

        auto dump = [](const json &j) { return QString::fromStdString(j.dump()); };
        json unknownKind = iotAnswer();
        nodeOf(unknownKind, "range")["kind"] = "content-router";
        QTest::newRow("unknown node kind") << dump(unknownKind) << "range: error: unknown node kind \"content-router\"";
        json badExpression = iotAnswer();
        nodeOf(badExpression, "range")["parameters"]["routes"][0]["condition"] = "temperature > 132 OR < 32";
        QTest::newRow("invalid expression") << dump(badExpression) << "range.routes[0].condition:1:";
        json dangling = iotAnswer();
        dangling["edges"].push_back(edge("range", "else", "archive"));
        QTest::newRow("dangling edge") << dump(dangling) << "archive";
        json wrongType = iotAnswer();
        nodeOf(wrongType, "alerts")["parameters"]["topic"] = 42;
        QTest::newRow("wrong parameter type") << dump(wrongType) << "alerts.topic: error:";
        QTest::newRow("truncated output") << dump(iotAnswer()).left(420) << "cut off";
        QTest::newRow("not json at all") << QStringLiteral("I would use a route node for this.") << "no JSON object";
    }

    void repairs()
    {
        QFETCH(QString, bad);
        QFETCH(QString, problem);
        const std::string good = iotAnswer().dump();
        m_server.addRule({.pattern = "repair me", .replies = {bad.toStdString(), good}});
        const AssistResult result = generate("repair me: temperature alerts");
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.calls, 2);
        QCOMPARE(result.lastAnswer, good);
        QCOMPARE(result.graph->nodes().size(), size_t(5));

        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(2));
        verifyRepairRequest(requests[1], bad.toStdString(), problem.toStdString());
        // The description is sent unchanged; the system prompt is the short repair
        // one (the rules and the kinds the answer uses), not the catalog again.
        QCOMPARE(requests[1].body["messages"][1], requests[0].body["messages"][1]);
        QVERIFY(content(requests[1], 0).size() < content(requests[0], 0).size());
        QVERIFY(content(requests[1], 0).find("Example answer") == std::string::npos);

        bool sawRepair = false;
        for (const auto &p : m_progress)
            if (p.stage == AssistStage::Repairing) {
                sawRepair = true;
                QCOMPARE(p.round, 1);
                QVERIFY(p.problems >= 1);
                QCOMPARE(p.message, "repairing " + std::to_string(p.problems) + (p.problems == 1 ? " problem" : " problems"));
            }
        QVERIFY(sawRepair);
    }

    void repairingTwoProblems()
    {
        json bad = iotAnswer();
        nodeOf(bad, "range")["kind"] = "switch";
        nodeOf(bad, "alerts")["parameters"].erase("topic");
        m_server.addRule({.pattern = "two problems", .replies = {bad.dump(), iotAnswer().dump()}});
        const AssistResult result = generate("two problems here");
        QVERIFY2(result.ok(), result.error.c_str());
        bool found = false;
        for (const auto &p : m_progress)
            found = found || (p.stage == AssistStage::Repairing && p.message == "repairing 2 problems" && p.problems == 2);
        QVERIFY(found);
    }

    void neverValid()
    {
        json bad = iotAnswer();
        nodeOf(bad, "range")["kind"] = "magic-router";
        m_server.addRule({.pattern = "hopeless", .reply = bad.dump()});
        PipelineAssistant::Options o = options();
        o.repairRounds = 2;
        const AssistResult result = generate("hopeless request", o);
        QCOMPARE(result.status, AssistResult::Status::Invalid);
        QVERIFY(!result.graph);
        QCOMPARE(result.calls, 3);
        QCOMPARE(result.lastAnswer, bad.dump());
        QVERIFY(result.error.find("after 2 repair rounds") != std::string::npos);
        QVERIFY(result.error.find("nothing was changed") != std::string::npos);
        QVERIFY(!result.diagnostics.empty());
        QCOMPARE(result.diagnostics[0].code, "unknown-kind");
        QCOMPARE(result.diagnostics[0].nodeId, "range");
        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(3));
        // Each repair round sends the request, the last answer and its problems only.
        QCOMPARE(requests[2].body["messages"].size(), size_t(4));
        QCOMPARE(requests[2].body["messages"][2]["content"].get<std::string>(), bad.dump());
    }

    void rateLimitedThenSuccess()
    {
        m_server.addRule({.pattern = "busy", .reply = iotAnswer().dump(), .failure = MockFailure::RateLimited,
                          .failTimes = 1, .retryAfterSeconds = 1});
        const AssistResult result = generate("busy server: temperature alerts");
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.calls, 1); // one chat call; the client retried it
        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(2));
        QCOMPARE(requests[0].answeredWith, MockFailure::RateLimited);
        QCOMPARE(requests[1].answeredWith, MockFailure::None);
        QCOMPARE(requests[0].bodyText, requests[1].bodyText);
        QVERIFY(requests[1].arrivalMillis - requests[0].arrivalMillis >= 900); // Retry-After honoured
    }

    void endpointFailureIsAnError()
    {
        m_server.addRule({.pattern = "broken", .failure = MockFailure::ServerError});
        const AssistResult result = generate("broken endpoint");
        QCOMPARE(result.status, AssistResult::Status::Failed);
        QVERIFY(!result.graph);
        QVERIFY2(result.error.find("500") != std::string::npos, result.error.c_str());
    }

    void structuredOutputRefusedFallsBack()
    {
        // A server that does not know response_format answers 400; the assistant asks again plainly.
        m_server.addRule({.pattern = "old server", .reply = "```json\n" + iotAnswer().dump() + "\n```",
                          .failure = MockFailure::BadRequest, .failTimes = 1});
        const AssistResult result = generate("old server: temperature alerts", options("old-model"));
        QVERIFY2(result.ok(), result.error.c_str());
        QVERIFY(!result.usedStructuredOutput);
        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(2));
        QVERIFY(requests[0].body.contains("response_format"));
        QVERIFY(!requests[1].body.contains("response_format"));
    }

    void structuredOutputOff()
    {
        m_server.addRule({.pattern = "plain", .reply = iotAnswer().dump()});
        PipelineAssistant::Options o = options();
        o.structuredOutput = PipelineAssistant::Options::StructuredOutput::Never;
        QVERIFY(generate("plain please", o).ok());
        QVERIFY(!chatRequests()[0].body.contains("response_format"));
    }

    void languages_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("label");
        QTest::newRow("en") << QStringLiteral("Consume the temperature readings, send readings above 132 or below 32 "
                                              "to TempRangeAlert and invalid ones to a dead-letter topic")
                            << QStringLiteral("Temperature alerts");
        QTest::newRow("de") << QStringLiteral("Lies die Temperaturmesswerte, schicke Werte über 132 oder unter 32 an "
                                              "TempRangeAlert und ungültige an ein Dead-Letter-Topic")
                            << QStringLiteral("Temperaturalarme für Geräte");
        QTest::newRow("fr") << QStringLiteral("Consomme les relevés de température, envoie ceux au-dessus de 132 ou "
                                              "en dessous de 32 à TempRangeAlert et les invalides à un topic de "
                                              "lettres mortes")
                            << QStringLiteral("Alertes de température élevée");
        QTest::newRow("ja") << QStringLiteral("温度の測定値を読み込み、132を超えるか32未満の値をTempRangeAlertに送り、"
                                              "無効なものはデッドレタートピックに送ってください")
                            << QStringLiteral("温度アラート");
        QTest::newRow("zh") << QStringLiteral("读取温度读数，将高于132或低于32的读数发送到TempRangeAlert，"
                                              "无效的读数发送到死信主题")
                            << QStringLiteral("温度警报");
    }

    void languages()
    {
        QFETCH(QString, description);
        QFETCH(QString, label);
        const std::string text = description.toStdString();
        // The mock matches on the description itself, so a mangled one would get the echo reply.
        m_server.addRule({.pattern = text.substr(0, 30), .reply = iotAnswer(label.toStdString()).dump()});
        const AssistResult result = generate(text);
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(QString::fromStdString(result.graph->node("alerts")->label), label);

        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(1));
        const std::string user = content(requests[0], 1);
        QVERIFY(user.rfind(text, 0) == 0);                    // intact UTF-8 after a JSON round trip
        QVERIFY(requests[0].bodyText.find(text) != std::string::npos); // sent as UTF-8 bytes, not re-encoded
        QCOMPARE(QString::fromStdString(requests[0].matchText).left(description.size()), description);
        // Labels survive the canonical writer.
        QVERIFY(writePipelineText(*result.graph).find(label.toStdString()) != std::string::npos);
    }

    void editProducesDiff()
    {
        const Graph current = graphOf(iotAnswer());
        json changed = iotAnswer();
        // "Also keep an archive of normal readings and drop the device check."
        auto &constraints = nodeOf(changed, "check")["parameters"]["constraints"];
        constraints.erase(1);
        changed["nodes"].push_back({{"id", "archive"}, {"kind", "kafka-sink"}, {"label", "Archive"},
                                    {"parameters", {{"topic", "readings.archive"}}}});
        changed["edges"].push_back(edge("range", "else", "archive"));
        m_server.addRule({.pattern = "archive of normal readings", .reply = changed.dump()});

        PipelineAssistant assistant(options());
        AssistRequest request;
        request.mode = AssistMode::Edit;
        request.text = "Also keep an archive of normal readings and drop the device check";
        request.current = current;
        const AssistResult result = assistant.run(request);
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.diff.nodesAdded, std::vector<std::string>{"archive"});
        QVERIFY(result.diff.nodesRemoved.empty());
        QCOMPARE(result.diff.nodesChanged.size(), size_t(1));
        QCOMPARE(result.diff.nodesChanged[0].id, "check");
        QCOMPARE(result.diff.nodesChanged[0].parameters, std::vector<std::string>{"constraints"});
        QCOMPARE(result.diff.edgesAdded, std::vector<std::string>{"range:else->archive:in"});
        QVERIFY(result.diff.edgesRemoved.empty());
        // The new sink is placed right of the route.
        QVERIFY(result.graph->node("archive")->position.x > result.graph->node("range")->position.x);

        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(1));
        const std::string user = content(requests[0], 1);
        QVERIFY(user.rfind(request.text, 0) == 0);
        QVERIFY(user.find("Current pipeline:") != std::string::npos);
        QVERIFY(user.find("\"has_device\"") != std::string::npos);
        QVERIFY(user.find("\"position\"") == std::string::npos);
    }

    void editKeepsPositionsWithoutStructuralChange()
    {
        Graph current = graphOf(iotAnswer());
        int x = 0;
        for (auto id : {"readings", "check", "range", "alerts", "invalid"}) {
            Node n = *current.node(id);
            n.position = {double(x), double(x / 2)};
            x += 300;
            current.putNode(n);
        }
        json changed = iotAnswer();
        nodeOf(changed, "range")["parameters"]["routes"][0]["condition"] = "temperature > 140 OR temperature < 30";
        m_server.addRule({.pattern = "thresholds", .reply = changed.dump()});
        PipelineAssistant assistant(options());
        AssistRequest request;
        request.mode = AssistMode::Edit;
        request.text = "Change the thresholds to 140 and 30";
        request.current = current;
        const AssistResult result = assistant.run(request);
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.diff.summary(), "1 node changed (range: routes)");
        for (const auto &[id, node] : current.nodes())
            QCOMPARE(result.graph->node(id)->position, node.position);
    }

    void explain()
    {
        m_server.addRule({.pattern = "Explain this pipeline", .reply = "  Diese Pipeline liest Temperaturwerte.  \n"});
        PipelineAssistant assistant(options());
        AssistRequest request;
        request.mode = AssistMode::Explain;
        request.current = graphOf(iotAnswer());
        request.language = "de";
        const AssistResult result = assistant.run(request);
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.explanation, "Diese Pipeline liest Temperaturwerte.");
        QVERIFY(!result.graph);
        const auto requests = chatRequests();
        QCOMPARE(requests.size(), size_t(1));
        QVERIFY(!requests[0].body.contains("response_format"));
        QVERIFY(content(requests[0], 0).find("\"de\"") != std::string::npos);
        QVERIFY(content(requests[0], 1).find("\"temperature > 132 OR temperature < 32\"") != std::string::npos);
    }

    void cancelMidGeneration()
    {
        m_server.addRule({.pattern = "slow", .reply = iotAnswer().dump()});
        m_server.setLatency(8000); // the answer comes long after the cancel
        PipelineAssistant assistant(options());
        AssistRequest request;
        request.text = "slow model: temperature alerts";
        std::atomic<bool> finished{false};
        AssistResult result;
        std::thread worker([&] {
            result = assistant.run(request);
            finished = true;
        });
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(), size_t(1), 10000);
        QVERIFY(!finished);
        assistant.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 5000); // before the answer would have arrived
        worker.join();
        QCOMPARE(result.status, AssistResult::Status::Cancelled);
        QVERIFY(!result.graph);
        QCOMPARE(result.calls, 1);
        m_server.setLatency(0);
    }

    void noEndpoint()
    {
        PipelineAssistant assistant(PipelineAssistant::Options{});
        AssistRequest request;
        request.text = "anything";
        const AssistResult result = assistant.run(request);
        QCOMPARE(result.status, AssistResult::Status::Failed);
        QVERIFY(result.error.find("no LLM endpoint") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestAssistGenerate)
#include "tst_assistgenerate.moc"
