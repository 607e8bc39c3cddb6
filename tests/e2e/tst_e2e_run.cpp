#include "e2ehelpers.h"

#include "../runtime/kafkatesting.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fstream>
#include <map>
#include <set>

using namespace e2e;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/tests/e2e/data/") + name;
}

std::int64_t highWatermarks(const std::string &bootstrap, const std::string &topic)
{
    return kafkatesting::highWatermarkSum(bootstrap, topic, 3);
}

} // namespace

// pipewright-cli run through the real protocol, checked with kcat and jq.
class TstE2eRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config; // the sandbox waits a session timeout before a group's next generation: keep it short

private slots:
    void initTestCase()
    {
        QVERIFY2(haveTool("kcat") && haveTool("jq"), "kcat and jq are required (scripts/install-deps.sh)");
        m_config = m_dir.filePath("client.properties");
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# e2e\nsession.timeout.ms=6000\nheartbeat.interval.ms=1500\n");
    }

    void outputEqualsJqAndMalformedGoesToDeadLetter()
    {
        SandboxProcess sandbox({"--topic", "readings:3"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        QByteArray input;
        QRandomGenerator rng(4);
        for (int i = 0; i < 3000; ++i)
            input += QString(R"({"device_id":"sensor-%1","temperature":%2,"ts":%3,"site":"north"})")
                         .arg(rng.bounded(40))
                         .arg(rng.bounded(1600) / 10.0)
                         .arg(1700000000000LL + i)
                         .toUtf8()
                     + "\n";
        input += "this is not json\n{\"device_id\": \n";
        QVERIFY(kcatProduce(sandbox.bootstrap(), "readings", input));

        const QString stats = m_dir.filePath("stats.json");
        int code = -1;
        QByteArray errors;
        const QByteArray out = runTool(cliPath(),
                                       {"run", dataFile("filter-project.pipeline.json"), "--bootstrap", sandbox.bootstrap(),
                                        "--config", m_config, "--max-messages", "3002", "--stats-json", stats},
                                       {}, 90000, &code, &errors);
        QVERIFY2(code == 0, errors.constData());
        QVERIFY(out.contains("[balanced]"));

        // What jq computes from the input is exactly what the pipeline wrote.
        const QByteArray jsonLines = input.left(input.indexOf("this is not json"));
        QList<QByteArray> want = runTool("jq", {"-c", "-S", "select(.temperature > 132 or .temperature < 32) | {device_id, temperature, ts}"},
                                         jsonLines).split('\n');
        want.removeAll(QByteArray());
        QList<QByteArray> got = kcatConsume(sandbox.bootstrap(), "alerts");
        QByteArray gotText = got.join('\n') + "\n";
        got = runTool("jq", {"-c", "-S", "."}, gotText).split('\n');
        got.removeAll(QByteArray());
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        QVERIFY(want.size() > 100);
        QCOMPARE(got, want);

        // Keys come from the key expression.
        const QList<QByteArray> keyed = kcatConsume(sandbox.bootstrap(), "alerts", "%k|%s\\n");
        for (const QByteArray &line : keyed) {
            const QByteArray key = line.left(line.indexOf('|'));
            QVERIFY(line.contains("\"device_id\":\"" + key + "\""));
        }

        // Malformed messages: in the dead-letter topic with the original bytes and an error header.
        const QList<QByteArray> dead = kcatConsume(sandbox.bootstrap(), "e2e.dead-letter", "%s|%h\\n");
        QCOMPARE(dead.size(), 2);
        QSet<QByteArray> payloads;
        for (const QByteArray &line : dead) {
            payloads.insert(line.left(line.indexOf('|')));
            QVERIFY(line.contains("error=malformed JSON"));
            QVERIFY(line.contains("node-id=readings"));
            QVERIFY(line.contains("source-topic=readings"));
        }
        QCOMPARE(payloads, (QSet<QByteArray>{"this is not json", "{\"device_id\": "}));

        QFile statsFile(stats);
        QVERIFY(statsFile.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(statsFile.readAll()).object();
        QCOMPARE(s["conservation"].toObject()["balanced"].toBool(), true);
        const QJsonObject totals = s["totals"].toObject();
        QCOMPARE(totals["input"].toInt(), 3002);
        QCOMPARE(totals["output"].toInt(), int(want.size()));
        QCOMPARE(totals["deadLettered"].toInt(), 2);
        QCOMPARE(totals["filtered"].toInt(), 3000 - int(want.size()));
    }

    void sigkillMidStreamLosesNothing()
    {
        SandboxProcess sandbox({"--topic", "stream-in:3", "--topic", "stream-out:3"}); // highWatermarks() reads 3 partitions
        const std::string bootstrap = sandbox.bootstrap().toStdString();
        std::vector<std::string> input;
        for (int i = 0; i < 60000; ++i)
            input.push_back("{\"seq\":" + std::to_string(i) + "}");
        QVERIFY(kafkatesting::produceAll(bootstrap, "stream-in", input));

        const QStringList args{"run", dataFile("passthrough.pipeline.json"), "--bootstrap", sandbox.bootstrap(),
                               "--config", m_config, "--quiet"};
        // The runner to be killed reads ahead little, so it is surely mid-stream when
        // the kill comes (at full speed it finishes 60,000 messages in a blink;
        // librdkafka 2.0 fetches again only on its 1 s tick once this many wait).
        const QString slowConfig = m_dir.filePath("slow.properties");
        {
            QFile from(m_config), to(slowConfig);
            QVERIFY(from.open(QIODevice::ReadOnly) && to.open(QIODevice::WriteOnly));
            to.write(from.readAll() + "queued.min.messages=2000\n");
        }
        QStringList slowArgs = args;
        slowArgs[slowArgs.indexOf(m_config)] = slowConfig;
        {
            QProcess runner;
            runner.start(cliPath(), slowArgs);
            QVERIFY(runner.waitForStarted());
            // Kill as soon as output appears: mid-stream, with produces and commits in flight.
            QTRY_VERIFY_WITH_TIMEOUT(highWatermarks(bootstrap, "stream-out") > 0, 30000);
            ::kill(pid_t(runner.processId()), SIGKILL);
            QVERIFY(runner.waitForFinished(5000));
        }
        const std::int64_t afterKill = highWatermarks(bootstrap, "stream-out");
        QVERIFY2(afterKill < std::int64_t(input.size()), "the runner finished before it was killed");

        QProcess restarted;
        restarted.start(cliPath(), args);
        QVERIFY(restarted.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(highWatermarks(bootstrap, "stream-out") >= std::int64_t(input.size()), 120000);
        // Let the restarted runner finish what it has, then stop it gracefully.
        QTest::qWait(1000);
        restarted.terminate();
        QVERIFY(restarted.waitForFinished(30000));
        QCOMPARE(restarted.exitCode(), 0);

        std::multiset<std::string> got;
        for (const auto &m : kafkatesting::consumeAll(bootstrap, "stream-out", 30000))
            got.insert(m.value);
        const std::set<std::string> distinct(got.begin(), got.end());
        const std::set<std::string> want(input.begin(), input.end());
        QCOMPARE(distinct.size(), want.size());
        QVERIFY(distinct == want);
        qInfo("killed after %lld outputs; %zu duplicates after the restart (at-least-once)", (long long)afterKill,
              got.size() - distinct.size());
    }

    // Dead letters keep key, value, headers, partition and timestamp;
    // `replay --node` sends the chosen ones back to their source, once.
    void replaySendsDeadLettersBack()
    {
        if (!haveTool("kcat"))
            QSKIP("kcat is not installed");
        SandboxProcess sandbox({"--topic", "temperature-readings:3", "--topic", "iot.dead-letter:1"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        const std::string bootstrap = sandbox.bootstrap().toStdString();
        std::vector<kafkatesting::Produce> fine;
        for (int i = 0; i < 5; ++i)
            fine.push_back({"ok" + std::to_string(i), "{\"device_id\":\"d\",\"temperature\":70,\"ts\":1700000000000}"});
        for (int i = 0; i < 3; ++i)
            fine.push_back({"range" + std::to_string(i), "{\"device_id\":\"d\",\"temperature\":900,\"ts\":1700000000000}"});
        QVERIFY(kafkatesting::produceMessages(bootstrap, "temperature-readings", fine, 0));
        // Malformed, keyed, with a header of their own, into partition 1.
        int exitCode = -1;
        runTool("kcat", {"-P", "-b", sandbox.bootstrap(), "-t", "temperature-readings", "-p", "1", "-K", "#", "-H",
                         "trace=t1", "-z", "lz4"},
                "m0#{\"device_id\": \"x\", \"temp\nm1#{\"device_id\nm2#not json\nm3#{]\n", 30000, &exitCode);
        QCOMPARE(exitCode, 0);

        // The IoT example from the beginning of the topic.
        nlohmann::json graph = nlohmann::json::parse(
            std::ifstream(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json"));
        for (auto &node : graph["nodes"])
            if (node["kind"] == "kafka-source")
                node["parameters"]["startOffset"] = "earliest";
        const QString file = m_dir.filePath("iot.pipeline.json");
        std::ofstream(file.toStdString()) << graph.dump(2);
        runTool(cliPath(), {"run", file, "--bootstrap", sandbox.bootstrap(), "--config", m_config, "--max-messages", "12",
                            "--quiet"},
                {}, 120000, &exitCode);
        QCOMPARE(exitCode, 0);

        const auto letters = kafkatesting::consumeAll(bootstrap, "iot.dead-letter");
        QCOMPARE(int(letters.size()), 7); // 4 malformed at the source, 3 out of range at validation
        for (const auto &l : letters) {
            QVERIFY2(!l.key.empty(), l.value.c_str());
            QVERIFY(l.headers.count("error") && l.headers.count("source-partition") && l.headers.count("source-timestamp"));
            if (l.key[0] == 'm')
                QCOMPARE(l.headers.at("trace"), std::string("t1"));
        }

        QByteArray errors;
        QByteArray out = runTool(cliPath(), {"replay", "--from", "iot.dead-letter", "--node", "readings", "--dry-run",
                                             "--bootstrap", sandbox.bootstrap()},
                                 {}, 60000, &exitCode, &errors);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.startsWith("would replay 4 of 7 dead letter(s) from iot.dead-letter; temperature-readings: 4\n"),
                 out.constData());
        out = runTool(cliPath(), {"replay", "--from", "iot.dead-letter", "--node", "readings", "--bootstrap",
                                  sandbox.bootstrap()},
                      {}, 60000, &exitCode, &errors);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.startsWith("replayed 4 of 7 dead letter(s) from iot.dead-letter; temperature-readings: 4\n"),
                 out.constData() + errors);
        QVERIFY2(out.contains("3 not matching the filters"), out.constData());

        // Back in partition 1 with their key, value and own header, without the reason headers.
        std::map<std::string, std::vector<kafkatesting::Message>> byKey;
        for (auto &m : kafkatesting::consumeAll(bootstrap, "temperature-readings"))
            byKey[m.key].push_back(m);
        for (const char *key : {"m0", "m1", "m2", "m3"}) {
            const auto &copies = byKey[key];
            QCOMPARE(int(copies.size()), 2);
            QCOMPARE(copies[1].partition, 1);
            QCOMPARE(copies[1].value, copies[0].value);
            QCOMPARE(copies[1].headers, (std::map<std::string, std::string>{{"trace", "t1"}}));
        }
        // The group kept the progress: a second replay has nothing to send.
        out = runTool(cliPath(), {"replay", "--from", "iot.dead-letter", "--node", "readings", "--bootstrap",
                                  sandbox.bootstrap()},
                      {}, 60000, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.startsWith("replayed 0 of 0 dead letter(s)"), out.constData());
    }

    void usageAndCannotRunExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no cluster choice") << QStringList{"run", dataFile("passthrough.pipeline.json")} << 2;
        QTest::newRow("both cluster choices")
            << QStringList{"run", dataFile("passthrough.pipeline.json"), "--sandbox", "--bootstrap", "x:1"} << 2;
        QTest::newRow("missing file") << QStringList{"run", "/nonexistent.pipeline.json", "--sandbox"} << 1;
        QTest::newRow("missing config") << QStringList{"run", dataFile("passthrough.pipeline.json"), "--sandbox",
                                                       "--config", "/nonexistent.properties"}
                                        << 1;
        QTest::newRow("config without bootstrap.servers")
            << QStringList{"run", dataFile("passthrough.pipeline.json"), "--config", m_config} << 2;
        QTest::newRow("budget not a number")
            << QStringList{"run", dataFile("passthrough.pipeline.json"), "--sandbox", "--budget", "lots"} << 2;
        QTest::newRow("unknown budget action")
            << QStringList{"run", dataFile("passthrough.pipeline.json"), "--sandbox", "--budget-action", "panic"} << 2;
        QTest::newRow("missing endpoint profiles") << QStringList{"run", dataFile("passthrough.pipeline.json"), "--sandbox",
                                                                  "--llm-endpoints", "/nonexistent.json"}
                                                   << 1;
        QTest::newRow("endpoint profiles not an array")
            << QStringList{"run", dataFile("passthrough.pipeline.json"), "--sandbox", "--llm-endpoints", m_config} << 1;
    }

    void progressLineOnATerminal()
    {
        // On a terminal, run redraws one progress line in place (\r + erase line),
        // then prints the summary; piped (every other test here) it prints no such line.
        QVERIFY2(haveTool("script"), "script (util-linux) gives the CLI a pseudo-terminal");
        SandboxProcess sandbox({"--topic", "stream-in:3"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        QByteArray lines;
        for (int i = 0; i < 200; ++i)
            lines += "{\"n\":" + QByteArray::number(i) + "}\n";
        QVERIFY(kcatProduce(sandbox.bootstrap(), "stream-in", lines));
        const QString command = QStringList{cliPath(), "run", dataFile("passthrough.pipeline.json"), "--bootstrap",
                                            sandbox.bootstrap(), "--config", m_config, "--max-messages", "200"}
                                    .join(' ');
        int code = -1;
        const QByteArray out = runTool("script", {"-qfec", command, "/dev/null"}, {}, 60000, &code);
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("\r\033[K[running]"), out.constData());
        QVERIFY2(out.contains("in flight"), out.constData());
        QVERIFY2(out.contains("200"), out.constData());
        // Without a terminal: the same run prints no progress line.
        const QByteArray piped = runTool(cliPath(), {"run", dataFile("passthrough.pipeline.json"), "--bootstrap",
                                                     sandbox.bootstrap(), "--config", m_config, "--duration", "1"},
                                         {}, 60000, &code);
        QVERIFY2(!piped.contains("\033[K"), piped.constData());
    }

    void bootstrapFromClientProperties()
    {
        // A client.properties written for other Kafka tools names the cluster itself.
        SandboxProcess sandbox({"--topic", "stream-in:3"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        const QString config = m_dir.filePath("with-bootstrap.properties");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("bootstrap.servers=" + sandbox.bootstrap().toUtf8() + "\nsession.timeout.ms=6000\n");
        f.close();
        int code = -1;
        const QByteArray out = runTool(cliPath(), {"run", dataFile("passthrough.pipeline.json"), "--config", config,
                                                   "--duration", "2", "--quiet", "--stats-json",
                                                   m_dir.filePath("bootstrap-stats.json")},
                                       {}, 30000, &code);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(QFile::exists(m_dir.filePath("bootstrap-stats.json")));
    }
    void usageAndCannotRunExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        int code = -1;
        runTool(cliPath(), args, {}, 20000, &code);
        QCOMPARE(code, exitCode);
    }
};

QTEST_GUILESS_MAIN(TstE2eRun)
#include "tst_e2e_run.moc"
