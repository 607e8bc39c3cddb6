#include "e2ehelpers.h"

#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <QRegularExpression>
#include <QTest>

using namespace e2e;

// `pipewright-cli sandbox` serves the real Kafka protocol to external clients.
class TstE2eSandbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(haveTool("kcat"), "kcat is required (scripts/install-deps.sh installs it)");
    }

    void printsBootstrapAndServesKcat_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("partitions");
        QTest::newRow("one broker, auto-created topic") << QStringList{} << -1;
        QTest::newRow("three brokers, declared topic") << QStringList{"--brokers", "3", "--topic", "readings:3"} << 3;
    }
    void printsBootstrapAndServesKcat()
    {
        QFETCH(QStringList, args);
        QFETCH(int, partitions);
        SandboxProcess sandbox(args);
        QVERIFY2(QRegularExpression("^(127\\.0\\.0\\.1|localhost):\\d+(,(127\\.0\\.0\\.1|localhost):\\d+)*$")
                     .match(sandbox.bootstrap()).hasMatch(),
                 qPrintable("first line: " + sandbox.bootstrap()));
        const int brokers = args.contains("--brokers") ? args.at(args.indexOf("--brokers") + 1).toInt() : 1;
        QCOMPARE(sandbox.bootstrap().split(',').size(), brokers);

        QByteArray input;
        for (int i = 0; i < 50; ++i)
            input += QByteArray("{\"n\":") + QByteArray::number(i) + "}\n";
        QVERIFY(kcatProduce(sandbox.bootstrap(), "readings", input));
        QList<QByteArray> got = kcatConsume(sandbox.bootstrap(), "readings");
        QCOMPARE(got.size(), 50);
        std::sort(got.begin(), got.end());
        QList<QByteArray> expected = input.split('\n');
        expected.removeLast();
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);

        std::string error;
        auto topics = pipeline::runtime::listTopics(sandbox.bootstrap().toStdString(), {}, &error);
        QVERIFY2(error.empty(), error.c_str());
        auto it = std::find_if(topics.begin(), topics.end(), [](const auto &t) { return t.name == "readings"; });
        QVERIFY(it != topics.end());
        if (partitions > 0)
            QCOMPARE(it->partitions, partitions);

        QCOMPARE(sandbox.stop(), 0); // SIGTERM is a normal stop
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("brokers not a number") << QStringList{"sandbox", "--brokers", "many"};
        QTest::newRow("bad partitions") << QStringList{"sandbox", "--topic", "t:zero"};
        QTest::newRow("unknown option") << QStringList{"sandbox", "--frobnicate"};
    }
    void rejectsBadArguments()
    {
        QFETCH(QStringList, args);
        int code = -1;
        QByteArray errors;
        runTool(cliPath(), args, {}, 10000, &code, &errors);
        QCOMPARE(code, 2);
        QVERIFY(errors.contains("pipewright-cli sandbox:"));
    }

    void inProcessClusterBrokerDownUp()
    {
        std::string error;
        auto sandbox = pipeline::runtime::SandboxCluster::start(2, &error);
        QVERIFY2(sandbox, error.c_str());
        QVERIFY(sandbox->createTopic("t", 2, &error));
        QVERIFY(!sandbox->createTopic("", 2, &error));
        QVERIFY(!error.empty());
        QVERIFY(sandbox->setBrokerDown(2, &error));
        QVERIFY(sandbox->setBrokerUp(2, &error));
        QVERIFY(!sandbox->setBrokerDown(7, &error)); // no such broker: an error value, not a crash
        auto topics = sandbox->topics(&error);
        QCOMPARE(topics.size(), size_t(1));
        QCOMPARE(topics.front().name, std::string("t"));
        QCOMPARE(topics.front().partitions, 2);
    }
};

QTEST_GUILESS_MAIN(TstE2eSandbox)
#include "tst_e2e_sandbox.moc"
