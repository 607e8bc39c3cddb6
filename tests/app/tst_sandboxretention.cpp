#include "app/designer/run/sandboxcontroller.h"

#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/runtime/kafka/kafkasource.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/runtime/kafka/topicinspector.h"

#include <librdkafka/rdkafka.h>

#include <QSignalSpy>
#include <QtTest>

#include <QElapsedTimer>

#include <algorithm>
#include <iterator>
#include <mutex>
#include <set>

// What the sandbox keeps (librdkafka's mock cluster: 5 MiB of record batches per
// partition) and what Pipewright does about it: Produce Samples compresses so
// 200,000 IoT readings all stay; an uncompressed producer loses the oldest; a run
// that starts past dropped offsets says so.
using namespace pipeline::runtime;

namespace {
constexpr int Readings = 200'000;

std::vector<std::string> iotReadings(int count)
{
    auto generator = SampleGenerator::create("iot-temperature", 42);
    std::vector<std::string> values;
    values.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        values.push_back(generator->next(1'700'000'000'000 + i).dump());
    return values;
}

TopicDescription describe(const std::string &bootstrap, const std::string &topic)
{
    TopicInspector inspector(bootstrap, {});
    std::string error;
    for (const TopicDescription &t : inspector.describeTopics(&error))
        if (t.name == topic)
            return t;
    return {};
}

QString partitionsText(const TopicDescription &topic)
{
    QStringList parts;
    for (const auto &p : topic.partitions)
        parts << QStringLiteral("p%1 %2..%3").arg(p.partition).arg(p.low).arg(p.high);
    return parts.join(QStringLiteral(", "));
}
} // namespace

class TestSandboxRetention : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void produceSamplesKeepsAllReadings();
    void uncompressedProducerLosesTheOldest();
    void runNoticesDroppedOffsets();

private:
    std::string m_bootstrap;
};

void TestSandboxRetention::initTestCase()
{
    QString error;
    QVERIFY2(SandboxController::instance()->start(&error), qPrintable(error));
    m_bootstrap = SandboxController::instance()->bootstrapServers().toStdString();
}

void TestSandboxRetention::produceSamplesKeepsAllReadings()
{
    // The designer's Tools → Sandbox Cluster → Produce Samples, 200,000 IoT readings into 3 partitions.
    SandboxController *sandbox = SandboxController::instance();
    QString error;
    QVERIFY2(sandbox->createTopic("samples-200k", 3, &error), qPrintable(error));
    QSignalSpy produced(sandbox, &SandboxController::samplesProduced);
    sandbox->produceSamples("samples-200k", "iot-temperature", Readings);
    QVERIFY(produced.wait(120'000));
    QCOMPARE(produced.first().at(2).toString(), QString());
    const TopicDescription topic = describe(m_bootstrap, "samples-200k");
    qInfo("lz4 samples: %s", qPrintable(partitionsText(topic)));
    QCOMPARE(int(topic.partitions.size()), 3);
    QCOMPARE(topic.messages(), std::int64_t(Readings));
    for (const auto &p : topic.partitions)
        QCOMPARE(p.low, std::int64_t(0)); // nothing dropped
}

void TestSandboxRetention::uncompressedProducerLosesTheOldest()
{
    // An uncompressed producer (kcat -P without -z): the same readings overflow 5 MiB. One
    // partition, so the loss does not depend on how the partitioner spreads them (over 3
    // partitions 131,000-169,000 stayed in trials).
    SandboxController *sandbox = SandboxController::instance();
    QString error;
    QVERIFY2(sandbox->createTopic("plain-200k", 1, &error), qPrintable(error));
    TopicInspector producer(m_bootstrap, {{"compression.codec", "none"}});
    std::string why;
    QVERIFY2(producer.produce("plain-200k", iotReadings(Readings), &why, 60'000), why.c_str());
    const TopicDescription topic = describe(m_bootstrap, "plain-200k");
    qInfo("uncompressed: %s; kept %lld of %d", qPrintable(partitionsText(topic)), qint64(topic.messages()), Readings);
    std::int64_t produced = 0;
    bool dropped = false;
    for (const auto &p : topic.partitions) {
        produced += p.high;
        dropped = dropped || p.low > 0;
    }
    QCOMPARE(produced, std::int64_t(Readings)); // every offset was assigned ...
    QVERIFY(dropped);                            // ... but the oldest are gone
    // 5 MiB of ~75-byte records: about 70,000 stay.
    QVERIFY(topic.messages() < Readings / 2);
    QCOMPARE(topic.partitions.front().high - topic.partitions.front().low, topic.messages());
}

void TestSandboxRetention::runNoticesDroppedOffsets()
{
    const TopicDescription plain = describe(m_bootstrap, "plain-200k");
    QVERIFY(!plain.partitions.empty());
    std::set<int> droppedPartitions;
    for (const auto &p : plain.partitions)
        if (p.low > 0)
            droppedPartitions.insert(p.partition);
    QVERIFY(!droppedPartitions.empty());

    for (const std::string topic : {"plain-200k", "samples-200k"}) {
        std::mutex mutex;
        std::vector<std::string> warnings;
        KafkaSource::Hooks hooks;
        hooks.warning = [&](const std::string &text) {
            std::lock_guard lock(mutex);
            warnings.push_back(text);
        };
        KafkaSource::Config config;
        config.bootstrapServers = m_bootstrap;
        config.topic = topic;
        config.group = "retention-" + topic;
        config.start = KafkaSource::Start::Earliest;
        KafkaSource source(config, hooks);
        std::string error;
        QVERIFY2(source.open(&error), error.c_str());
        // Read until every partition delivered its first message.
        std::set<int> started;
        QElapsedTimer timer;
        timer.start();
        const size_t partitions = describe(m_bootstrap, topic).partitions.size();
        while (started.size() < partitions && timer.elapsed() < 30'000) {
            std::vector<rd_kafka_message_t *> messages;
            std::string fatal;
            source.poll(200, 10'000, messages, &fatal);
            QVERIFY2(fatal.empty(), fatal.c_str());
            for (rd_kafka_message_t *m : messages) {
                started.insert(m->partition);
                rd_kafka_message_destroy(m);
            }
        }
        QCOMPARE(started.size(), partitions);
        source.close();
        for (const std::string &w : warnings)
            qInfo("%s warning: %s", topic.c_str(), w.c_str());
        std::vector<std::string> notices;
        std::copy_if(warnings.begin(), warnings.end(), std::back_inserter(notices),
                     [](const std::string &w) { return w.find("no longer on the broker") != std::string::npos; });
        if (topic == "samples-200k") {
            QVERIFY(notices.empty()); // nothing was dropped: no notice
            continue;
        }
        // One notice per partition that lost messages, naming the gap and where reading starts.
        QCOMPARE(notices.size(), droppedPartitions.size());
        warnings = notices;
        for (const auto &p : plain.partitions) {
            if (!droppedPartitions.count(p.partition))
                continue;
            const std::string expected = "plain-200k[" + std::to_string(p.partition) + "]: " + std::to_string(p.low)
                + " message(s) at offsets 0.." + std::to_string(p.low - 1) + " were no longer on the broker; reading starts at offset "
                + std::to_string(p.low);
            const bool found = std::any_of(warnings.begin(), warnings.end(),
                                           [&](const std::string &w) { return w.rfind(expected, 0) == 0; });
            QVERIFY2(found, (expected + " | got: " + warnings.front()).c_str());
        }
    }
}

QTEST_MAIN(TestSandboxRetention)
#include "tst_sandboxretention.moc"
