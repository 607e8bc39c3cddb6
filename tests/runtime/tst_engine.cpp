#include "kafkatesting.h"

#include "pipeline/runtime/engine.h"
#include "pipeline/runtime/samplegenerator.h"
#include "pipeline/runtime/sandboxcluster.h"

#include <QTest>

#include <set>
#include <thread>

using namespace pipeline::runtime;
using namespace kafkatesting;
using nlohmann::json;

namespace {

const NodeSpec kSlim{"slim", "project",
                     json{{"fields", json::array({json{{"name", "device_id"}, {"expression", "device_id"}},
                                                  json{{"name", "temperature"}, {"expression", "temperature"}},
                                                  json{{"name", "ts"}, {"expression", "ts"}}})}}};
const NodeSpec kHotOrCold{"hot-or-cold", "filter", json{{"condition", "temperature > 132 OR temperature < 32"}}};

bool isAlert(const json &r)
{
    const double t = r["temperature"].get<double>();
    return t > 132 || t < 32;
}

std::vector<std::string> iotMessages(int count, std::uint64_t seed, std::int64_t start = 1'700'000'000'000)
{
    auto g = SampleGenerator::create("iot-temperature", seed);
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(g->next(start + i).dump());
    return out;
}

} // namespace

// The engine end to end against the in-process sandbox (real Kafka protocol).
class TstEngine : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxCluster> m_sandbox;
    std::string bootstrap() const { return m_sandbox->bootstrapServers(); }
    // The mock cluster waits a session timeout before a group's second generation.
    static ClientProperties fastGroups() { return {{"session.timeout.ms", "6000"}, {"heartbeat.interval.ms", "1500"}}; }

private slots:
    void initTestCase()
    {
        std::string error;
        m_sandbox = SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
    }

    void sampleSourceToSinkMatchesGenerator()
    {
        const int count = 2000;
        auto graph = makeGraph("sample-run",
                               {{"gen", "sample-source", json{{"generator", "iot-temperature"}, {"rate", 0}, {"count", count}, {"seed", 7}}},
                                kHotOrCold, kSlim, {"out", "kafka-sink", json{{"topic", "sample-alerts"}, {"key", "device_id"}}}},
                               {"gen:out->hot-or-cold:in", "hot-or-cold:out->slim:in", "slim:out->out:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        options.sampleStartMillis = 1'000'000;
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.input, std::uint64_t(count));

        // Expected: the same generator, same seed, the sample-source's event times (rate 0: 1 ms apart).
        auto g = SampleGenerator::create("iot-temperature", 7);
        std::multiset<std::string> expected;
        for (int i = 0; i < count; ++i) {
            json r = g->next(1'000'000 + i);
            if (isAlert(r))
                expected.insert(r.dump());
        }
        std::multiset<std::string> got;
        for (const auto &m : consumeAll(bootstrap(), "sample-alerts")) {
            got.insert(json::parse(m.value).dump());
            QCOMPARE(m.key, json::parse(m.value)["device_id"].get<std::string>());
        }
        QVERIFY(!expected.empty());
        QCOMPARE(got, expected);
        QCOMPARE(s.totals.output, std::uint64_t(expected.size()));
        QCOMPARE(s.totals.filtered, std::uint64_t(count) - expected.size());
        auto node = [&](const std::string &id) {
            for (const auto &n : s.nodes)
                if (n.nodeId == id)
                    return n;
            return NodeStats{};
        };
        QCOMPARE(node("hot-or-cold").in, std::uint64_t(count));
        QCOMPARE(node("hot-or-cold").filtered, std::uint64_t(count) - expected.size());
        QCOMPARE(node("out").out, std::uint64_t(expected.size())); // acknowledged
    }

    void refusesNodeKindsWithoutOperator()
    {
        // A catalog kind this runner has no operator for (as the LLM kinds were
        // before issue 5) must stop the run before it starts, with a clear reason.
        pipeline::Catalog catalog = pipeline::Catalog::builtin();
        pipeline::NodeType future;
        future.kind = "future-step";
        future.label = "Future step";
        future.category = pipeline::Category::Transform;
        future.inputs = {{"in", "In"}};
        future.outputs = {{"out", "Out"}};
        future.outputSchema = [](const pipeline::SchemaContext &c) {
            auto it = c.inputs.find("in");
            return std::map<std::string, pipeline::Schema>{{"out", it == c.inputs.end() ? pipeline::Schema{} : it->second}};
        };
        catalog.add(future);
        auto graph = makeGraph("future", {{"gen", "sample-source", json{{"generator", "chat-messages"}}},
                                          {"step", "future-step", json::object()},
                                          {"out", "kafka-sink", json{{"topic", "x"}}}},
                               {"gen:out->step:in", "step:out->out:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        Engine engine;
        auto diagnostics = engine.compile(graph, options, catalog);
        QVERIFY(!engine.isCompiled());
        auto it = std::find_if(diagnostics.begin(), diagnostics.end(), [](const auto &d) { return d.code == "no-runtime-operator"; });
        QVERIFY2(it != diagnostics.end(), diagnostics.empty() ? "no diagnostics" : diagnostics[0].message.c_str());
        QCOMPARE(it->nodeId, std::string("step"));
        QVERIFY(it->message.find("no runtime operator") != std::string::npos);
        QVERIFY(!engine.start());
    }

    void refusesWithoutClusterOrWhenInvalid()
    {
        auto graph = makeGraph("no-cluster", {{"in", "kafka-source", json{{"topic", "t"}}}, {"out", "kafka-sink", json{{"topic", "u"}}}},
                               {"in:out->out:in"});
        Engine engine;
        auto diagnostics = engine.compile(graph, RunOptions{});
        QVERIFY(!engine.isCompiled());
        QCOMPARE(diagnostics.back().code, std::string("no-cluster"));

        auto invalid = makeGraph("bad", {{"in", "kafka-source", json{{"topic", "t"}}}, {"f", "filter", json{{"condition", "a >"}}}},
                                 {"in:out->f:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        diagnostics = engine.compile(invalid, options);
        QVERIFY(!engine.isCompiled());
        QVERIFY(!diagnostics.empty());
    }

    void malformedJsonAndErrorPolicies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("dead-letter") << "dead-letter";
        QTest::newRow("skip") << "skip";
        QTest::newRow("stop") << "stop";
    }
    void malformedJsonAndErrorPolicies()
    {
        QFETCH(QString, policy);
        const std::string topic = "policy-in-" + policy.toStdString();
        const std::string dlq = "policy-dlq-" + policy.toStdString();
        m_sandbox->createTopic(topic, 1);
        m_sandbox->createTopic(dlq, 1); // one partition: dead letters in order
        // Message 2 is malformed (source: always dead-lettered); message 4 fails the CAST in the filter.
        QVERIFY(produceAll(bootstrap(), topic,
                           {R"({"n":"1"})", R"({"n":"2"})", "{broken", R"({"n":"x"})", R"({"n":"5"})"}));
        auto graph = makeGraph("policy-" + policy.toStdString(),
                               {{"in", "kafka-source", json{{"topic", topic}}},
                                {"f", "filter", json{{"condition", "CAST(n AS INTEGER) > 0"}, {"onError", policy.toStdString()}}},
                                {"out", "kafka-sink", json{{"topic", topic + "-out"}}}},
                               {"in:out->f:in", "f:out->out:in"}, json{{"deadLetterTopic", dlq}});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        options.maxMessages = 5;
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.isCompiled());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        auto dead = consumeAll(bootstrap(), dlq);
        QVERIFY(dead.size() >= 1);
        QCOMPARE(dead[0].value, std::string("{broken"));
        QCOMPARE(dead[0].headers["node-id"], std::string("in"));
        QCOMPARE(dead[0].headers["source-topic"], topic);
        QCOMPARE(dead[0].headers["source-partition"], std::string("0"));
        QCOMPARE(dead[0].headers["source-offset"], std::string("2"));
        QVERIFY(dead[0].headers["error"].rfind("malformed JSON", 0) == 0);
        QVERIFY(dead[0].headers.count("time"));
        const auto out = consumeAll(bootstrap(), topic + "-out");
        if (policy == "stop") {
            QCOMPARE(s.state, RunState::Failed);
            QVERIFY(s.error.find("node f") != std::string::npos);
            QCOMPARE(s.totals.failed, std::uint64_t(1));
            QCOMPARE(out.size(), size_t(2)); // message 5 never processed
            QCOMPARE(dead.size(), size_t(1));
        } else {
            QCOMPARE(s.state, RunState::Finished);
            QVERIFY(s.totals.balanced());
            QCOMPARE(out.size(), size_t(3));
            if (policy == "skip") {
                QCOMPARE(dead.size(), size_t(1));
                QCOMPARE(s.totals.skipped, std::uint64_t(1));
            } else {
                QCOMPARE(dead.size(), size_t(2));
                QCOMPARE(dead[1].value, std::string(R"({"n":"x"})"));
                QCOMPARE(dead[1].headers["node-id"], std::string("f"));
                QCOMPARE(dead[1].headers["source-offset"], std::string("3"));
                QCOMPARE(s.totals.deadLettered, std::uint64_t(2));
            }
        }
    }

    void resumesFromCommittedOffsets()
    {
        const std::string topic = "resume-in";
        m_sandbox->createTopic(topic, 3);
        const auto input = iotMessages(600, 3);
        QVERIFY(produceAll(bootstrap(), topic, input));
        auto graph = makeGraph("resume", {{"in", "kafka-source", json{{"topic", topic}, {"startOffset", "committed"}}},
                                          {"out", "kafka-sink", json{{"topic", "resume-out"}}}},
                               {"in:out->out:in"});
        for (int run = 0; run < 2; ++run) {
            RunOptions options;
            options.bootstrapServers = bootstrap();
            options.clientProperties = fastGroups();
        options.clientProperties = fastGroups();
            options.maxMessages = 300;
            Engine engine;
            engine.compile(graph, options);
            engine.run();
            QCOMPARE(engine.snapshot().totals.output, std::uint64_t(300));
            QVERIFY(engine.snapshot().totals.balanced());
        }
        // Graceful stops commit exactly what was done: the second run continued where the first stopped.
        std::multiset<std::string> got, want(input.begin(), input.end());
        for (const auto &m : consumeAll(bootstrap(), "resume-out"))
            got.insert(m.value);
        QCOMPARE(got, want);
    }

    void brokerDownAndUpLosesNothing()
    {
        std::string error;
        auto sandbox = SandboxCluster::start(1, &error);
        QVERIFY(sandbox);
        sandbox->createTopic("outage-in", 2);
        const auto input = iotMessages(3000, 11);
        QVERIFY(produceAll(sandbox->bootstrapServers(), "outage-in", input));
        auto graph = makeGraph("outage", {{"in", "kafka-source", json{{"topic", "outage-in"}}}, kHotOrCold, kSlim,
                                          {"out", "kafka-sink", json{{"topic", "outage-out"}}}},
                               {"in:out->hot-or-cold:in", "hot-or-cold:out->slim:in", "slim:out->out:in"});
        RunOptions options;
        options.bootstrapServers = sandbox->bootstrapServers();
        options.maxMessages = input.size();
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.start());
        // Take the only broker away while the run is in progress, then bring it back.
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().totals.input > 0, 20'000);
        QVERIFY(sandbox->setBrokerDown(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        QVERIFY(sandbox->setBrokerUp(1));
        engine.wait();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        std::multiset<std::string> want;
        for (const auto &text : input) {
            json r = json::parse(text);
            if (isAlert(r))
                want.insert(json{{"device_id", r["device_id"]}, {"temperature", r["temperature"]}, {"ts", r["ts"]}}.dump());
        }
        std::multiset<std::string> got;
        for (const auto &m : consumeAll(sandbox->bootstrapServers(), "outage-out"))
            got.insert(m.value);
        // At-least-once: every expected record arrives; retries may duplicate, never lose.
        std::set<std::string> distinctGot(got.begin(), got.end()), distinctWant(want.begin(), want.end());
        QCOMPARE(distinctGot, distinctWant);
        QVERIFY(got.size() >= want.size());
    }

    void windowAggregationExactThroughKafka()
    {
        // Fixed data set, out of order within the 5 s grace, one late event.
        const std::int64_t base = 1'700'000'000'000;
        auto ev = [&](const char *d, int s, int v) {
            return json{{"device_id", d}, {"ts", base + s * 1000}, {"value", v}}.dump();
        };
        const std::vector<std::string> input{ev("a", 1, 10), ev("a", 3, 20), ev("b", 4, 5), ev("a", 12, 1),
                                             ev("a", 8, 30), ev("b", 16, 7),  ev("a", 9, 100), ev("b", 25, 2)};
        m_sandbox->createTopic("window-in", 1);
        QVERIFY(produceAll(bootstrap(), "window-in", input));
        auto graph = makeGraph(
            "windows",
            {{"in", "kafka-source", json{{"topic", "window-in"}}},
             {"agg", "aggregate",
              json{{"groupBy", json::array({"device_id"})},
                   {"aggregates", json::array({json{{"name", "n"}, {"function", "count"}},
                                               json{{"name", "total"}, {"function", "sum"}, {"expression", "value"}}})},
                   {"window", "tumbling"}, {"size", "10s"}, {"grace", "5s"}, {"timeField", "ts"}}},
             {"out", "kafka-sink", json{{"topic", "window-out"}}}},
            {"in:out->agg:in", "agg:out->out:in"}, json{{"deadLetterTopic", "window-dlq"}});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        options.maxMessages = input.size();
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.lateEvents, std::uint64_t(1));
        QCOMPARE(s.totals.deadLettered, std::uint64_t(1));
        QCOMPARE(s.totals.output, std::uint64_t(7));
        std::vector<json> got;
        for (const auto &m : consumeAll(bootstrap(), "window-out"))
            got.push_back(json::parse(m.value));
        auto w = [&](const char *d, int start, int n, int total) {
            return json{{"device_id", d}, {"n", n}, {"total", total},
                        {"window_start", base / 10000 * 10000 + start * 1000}, {"window_end", base / 10000 * 10000 + (start + 10) * 1000}};
        };
        std::vector<json> want{w("a", 0, 3, 60), w("b", 0, 1, 5), w("a", 10, 1, 1), w("b", 10, 1, 7), w("b", 20, 1, 2)};
        // The output topic has several partitions: compare as sets (emission order is tst_aggregateoperator's).
        auto byText = [](const json &a, const json &b) { return a.dump() < b.dump(); };
        std::sort(got.begin(), got.end(), byText);
        std::sort(want.begin(), want.end(), byText);
        JSON_COMPARE(got, want);
        auto dead = consumeAll(bootstrap(), "window-dlq");
        QCOMPARE(dead.size(), size_t(1));
        QCOMPARE(dead[0].value, input[6]);
        QVERIFY(dead[0].headers["error"].find("late event") != std::string::npos);
    }

    void monitorApiWhileRunning()
    {
        auto graph = makeGraph("monitor", {{"gen", "sample-source", json{{"generator", "payments"}, {"rate", 400}}},
                                           {"big", "filter", json{{"condition", "amount > 100"}}},
                                           {"out", "kafka-sink", json{{"topic", "monitor-out"}}}},
                               {"gen:out->big:in", "big:out->out:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        options.peekCapacity = 5;
        std::atomic<int> notified{0};
        options.eventsAvailable = [&] { ++notified; };
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.start());
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().totals.input > 100, 10'000);
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Running);
        QVERIFY(s.sequence > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.peek("gen:out->big:in").empty(), 5'000);
        const auto peeked = engine.peek("gen:out->big:in");
        QVERIFY(peeked.size() <= 5);
        QVERIFY(json::parse(peeked.back()).contains("payment_id"));
        engine.requestStop();
        engine.wait();
        const RunSnapshot end = engine.snapshot();
        QCOMPARE(end.state, RunState::Finished);
        QVERIFY(end.totals.balanced());
        QVERIFY(notified > 0);
        auto events = engine.takeEvents();
        QVERIFY(std::any_of(events.begin(), events.end(), [](const RunEvent &e) {
            return e.kind == RunEvent::Kind::StateChanged && e.message == "finished";
        }));
        QVERIFY(engine.takeEvents().empty());
    }
};

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"
