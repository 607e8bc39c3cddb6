// Grounding in a real cluster: a sandbox with JSON messages on a topic, the
// sampler's inferred fields, and a generation whose request carries the topic
// and its sampled field names; a source without a declared schema gets the
// sampled one, so a condition on an invented field is caught and repaired.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "assisttesting.h"
#include "mockllmserver.h"

#include "pipeline/assist/pipelineassistant.h"
#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <librdkafka/rdkafka.h>

#include <QtTest>

using namespace pipeline;
using namespace pipeline::assist;
using namespace pipewright::testsupport;
using namespace assisttest;

namespace {

bool produce(const std::string &bootstrap, const std::string &topic, const std::vector<std::string> &payloads,
             std::string *error)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), errstr, sizeof errstr);
    rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr);
    rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!producer) {
        *error = errstr;
        return false;
    }
    for (const auto &p : payloads) {
        const rd_kafka_resp_err_t err =
            rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(topic.c_str()),
                              RD_KAFKA_V_VALUE(const_cast<char *>(p.data()), p.size()),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
        if (err) {
            *error = rd_kafka_err2str(err);
            rd_kafka_destroy(producer);
            return false;
        }
    }
    const bool flushed = rd_kafka_flush(producer, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_destroy(producer);
    if (!flushed)
        *error = "flush timed out";
    return flushed;
}

} // namespace

class TestAssistGrounding : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<runtime::SandboxCluster> m_sandbox;
    MockLlmServer m_server;

    std::vector<TopicSample> sample(int perTopic = 20)
    {
        TopicSampler::Options o;
        o.bootstrapServers = m_sandbox->bootstrapServers();
        o.maxMessagesPerTopic = perTopic;
        std::string error;
        auto samples = TopicSampler::sample(o, &error);
        if (!error.empty())
            qWarning("%s", error.c_str());
        return samples;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        m_sandbox = runtime::SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
        QVERIFY2(m_server.start(0, &error), error.c_str());
        QVERIFY2(m_sandbox->createTopic("plant.sensor-readings", 3, &error), error.c_str());
        QVERIFY2(m_sandbox->createTopic("plant.empty", 1, &error), error.c_str());
        std::vector<std::string> payloads;
        for (int i = 0; i < 60; ++i) {
            json record = {{"sensor_id", "s-" + std::to_string(i % 7)},
                           {"celsius", 20.5 + i},
                           {"reading_ts", 1700000000000LL + i * 1000},
                           {"site", {{"hall", "B"}, {"line", i % 3}}}};
            if (i % 10 == 0)
                record["status"] = "calibrating";
            payloads.push_back(record.dump());
        }
        payloads.push_back("not json at all");
        QVERIFY2(produce(m_sandbox->bootstrapServers(), "plant.sensor-readings", payloads, &error), error.c_str());
    }

    void samplerInfersFields()
    {
        const std::vector<TopicSample> samples = sample(20);
        QCOMPARE(samples.size(), size_t(2));
        QCOMPARE(samples[0].topic, "plant.empty");
        QCOMPARE(samples[0].messages, 0);
        QVERIFY(samples[0].schema.fields.empty());
        const TopicSample &readings = samples[1];
        QCOMPARE(readings.topic, "plant.sensor-readings");
        QCOMPARE(readings.partitions, 3);
        QVERIFY(readings.messages > 0 && readings.messages <= 20);
        QCOMPARE(readings.schema.find("sensor_id")->type, FieldType::String);
        QCOMPARE(readings.schema.find("celsius")->type, FieldType::Double);
        QCOMPARE(readings.schema.find("reading_ts")->type, FieldType::Timestamp);
        QCOMPARE(readings.schema.find("site.hall")->type, FieldType::String);
        QCOMPARE(readings.schema.find("site.line")->type, FieldType::Integer);
    }

    void samplerReportsUnreachableCluster()
    {
        TopicSampler::Options o;
        o.bootstrapServers = "127.0.0.1:1";
        o.timeoutMs = 1500;
        std::string error;
        const auto samples = TopicSampler::sample(o, &error);
        QVERIFY(samples.empty());
        QVERIFY2(error.find("127.0.0.1:1") != std::string::npos, error.c_str());
    }

    void generationIsGrounded()
    {
        const std::vector<TopicSample> topics = sample();
        // The model first invents a field ("temperature"), then uses the sampled one.
        json invented = {
            {"name", "hot-sensors"},
            {"nodes",
             {{{"id", "readings"}, {"kind", "kafka-source"}, {"label", "Readings"},
               {"parameters", {{"topic", "plant.sensor-readings"}}}},
              {{"id", "hot"}, {"kind", "filter"}, {"label", "Hot"}, {"parameters", {{"condition", "temperature > 80"}}}},
              {{"id", "out"}, {"kind", "kafka-sink"}, {"label", "Hot readings"}, {"parameters", {{"topic", "plant.hot"}}}}}},
            {"edges", {edge("readings", "out", "hot"), edge("hot", "out", "out")}},
        };
        json fixed = invented;
        nodeOf(fixed, "hot")["parameters"]["condition"] = "celsius > 80";
        m_server.addRule({.pattern = "hot sensors", .replies = {invented.dump(), fixed.dump()}});

        auto endpoint = std::make_shared<runtime::LlmEndpoint>();
        endpoint->baseUrl = m_server.baseUrl();
        endpoint->model = "gpt-test";
        PipelineAssistant::Options options;
        options.endpoint = endpoint;
        PipelineAssistant assistant(options);
        AssistRequest request;
        request.text = "Write the hot sensors (above 80 degrees) to plant.hot";
        request.topics = topics;
        const AssistResult result = assistant.run(request);
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.calls, 2);

        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(2));
        const std::string system = requests[0].body["messages"][0]["content"];
        QVERIFY(system.find("Topics on the connected Kafka cluster") != std::string::npos);
        QVERIFY(system.find("- plant.sensor-readings (3 partitions, ") != std::string::npos);
        for (const char *field : {"sensor_id string", "celsius double", "reading_ts timestamp",
                                  "site object {hall string, line integer}"})
            QVERIFY2(system.find(field) != std::string::npos, field);
        QVERIFY(system.find("- plant.empty (1 partition, 0 messages sampled): empty") != std::string::npos);
        QVERIFY(system.find("No Kafka cluster is connected") == std::string::npos);
        // The invented field was caught against the sampled schema.
        const std::string repair = requests[1].body["messages"][3]["content"];
        QVERIFY2(repair.find("hot.condition") != std::string::npos && repair.find("temperature") != std::string::npos,
                 repair.c_str());
        // The source declares the sampled fields.
        const Schema declared = schemaFromParameter(*result.graph->node("readings")->parameter("schema"));
        QCOMPARE(declared.find("celsius")->type, FieldType::Double);
        QCOMPARE(declared.find("reading_ts")->type, FieldType::Timestamp);
    }
};

QTEST_GUILESS_MAIN(TestAssistGrounding)
#include "tst_assistgrounding.moc"
