#include "kafkatesting.h"
#include "mockschemaregistry.h"

#include "pipeline/core/schemaparameter.h"
#include "pipeline/runtime/formats/avrocodec.h"
#include "pipeline/runtime/formats/avroschemamapping.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/formats/schemaregistryservice.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <QTest>

#include <algorithm>

// Designated initializers leave the rest of a profile at its defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace pipeline;
using namespace pipeline::runtime;
using namespace kafkatesting;
using pipewright::testsupport::MockSchemaRegistry;
using nlohmann::json;

namespace {

const json kReadingSchema = {
    {"type", "record"},
    {"name", "Reading"},
    {"namespace", "iot"},
    {"fields",
     {{{"name", "device_id"}, {"type", "string"}},
      {{"name", "temperature"}, {"type", "double"}},
      {{"name", "ts"}, {"type", {{"type", "long"}, {"logicalType", "timestamp-millis"}}}},
      {{"name", "status"}, {"type", {{"type", "enum"}, {"name", "Status"}, {"symbols", {"OK", "FAULT"}}}}},
      {{"name", "tags"}, {"type", {{"type", "array"}, {"items", "string"}}}},
      {{"name", "location"},
       {"type", {"null", {{"type", "record"}, {"name", "Location"}, {"fields", {{{"name", "lat"}, {"type", "double"}}, {{"name", "lon"}, {"type", "double"}}}}}}},
       {"default", nullptr}}}},
};

json reading(int i)
{
    json r = {{"device_id", "sensor-" + std::to_string(i % 4)},
              {"temperature", 20.0 + i * 1.5},
              {"ts", 1'700'000'000'000 + i * 1000},
              {"status", i % 5 == 0 ? "FAULT" : "OK"},
              {"tags", json::array({"t" + std::to_string(i)})},
              {"location", i % 2 ? json{{"lat", 48.0 + i}, {"lon", 11.0}} : json(nullptr)}};
    return r;
}

// A message in the Confluent wire format, as a Java producer with KafkaAvroSerializer writes it.
std::string wire(int schemaId, AvroCodec &codec, const json &value)
{
    std::string out = confluentwire::header(schemaId);
    std::string error;
    if (!codec.encode(value, out, &error))
        qFatal("%s", error.c_str());
    return out;
}

} // namespace

// Avro sources and sinks end to end: the sandbox cluster and the mock Schema Registry.
class TstAvroPipeline : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxCluster> m_sandbox;
    MockSchemaRegistry m_registry;
    std::string bootstrap() const { return m_sandbox->bootstrapServers(); }

    RunOptions options(std::uint64_t maxMessages) const
    {
        RunOptions o;
        o.bootstrapServers = bootstrap();
        o.clientProperties = {{"session.timeout.ms", "6000"}, {"heartbeat.interval.ms", "1500"}};
        o.maxMessages = maxMessages;
        o.durationMillis = 60'000;
        o.settings.edit<pipeline::runtime::SchemaRegistrySettings>().profiles = {{.name = "default", .url = m_registry.url()}};
        return o;
    }
    // The source's schema as "use as source" fills it in: the subject's latest version, mapped.
    json sourceSchemaParameter(const std::string &subject)
    {
        SchemaRegistryClient client({.url = m_registry.url()});
        std::string error;
        auto schema = fetchSubjectSchema(client, subject, &error);
        if (!schema)
            qFatal("%s", error.c_str());
        return schemaToParameter(*schema);
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_sandbox = SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
        QVERIFY2(m_registry.start(0, &error), error.c_str());
    }

    void avroThroughFilterIntoAvroSink()
    {
        const int sourceId = m_registry.registerSchema("readings-value", kReadingSchema.dump());
        std::string error;
        auto codec = AvroCodec::create(kReadingSchema.dump(), &error);
        QVERIFY2(codec, error.c_str());
        std::vector<std::string> messages;
        std::vector<json> expected;
        for (int i = 0; i < 40; ++i) {
            messages.push_back(wire(sourceId, *codec, reading(i)));
            if (reading(i)["temperature"].get<double>() > 50)
                expected.push_back(reading(i));
        }
        m_sandbox->createTopic("readings", 1);
        QVERIFY(produceAll(bootstrap(), "readings", messages));
        m_registry.clearRequests();

        auto graph = makeGraph("avro-e2e",
                               {{"in", "kafka-source", json{{"topic", "readings"}, {"format", "avro"},
                                                          {"schema", sourceSchemaParameter("readings-value")}}},
                                {"hot", "filter", json{{"condition", "temperature > 50 AND status IN ('OK', 'FAULT')"}}},
                                {"out", "kafka-sink", json{{"topic", "hot-readings"}, {"format", "avro"}, {"key", "device_id"}}}},
                               {"in:out->hot:in", "hot:out->out:in"});
        Engine engine;
        auto diagnostics = engine.compile(graph, options(40));
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : formatDiagnostic(diagnostics.front()).c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QVERIFY2(s.state == RunState::Finished, s.error.c_str());
        QCOMPARE(s.totals.input, std::uint64_t(40));
        QCOMPARE(s.totals.output, std::uint64_t(expected.size()));
        QCOMPARE(s.totals.filtered, std::uint64_t(40 - expected.size()));
        QVERIFY(s.totals.balanced());

        // The sink registered its schema under <topic>-value after a compatibility check, before producing.
        const auto compat = m_registry.requests("POST", "/compatibility/subjects/hot-readings-value/versions/latest");
        const auto registered = m_registry.requests("POST", "/subjects/hot-readings-value/versions");
        QCOMPARE(compat.size(), size_t(1));
        QCOMPARE(registered.size(), size_t(1));
        QCOMPARE(m_registry.versionCount("hot-readings-value"), 1);
        // The source fetched its writer schema once for 40 messages.
        QCOMPARE(m_registry.requests("GET", "/schemas/ids/" + std::to_string(sourceId)).size(), size_t(1));

        // Every produced message decodes with the registered schema and equals its input record.
        auto out = consumeAll(bootstrap(), "hot-readings");
        QCOMPARE(out.size(), expected.size());
        const std::string registeredText = json::parse(registered[0].body)["schema"].get<std::string>();
        auto registeredCodec = AvroCodec::create(registeredText, &error);
        QVERIFY2(registeredCodec, error.c_str());
        for (size_t i = 0; i < out.size(); ++i) {
            std::int32_t id = -1;
            QVERIFY2(confluentwire::split(out[i].value.data(), out[i].value.size(), &id, &error), error.c_str());
            QCOMPARE(m_registry.schemaText(id), registeredText);
            json decoded;
            QVERIFY2(registeredCodec->decode(out[i].value.data() + 5, out[i].value.size() - 5, decoded, &error), error.c_str());
            // The sink topic may have several partitions: match by the unique ts.
            auto match = std::find_if(expected.begin(), expected.end(), [&](const json &e) { return e["ts"] == decoded["ts"]; });
            QVERIFY2(match != expected.end(), decoded.dump().c_str());
            QVERIFY2(decoded == *match, (decoded.dump() + " != " + match->dump()).c_str());
            QCOMPARE(out[i].key, (*match)["device_id"].get<std::string>());
            expected.erase(match);
        }
        // The registered schema: nullable fields with defaults, timestamps as timestamp-millis.
        const json schema = json::parse(registeredText);
        QCOMPARE(schema["name"].get<std::string>(), std::string("hot_readings"));
        QCOMPARE(schema["fields"][2]["type"][1]["logicalType"].get<std::string>(), std::string("timestamp-millis"));
    }

    void badMessagesGoToTheDeadLetterTopic()
    {
        const int id = m_registry.registerSchema("mixed-value", kReadingSchema.dump());
        std::string error;
        auto codec = AvroCodec::create(kReadingSchema.dump(), &error);
        QVERIFY(codec);
        const std::string good = wire(id, *codec, reading(1));
        const std::string jsonText = R"({"device_id":"x"})";                  // wrong magic byte
        std::string unknownId = confluentwire::header(9999) + good.substr(5);  // unknown schema id
        std::string corrupt = good.substr(0, good.size() - 7);                  // truncated datum
        std::string tooShort("\0\0", 2);
        m_sandbox->createTopic("mixed", 1);
        m_sandbox->createTopic("mixed-dlq", 1);
        QVERIFY(produceAll(bootstrap(), "mixed", {good, jsonText, unknownId, corrupt, unknownId, tooShort, good}));
        m_registry.clearRequests();

        auto graph = makeGraph("avro-dlq",
                               {{"src", "kafka-source", json{{"topic", "mixed"}, {"format", "avro"},
                                                           {"schema", sourceSchemaParameter("mixed-value")}}},
                                {"out", "kafka-sink", json{{"topic", "mixed-out"}}}},
                               {"src:out->out:in"}, json{{"deadLetterTopic", "mixed-dlq"}});
        Engine engine;
        engine.compile(graph, options(7));
        QVERIFY(engine.isCompiled());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QVERIFY2(s.state == RunState::Finished, s.error.c_str());
        QCOMPARE(s.totals.output, std::uint64_t(2));
        QCOMPARE(s.totals.deadLettered, std::uint64_t(5));
        QVERIFY(s.totals.balanced());

        auto dead = consumeAll(bootstrap(), "mixed-dlq");
        QCOMPARE(dead.size(), size_t(5));
        const std::vector<std::pair<std::string, std::string>> want = {
            {jsonText, "magic byte is 0x7b"},
            {unknownId, "unknown schema id 9999"},
            {corrupt, "corrupt Avro payload"},
            {unknownId, "unknown schema id 9999"},
            {tooShort, "shorter than the 5-byte header"},
        };
        const std::vector<std::string> offsets = {"1", "2", "3", "4", "5"};
        for (size_t i = 0; i < dead.size(); ++i) {
            QCOMPARE(dead[i].value, want[i].first); // the original bytes, untouched
            QVERIFY2(QString::fromStdString(dead[i].headers["error"]).contains(QString::fromStdString(want[i].second)),
                     dead[i].headers["error"].c_str());
            QCOMPARE(dead[i].headers["node-id"], std::string("src"));
            QCOMPARE(dead[i].headers["source-topic"], std::string("mixed"));
            QCOMPARE(dead[i].headers["source-offset"], offsets[i]);
        }
        // The unknown id was asked for once, not once per message.
        QCOMPARE(m_registry.requests("GET", "/schemas/ids/9999").size(), size_t(1));
        auto out = consumeAll(bootstrap(), "mixed-out");
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(json::parse(out[0].value)["device_id"].get<std::string>(), std::string("sensor-1"));
    }

    void incompatibleSinkSchemaRefusesTheRun()
    {
        // The subject already says temperature is text; the pipeline writes a double.
        m_registry.registerSchema("strict-out-value",
                                  json{{"type", "record"}, {"name", "strict_out"}, {"namespace", "pipewright"},
                                       {"fields", {{{"name", "device_id"}, {"type", "string"}}, {{"name", "temperature"}, {"type", "string"}}}}}
                                      .dump());
        m_sandbox->createTopic("strict-in", 1);
        QVERIFY(produceAll(bootstrap(), "strict-in", {R"({"device_id":"a","temperature":1.5})"}));
        m_registry.clearRequests();
        auto graph = makeGraph("avro-incompatible",
                               {{"in", "kafka-source", json{{"topic", "strict-in"},
                                                          {"schema", json::array({json{{"name", "device_id"}, {"type", "string"}},
                                                                                  json{{"name", "temperature"}, {"type", "double"}}})}}},
                                {"out", "kafka-sink", json{{"topic", "strict-out"}, {"format", "avro"}}}},
                               {"in:out->out:in"});
        Engine engine;
        engine.compile(graph, options(1));
        QVERIFY(engine.isCompiled());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Failed);
        QVERIFY2(QString::fromStdString(s.error).contains("not compatible with the latest version registered under subject strict-out-value"),
                 s.error.c_str());
        QVERIFY2(QString::fromStdString(s.error).contains("temperature: old type string is not in the new union"), s.error.c_str());
        QCOMPARE(s.totals.input, std::uint64_t(0)); // refused before reading anything
        QCOMPARE(m_registry.requests("POST", "/subjects/strict-out-value/versions").size(), size_t(0));
        QCOMPARE(m_registry.versionCount("strict-out-value"), 1);
        QCOMPARE(consumeAll(bootstrap(), "strict-out", 2000).size(), size_t(0));
    }

    void registryDownIsAClearError_data()
    {
        QTest::addColumn<bool>("sink");
        QTest::newRow("avro sink") << true;
        QTest::newRow("avro source") << false;
    }
    void registryDownIsAClearError()
    {
        QFETCH(bool, sink);
        int port = 0;
        {
            MockSchemaRegistry gone;
            QVERIFY(gone.start());
            port = std::atoi(gone.url().substr(gone.url().rfind(':') + 1).c_str());
        }
        const std::string topic = sink ? "down-json-in" : "down-avro-in";
        m_sandbox->createTopic(topic, 1);
        QVERIFY(produceAll(bootstrap(), topic, {R"({"device_id":"a"})"}));
        const json schema = json::array({json{{"name", "device_id"}, {"type", "string"}}});
        auto graph = makeGraph("avro-down-" + std::to_string(sink),
                               {{"in", "kafka-source", json{{"topic", topic}, {"format", sink ? "json" : "avro"},
                                                          {"schemaRegistry", "prod"}, {"schema", schema}}},
                                {"out", "kafka-sink", json{{"topic", topic + "-out"}, {"format", sink ? "avro" : "json"},
                                                         {"schemaRegistry", "prod"}}}},
                               {"in:out->out:in"});
        RunOptions o = options(1);
        o.settings.edit<pipeline::runtime::SchemaRegistrySettings>().profiles = {{.name = "prod", .url = "http://127.0.0.1:" + std::to_string(port)}};
        Engine engine;
        engine.compile(graph, o);
        QVERIFY(engine.isCompiled());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Failed);
        QVERIFY2(QString::fromStdString(s.error).contains("schema registry 'prod' (http://127.0.0.1:" + QString::number(port) + ")"),
                 s.error.c_str());
        QVERIFY2(QString::fromStdString(s.error).contains("cannot reach"), s.error.c_str());
        QCOMPARE(s.totals.input, std::uint64_t(0));
        QCOMPARE(consumeAll(bootstrap(), topic + "-out", 2000).size(), size_t(0));
    }

    void unknownProfileAndUnknownFieldsAreCompileErrors()
    {
        auto graph = makeGraph("avro-compile",
                               {{"in", "kafka-source", json{{"topic", "x"}, {"format", "avro"}, {"schemaRegistry", "nope"}}},
                                {"out", "kafka-sink", json{{"topic", "y"}, {"format", "avro"}}}},
                               {"in:out->out:in"});
        Engine engine;
        auto diagnostics = engine.compile(graph, options(1));
        QVERIFY(!engine.isCompiled());
        bool unknownProfile = false, unknownFields = false;
        for (const auto &d : diagnostics) {
            unknownProfile = unknownProfile || (d.code == "unknown-schema-registry" && d.nodeId == "in"
                                                && d.message.find("'nope'") != std::string::npos);
            // The source declares no schema: the sink cannot know what to register.
            unknownFields = unknownFields || (d.code == "avro-schema" && d.nodeId == "out");
        }
        QVERIFY(unknownProfile);
        QVERIFY(unknownFields);
    }
};

QTEST_GUILESS_MAIN(TstAvroPipeline)
#include "tst_avropipeline.moc"
