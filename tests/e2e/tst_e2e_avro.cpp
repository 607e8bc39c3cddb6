#include "e2ehelpers.h"
#include "mockschemaregistry.h"
#include "tests/runtime/kafkatesting.h"

#include "pipeline/runtime/formats/avrocodec.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <fstream>

using namespace pipeline::runtime;
using namespace kafkatesting;
using pipewright::testsupport::MockSchemaRegistry;
using nlohmann::json;

namespace {

const json kSchema = {{"type", "record"},
                      {"name", "Reading"},
                      {"fields",
                       {{{"name", "device_id"}, {"type", "string"}},
                        {{"name", "temperature"}, {"type", "double"}},
                        {{"name", "ts"}, {"type", {{"type", "long"}, {"logicalType", "timestamp-millis"}}}}}}};

} // namespace

// pipewright-cli run with Avro topics: registry profiles from the command line and
// from a client.properties file (credentials through ${VAR}), against the sandbox
// cluster and the mock Schema Registry.
class TstE2eAvro : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxCluster> m_sandbox;
    MockSchemaRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_pipeline;
    int m_sourceId = 0;

private slots:
    void initTestCase()
    {
        std::string error;
        m_sandbox = SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
        QVERIFY2(m_registry.start(0, &error), error.c_str());
        m_registry.requireBasicAuth("ci-user:ci-pass");
        m_sourceId = m_registry.registerSchema("cli-readings-value", kSchema.dump());
        auto codec = AvroCodec::create(kSchema.dump(), &error);
        QVERIFY2(codec, error.c_str());
        std::vector<std::string> messages;
        for (int i = 0; i < 10; ++i) {
            std::string m = confluentwire::header(m_sourceId);
            QVERIFY(codec->encode(json{{"device_id", "d" + std::to_string(i)}, {"temperature", 20.0 + i}, {"ts", 1'700'000'000'000 + i}},
                                  m, &error));
            messages.push_back(m);
        }
        m_sandbox->createTopic("cli-readings", 1);
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), "cli-readings", messages));

        auto graph = makeGraph("cli-avro",
                               {{"in", "kafka-source",
                                 json{{"topic", "cli-readings"}, {"format", "avro"},
                                      {"schema", json::array({json{{"name", "device_id"}, {"type", "string"}},
                                                              json{{"name", "temperature"}, {"type", "double"}},
                                                              json{{"name", "ts"}, {"type", "timestamp"}}})}}},
                                {"warm", "filter", json{{"condition", "temperature >= 25"}}},
                                {"out", "kafka-sink", json{{"topic", "cli-warm"}, {"format", "avro"}}}},
                               {"in:out->warm:in", "warm:out->out:in"});
        m_pipeline = m_dir.filePath("cli-avro.pipeline.json");
        QVERIFY(pipeline::writePipelineFileAtomically(m_pipeline.toStdString(), graph).ok);
    }

    void registryFromClientProperties()
    {
        const QString properties = m_dir.filePath("client.properties");
        std::ofstream(properties.toStdString()) << "bootstrap.servers=" << m_sandbox->bootstrapServers() << "\n"
                                                << "schema.registry.url=" << m_registry.url() << "\n"
                                                << "basic.auth.credentials.source=USER_INFO\n"
                                                << "basic.auth.user.info=${PW_E2E_REGISTRY_AUTH}\n";
        qputenv("PW_E2E_REGISTRY_AUTH", "ci-user:ci-pass");
        m_registry.clearRequests();
        int exitCode = -1;
        QByteArray errors;
        const QByteArray out = e2e::runTool(e2e::cliPath(),
                                            {"run", m_pipeline, "--config", properties, "--max-messages", "10", "--quiet"},
                                            {}, 60000, &exitCode, &errors);
        QVERIFY2(exitCode == 0, errors.constData());
        // Registered with credentials, every request authenticated.
        QVERIFY(!m_registry.requests("POST", "/subjects/cli-warm-value/versions").empty());
        for (const auto &r : m_registry.requests())
            QCOMPARE(r.header("authorization"), std::string("Basic Y2ktdXNlcjpjaS1wYXNz"));
        // Five warm readings, in the wire format with the registered schema.
        auto produced = consumeAll(m_sandbox->bootstrapServers(), "cli-warm");
        QCOMPARE(produced.size(), size_t(5));
        std::int32_t id = -1;
        std::string error;
        QVERIFY(confluentwire::split(produced[0].value.data(), produced[0].value.size(), &id, &error));
        auto codec = AvroCodec::create(m_registry.schemaText(id), &error);
        QVERIFY2(codec, error.c_str());
        json decoded;
        QVERIFY2(codec->decode(produced[0].value.data() + 5, produced[0].value.size() - 5, decoded, &error), error.c_str());
        QVERIFY(decoded["temperature"].get<double>() >= 25);
    }

    void registryFromTheCommandLine()
    {
        qputenv("PW_E2E_REGISTRY_AUTH2", "ci-user:ci-pass");
        int exitCode = -1;
        QByteArray errors;
        e2e::runTool(e2e::cliPath(),
                     {"run", m_pipeline, "--bootstrap", QString::fromStdString(m_sandbox->bootstrapServers()),
                      "--schema-registry", "default=" + QString::fromStdString(m_registry.url()),
                      "--schema-registry-auth", "PW_E2E_REGISTRY_AUTH2", "--max-messages", "10", "--quiet"},
                     {}, 60000, &exitCode, &errors);
        QVERIFY2(exitCode == 0, errors.constData());

        // Without the credentials the registry says 401: the run fails before producing, with a clear message.
        e2e::runTool(e2e::cliPath(),
                     {"run", m_pipeline, "--bootstrap", QString::fromStdString(m_sandbox->bootstrapServers()),
                      "--schema-registry", QString::fromStdString(m_registry.url()), "--max-messages", "10", "--quiet"},
                     {}, 60000, &exitCode, &errors);
        QCOMPARE(exitCode, 3);
        QVERIFY2(errors.contains("HTTP 401") && errors.contains("check the registry credentials"), errors.constData());

        // No profile at all: the pipeline cannot run (exit 1) and the message says how to give one.
        e2e::runTool(e2e::cliPath(),
                     {"run", m_pipeline, "--bootstrap", QString::fromStdString(m_sandbox->bootstrapServers()), "--quiet"},
                     {}, 60000, &exitCode, &errors);
        QCOMPARE(exitCode, 1);
        QVERIFY2(errors.contains("no Schema Registry profile named 'default'") && errors.contains("--schema-registry"),
                 errors.constData());
    }

    void exportNamesTheRegistry()
    {
        int exitCode = -1;
        QByteArray errors;
        QByteArray script = e2e::runTool(e2e::cliPath(),
                                         {"export", "--dialect", "flink", "--schema-registry-url", "http://registry.prod:8081", m_pipeline},
                                         {}, 30000, &exitCode, &errors);
        QVERIFY2(exitCode == 0, errors.constData());
        QCOMPARE(script.count("'avro-confluent.url' = 'http://registry.prod:8081'"), 2);
        script = e2e::runTool(e2e::cliPath(), {"export", "--dialect", "flink", m_pipeline}, {}, 30000, &exitCode, &errors);
        QCOMPARE(script.count("'avro-confluent.url' = '${SCHEMA_REGISTRY_URL}'"), 2);
        script = e2e::runTool(e2e::cliPath(), {"export", "--dialect", "ksql", m_pipeline}, {}, 30000, &exitCode, &errors);
        QVERIFY2(exitCode == 0, errors.constData());
        QCOMPARE(script.count("VALUE_FORMAT='AVRO'"), 2);
    }
};

QTEST_GUILESS_MAIN(TstE2eAvro)
#include "tst_e2e_avro.moc"
