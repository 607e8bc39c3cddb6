#include "kafkatesting.h"

#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <QTest>

#include <map>
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

NodeStats nodeStats(const RunSnapshot &s, const std::string &id)
{
    for (const auto &n : s.nodes)
        if (n.nodeId == id)
            return n;
    return NodeStats{};
}

bool hasEvent(const std::vector<RunEvent> &events, RunEvent::Kind kind, const std::string &nodeId, const std::string &text)
{
    return std::any_of(events.begin(), events.end(), [&](const RunEvent &e) {
        return e.kind == kind && e.nodeId == nodeId && e.message.find(text) != std::string::npos;
    });
}

} // namespace

// The engine end to end against the in-process sandbox (real Kafka protocol).
class TstEngine : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxCluster> m_sandbox;
    std::string bootstrap() const { return m_sandbox->bootstrapServers(); }
    // The mock cluster waits a session timeout before a group's second generation.
    static ClientProperties fastGroups() { return {{"session.timeout.ms", "6000"}, {"heartbeat.interval.ms", "1500"}}; }
    // A run on this test's sandbox that ends after `maxMessages` inputs.
    RunOptions sandboxRun(std::uint64_t maxMessages) const
    {
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        options.maxMessages = maxMessages;
        return options;
    }

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
        future.inputs = {{.key = "in", .label = "In", .help = {}}};
        future.outputs = {{.key = "out", .label = "Out", .help = {}}};
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
        RunOptions options = sandboxRun(5);
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
        // Whatever the policy did with them, each node counts its own data errors.
        QCOMPARE(nodeStats(s, "in").errors, std::uint64_t(1));
        QCOMPARE(nodeStats(s, "in").deadLettered, std::uint64_t(1));
        QCOMPARE(nodeStats(s, "f").errors, std::uint64_t(1));
        QCOMPARE(nodeStats(s, "f").deadLettered, std::uint64_t(policy == "dead-letter" ? 1 : 0));
        QCOMPARE(nodeStats(s, "out").errors, std::uint64_t(0));
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
        const auto input = iotMessages(6000, 11);
        const std::vector<std::string> before(input.begin(), input.begin() + 3000), after(input.begin() + 3000, input.end());
        std::multiset<std::string> want;
        for (const auto &text : input) {
            json r = json::parse(text);
            if (isAlert(r))
                want.insert(json{{"device_id", r["device_id"]}, {"temperature", r["temperature"]}, {"ts", r["ts"]}}.dump());
        }
        QVERIFY(!want.empty());
        QVERIFY(produceAll(sandbox->bootstrapServers(), "outage-in", before));
        auto graph = makeGraph("outage", {{"in", "kafka-source", json{{"topic", "outage-in"}}}, kHotOrCold, kSlim,
                                          {"out", "kafka-sink", json{{"topic", "outage-out"}}}},
                               {"in:out->hot-or-cold:in", "hot-or-cold:out->slim:in", "slim:out->out:in"});
        RunOptions options;
        options.bootstrapServers = sandbox->bootstrapServers();
        // Acknowledgements wait for batches of half a second, so produced work
        // is likely still unacknowledged when the broker goes.
        options.clientProperties = {{"linger.ms", "500"}};
        // The run needs both halves, and the second is produced only after the
        // outage: the broker always goes away with the run unfinished.
        options.maxMessages = input.size();
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.start());
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().totals.input > 0, 20'000);
        QVERIFY(sandbox->setBrokerDown(1));
        const RunSnapshot down = engine.snapshot();
        QVERIFY2(down.totals.input < input.size(), qPrintable(QString::number(down.totals.input)));
        QVERIFY(down.totals.output < want.size());
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        const RunSnapshot during = engine.snapshot();
        QCOMPARE(during.state, RunState::Running);
        QVERIFY(during.totals.input <= before.size());
        QVERIFY(sandbox->setBrokerUp(1));
        QVERIFY(produceAll(sandbox->bootstrapServers(), "outage-in", after));
        engine.wait();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.input, std::uint64_t(input.size()));
        // Each source message is accounted once, however often its output was sent.
        QCOMPARE(s.totals.output, std::uint64_t(want.size()));
        QCOMPARE(s.totals.filtered, std::uint64_t(input.size() - want.size()));
        std::multiset<std::string> got;
        for (const auto &m : consumeAll(sandbox->bootstrapServers(), "outage-out"))
            got.insert(m.value);
        // At-least-once: every expected record arrives; retries may duplicate, never lose.
        std::set<std::string> distinctGot(got.begin(), got.end()), distinctWant(want.begin(), want.end());
        QCOMPARE(distinctGot, distinctWant);
        QVERIFY(got.size() >= want.size());
        QVERIFY(s.totals.produced >= want.size());
        qInfo("outage at input %llu (in flight %llu); %zu duplicates after it", (unsigned long long)down.totals.input,
              (unsigned long long)down.totals.inFlight, got.size() - want.size());
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
        RunOptions options = sandboxRun(input.size());
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

    // Both topics are full before the run: without holding the stream until the
    // table is loaded, the first stream batches would meet a partial table.
    void streamTableJoinSeesTableFirst_data()
    {
        QTest::addColumn<QString>("joinType");
        QTest::newRow("inner") << "inner";
        QTest::newRow("left") << "left";
    }
    void streamTableJoinSeesTableFirst()
    {
        QFETCH(QString, joinType);
        const std::string type = joinType.toStdString();
        const std::string tableTopic = "join-table-" + type, streamTopic = "join-stream-" + type;
        const std::string outTopic = "join-out-" + type;
        const int devices = 3000, tablePartitions = 3, readings = 3000;
        QVERIFY(m_sandbox->createTopic(tableTopic, tablePartitions));
        QVERIFY(m_sandbox->createTopic(streamTopic, 2));
        // A stale location first, then the current one, each device in one
        // partition: the table must end with the current one.
        std::map<std::string, std::string> location;
        for (int p = 0; p < tablePartitions; ++p) {
            std::vector<std::string> rows;
            for (int pass = 0; pass < 2; ++pass) {
                for (int d = p; d < devices; d += tablePartitions) {
                    const std::string id = "dev-" + std::to_string(d);
                    location[id] = pass == 0 ? "stale" : "site-" + std::to_string(d % 17);
                    rows.push_back(json{{"device", id}, {"location", location[id]}}.dump());
                }
            }
            QVERIFY(produceAll(bootstrap(), tableTopic, rows, p));
        }
        std::vector<std::string> stream;
        for (int i = 0; i < readings; ++i)
            stream.push_back(json{{"device_id", "dev-" + std::to_string((i * 7919) % devices)}, {"reading", i}}.dump());
        QVERIFY(produceAll(bootstrap(), streamTopic, stream));

        auto graph = makeGraph("join-" + type,
                               {{"readings", "kafka-source", json{{"topic", streamTopic}}},
                                {"devices", "kafka-source", json{{"topic", tableTopic}}},
                                {"enrich", "join", json{{"streamKey", "device_id"}, {"tableKey", "device"}, {"joinType", type}}},
                                {"out", "kafka-sink", json{{"topic", outTopic}}}},
                               {"readings:out->enrich:stream", "devices:out->enrich:table", "enrich:out->out:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        const int tableRows = 2 * devices;
        options.maxMessages = tableRows + readings;
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.stored, std::uint64_t(tableRows));
        QCOMPARE(s.totals.output, std::uint64_t(readings)); // inner: nothing dropped for want of a table row
        QCOMPARE(s.totals.filtered, std::uint64_t(0));
        QCOMPARE(nodeStats(s, "enrich").stored, std::uint64_t(tableRows));
        QCOMPARE(nodeStats(s, "enrich").out, std::uint64_t(readings));

        std::set<int> seen;
        for (const auto &m : consumeAll(bootstrap(), outTopic)) {
            const json r = json::parse(m.value);
            const std::string device = r["device_id"].get<std::string>();
            QVERIFY2(r.contains("location"), m.value.c_str());
            QCOMPARE(r["location"].get<std::string>(), location[device]);
            QCOMPARE(r["device"].get<std::string>(), device);
            seen.insert(r["reading"].get<int>());
        }
        QCOMPARE(seen.size(), size_t(readings));
        const auto events = engine.takeEvents();
        QVERIFY(hasEvent(events, RunEvent::Kind::Info, "", "join tables loaded"));
        QVERIFY(!hasEvent(events, RunEvent::Kind::Warning, "devices", "not loaded"));
    }

    // A table topic that never gets assigned must not hang the run: the streams
    // start after the timeout, with a warning naming the table source.
    void joinTableLoadTimesOut()
    {
        const std::string streamTopic = "join-timeout-stream";
        QVERIFY(m_sandbox->createTopic(streamTopic, 1));
        std::vector<std::string> stream;
        for (int i = 0; i < 20; ++i)
            stream.push_back(json{{"device_id", "dev-" + std::to_string(i)}, {"reading", i}}.dump());
        QVERIFY(produceAll(bootstrap(), streamTopic, stream));
        auto graph = makeGraph("join-timeout",
                               {{"readings", "kafka-source", json{{"topic", streamTopic}}},
                                {"devices", "kafka-source", json{{"topic", "join-timeout-no-such-table"}}},
                                {"enrich", "join", json{{"streamKey", "device_id"}, {"tableKey", "device"}, {"joinType", "left"}}},
                                {"out", "kafka-sink", json{{"topic", "join-timeout-out"}}}},
                               {"readings:out->enrich:stream", "devices:out->enrich:table", "enrich:out->out:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        options.tableLoadTimeoutMillis = 1500;
        options.maxMessages = stream.size();
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.isCompiled());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.output, std::uint64_t(stream.size()));
        const auto events = engine.takeEvents();
        QVERIFY(hasEvent(events, RunEvent::Kind::Warning, "devices", "join table not loaded"));
        QVERIFY(!hasEvent(events, RunEvent::Kind::Info, "", "join tables loaded"));
        const auto out = consumeAll(bootstrap(), "join-timeout-out");
        QCOMPARE(out.size(), stream.size());
        for (const auto &m : out)
            QVERIFY2(!json::parse(m.value).contains("location"), m.value.c_str());
    }

    // format string: no parsing, key and value become text fields (Kafka null stays null).
    void stringFormatPassesKeyAndValueAsText()
    {
        const std::string topic = "string-in";
        QVERIFY(m_sandbox->createTopic(topic, 1));
        const std::vector<Produce> input{{"k1", "plain text"},
                                         {std::nullopt, "no key"},
                                         {"k3", R"({"looks":"like json"})"},
                                         {"k4", "{broken"},
                                         {"k5", std::nullopt}};
        QVERIFY(produceMessages(bootstrap(), topic, input));
        auto graph = makeGraph("string-run",
                               {{"in", "kafka-source", json{{"topic", topic}, {"format", "string"}}},
                                {"keyed", "filter", json{{"condition", "key IS NOT NULL"}}},
                                {"out", "kafka-sink", json{{"topic", "string-out"}}}},
                               {"in:out->keyed:in", "keyed:out->out:in"}, json{{"deadLetterTopic", "string-dlq"}});
        RunOptions options = sandboxRun(input.size());
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.output, std::uint64_t(4));
        QCOMPARE(s.totals.filtered, std::uint64_t(1)); // the record without a key
        QCOMPARE(s.totals.deadLettered, std::uint64_t(0)); // "{broken" is text here, not an error
        std::multiset<std::string> got;
        for (const auto &m : consumeAll(bootstrap(), "string-out"))
            got.insert(json::parse(m.value).dump());
        const std::multiset<std::string> want{json{{"key", "k1"}, {"value", "plain text"}}.dump(),
                                              json{{"key", "k3"}, {"value", R"({"looks":"like json"})"}}.dump(),
                                              json{{"key", "k4"}, {"value", "{broken"}}.dump(),
                                              json{{"key", "k5"}, {"value", nullptr}}.dump()};
        QCOMPARE(got, want);
    }

    // startOffset latest: what the topic held before the consumer was positioned never comes out.
    void latestStartSkipsEarlierMessages()
    {
        const std::string topic = "latest-in", outTopic = "latest-out";
        QVERIFY(m_sandbox->createTopic(topic, 2));
        auto message = [](const char *phase, int n) { return json{{"phase", phase}, {"n", n}}.dump(); };
        std::vector<std::string> before;
        for (int i = 0; i < 50; ++i)
            before.push_back(message("before", i));
        QVERIFY(produceAll(bootstrap(), topic, before));
        auto graph = makeGraph("latest-run", {{"in", "kafka-source", json{{"topic", topic}, {"startOffset", "latest"}}},
                                              {"out", "kafka-sink", json{{"topic", outTopic}}}},
                               {"in:out->out:in"});
        RunOptions options;
        options.bootstrapServers = bootstrap();
        options.clientProperties = fastGroups();
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.start());
        // The end offsets resolve some time after the group assigns the
        // partitions, and the engine does not say when: probe until one message
        // comes through (earlier probes may be skipped, rightly).
        int probes = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (engine.snapshot().totals.output == 0 && std::chrono::steady_clock::now() < deadline) {
            QVERIFY(produceAll(bootstrap(), topic, {message("probe", probes++)}));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        QVERIFY(engine.snapshot().totals.output > 0);
        std::vector<std::string> later;
        for (int i = 0; i < 100; ++i)
            later.push_back(message("after", i));
        QVERIFY(produceAll(bootstrap(), topic, later));
        QTRY_VERIFY_WITH_TIMEOUT(engine.snapshot().totals.input >= 100 + 1, 20'000);
        auto countAfter = [&] {
            int n = 0;
            for (const auto &m : consumeAll(bootstrap(), outTopic, 2000))
                n += json::parse(m.value)["phase"] == "after";
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(countAfter(), 100, 20'000);
        engine.requestStop();
        engine.wait();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        std::set<std::string> got;
        for (const auto &m : consumeAll(bootstrap(), outTopic)) {
            const json r = json::parse(m.value);
            QVERIFY2(r["phase"] != "before", m.value.c_str());
            got.insert(m.value);
        }
        for (const auto &m : later)
            QVERIFY2(got.count(m), m.c_str());
        QCOMPARE(s.totals.output, std::uint64_t(got.size()));
        QVERIFY(s.totals.input <= std::uint64_t(later.size() + probes));
    }

    // Which consumer group commits: the node's, else the pipeline settings', else
    // one named after the pipeline (several runners of one pipeline share work).
    void consumerGroupNaming_data()
    {
        QTest::addColumn<QString>("nodeGroup");
        QTest::addColumn<QString>("settingsGroup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pipeline name") << "" << "" << "naming-default";
        QTest::newRow("settings") << "" << "naming-settings-group" << "naming-settings-group";
        QTest::newRow("node") << "naming-node-group" << "naming-other-settings-group" << "naming-node-group";
    }
    void consumerGroupNaming()
    {
        QFETCH(QString, nodeGroup);
        QFETCH(QString, settingsGroup);
        QFETCH(QString, expected);
        const std::string tag = QString(QTest::currentDataTag()).replace(' ', '-').toStdString();
        const std::string name = tag == "pipeline-name" ? "naming-default" : "naming-" + tag;
        const std::string topic = "naming-in-" + tag;
        QVERIFY(m_sandbox->createTopic(topic, 2));
        for (int p = 0; p < 2; ++p) {
            std::vector<std::string> values;
            for (int i = 0; i < 20; ++i)
                values.push_back(json{{"p", p}, {"i", i}}.dump());
            QVERIFY(produceAll(bootstrap(), topic, values, p));
        }
        json source{{"topic", topic}};
        if (!nodeGroup.isEmpty())
            source["consumerGroup"] = nodeGroup.toStdString();
        json settings = json::object();
        if (!settingsGroup.isEmpty())
            settings["consumerGroup"] = settingsGroup.toStdString();
        auto graph = makeGraph(name, {{"in", "kafka-source", source}, {"out", "kafka-sink", json{{"topic", topic + "-out"}}}},
                               {"in:out->out:in"}, settings);
        RunOptions options = sandboxRun(40);
        Engine engine;
        engine.compile(graph, options);
        QVERIFY(engine.isCompiled());
        engine.run();
        QCOMPARE(engine.snapshot().state, RunState::Finished);
        QCOMPARE(engine.snapshot().totals.output, std::uint64_t(40));

        const auto committed = committedOffsets(bootstrap(), expected.toStdString(), topic, 2);
        QCOMPARE(committed, (std::vector<std::int64_t>{20, 20}));
        std::set<std::string> others{name, "pipewright", settingsGroup.toStdString(), nodeGroup.toStdString()};
        others.erase(expected.toStdString());
        others.erase("");
        for (const auto &group : others) {
            const auto none = committedOffsets(bootstrap(), group, topic, 2);
            QCOMPARE(none.size(), size_t(2));
            QVERIFY2(none[0] < 0 && none[1] < 0, group.c_str());
        }
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
        // Rates and latencies are published, not just counts (loose bounds: the
        // machine may be busy, but 400 records/s is not 0 and not 10x more).
        QTRY_VERIFY_WITH_TIMEOUT(nodeStats(engine.snapshot(), "out").out > 0
                                     && nodeStats(engine.snapshot(), "gen").ratePerSecond > 0,
                                 10'000);
        {
            const RunSnapshot r = engine.snapshot();
            const NodeStats gen = nodeStats(r, "gen"), big = nodeStats(r, "big"), out = nodeStats(r, "out");
            QVERIFY2(gen.ratePerSecond > 40 && gen.ratePerSecond < 4000, qPrintable(QString::number(gen.ratePerSecond)));
            QVERIFY2(big.ratePerSecond > 0 && big.ratePerSecond <= 2 * gen.ratePerSecond + 1,
                     qPrintable(QString::number(big.ratePerSecond)));
            // A sink's latency runs until the broker's acknowledgement: never zero, never minutes.
            QVERIFY2(out.latencyMillis > 0 && out.latencyMillis < 60'000, qPrintable(QString::number(out.latencyMillis)));
            QVERIFY(big.latencyMillis >= 0 && big.latencyMillis <= out.latencyMillis + 1000);
            for (const auto &n : r.nodes)
                QCOMPARE(n.errors, std::uint64_t(0));
        }
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
