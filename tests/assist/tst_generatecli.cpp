// pipewright-cli generate as users run it, against the mock OpenAI server:
// the validated pipeline on stdout or in a file, --edit with the diff on
// stderr, --explain, diagnostics and exit 1 for answers that never validate,
// exit 2 for bad usage.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "assisttesting.h"
#include "mockllmserver.h"

#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace pipeline;
using namespace pipewright::testsupport;
using namespace assisttest;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

class TestGenerateCli : public QObject {
    Q_OBJECT

private:
    MockLlmServer m_server;
    QTemporaryDir m_dir;

    Run cli(QStringList args)
    {
        args.prepend(QStringLiteral("generate"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        env.insert(QStringLiteral("OPENAI_BASE_URL"), QString::fromStdString(m_server.baseUrl()));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("PIPEWRIGHT_CLI"), args);
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        std::string error;
        QVERIFY2(m_server.start(0, &error), error.c_str());
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("PIPEWRIGHT_CLI"));
    }

    void init()
    {
        m_server.clearRules();
        m_server.clearRequests();
    }

    void generatesToStdout()
    {
        m_server.addRule({.pattern = "temperature readings", .reply = "```json\n" + iotAnswer().dump() + "\n```"});
        const Run run = cli({QStringLiteral("Consume the temperature readings and alert on extremes"),
                             QStringLiteral("--model"), QStringLiteral("cli-model")});
        QCOMPARE(run.exitCode, 0);
        const LoadResult loaded = readPipelineText(run.out.toStdString());
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        QCOMPARE(run.out.toStdString(), writePipelineText(*loaded.graph)); // canonical
        QCOMPARE(loaded.graph->nodes().size(), size_t(5));
        QVERIFY(run.err.contains(QStringLiteral("asking the model")));
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(1));
        QCOMPARE(requests[0].body["model"], "cli-model");
        QVERIFY(requests[0].header("authorization").empty()); // no key configured, none sent
    }

    void writesFileWithEndpointAndKey()
    {
        m_server.addRule({.pattern = "into a file", .reply = iotAnswer().dump()});
        const QString out = m_dir.filePath(QStringLiteral("generated.pipeline.json"));
        qputenv("PIPEWRIGHT_TEST_ASSIST_KEY", "sk-cli-test");
        const Run run = cli({QStringLiteral("into a file please"), QStringLiteral("-o"), out, QStringLiteral("--endpoint"),
                             QString::fromStdString(m_server.baseUrl()), QStringLiteral("--api-key-env"),
                             QStringLiteral("PIPEWRIGHT_TEST_ASSIST_KEY"), QStringLiteral("-q")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
        QVERIFY(readPipelineFile(out.toStdString()).ok());
        QCOMPARE(m_server.requests()[0].header("authorization"), "Bearer sk-cli-test");
    }

    void editPrintsDiff()
    {
        const QString file = m_dir.filePath(QStringLiteral("edit.pipeline.json"));
        QVERIFY(writePipelineFileAtomically(file.toStdString(), graphOf(iotAnswer())).ok);
        json changed = iotAnswer();
        changed["nodes"].push_back({{"id", "archive"}, {"kind", "kafka-sink"}, {"label", "Archive"},
                                    {"parameters", {{"topic", "readings.archive"}}}});
        changed["edges"].push_back(edge("range", "else", "archive"));
        m_server.addRule({.pattern = "archive the rest", .reply = changed.dump()});
        const Run run = cli({QStringLiteral("archive the rest"), QStringLiteral("--edit"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("changes: 1 node added (archive), 1 edge added")), qPrintable(run.err));
        QVERIFY(readPipelineText(run.out.toStdString()).graph->node("archive"));
        QVERIFY(QString::fromStdString(m_server.requests()[0].body["messages"][1]["content"])
                    .contains(QStringLiteral("\"TempRangeAlert\"")));
    }

    void explain()
    {
        const QString file = m_dir.filePath(QStringLiteral("explain.pipeline.json"));
        QVERIFY(writePipelineFileAtomically(file.toStdString(), graphOf(iotAnswer())).ok);
        m_server.addRule({.pattern = "Explain this pipeline", .reply = "It alerts on extreme temperatures."});
        const Run run = cli({QStringLiteral("--explain"), file, QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("It alerts on extreme temperatures.\n"));
    }

    void neverValidExitsOne()
    {
        json bad = iotAnswer();
        nodeOf(bad, "range")["kind"] = "teleport";
        m_server.addRule({.pattern = "impossible", .reply = bad.dump()});
        const QString out = m_dir.filePath(QStringLiteral("never.pipeline.json"));
        const Run run = cli({QStringLiteral("impossible pipeline"), QStringLiteral("--rounds"), QStringLiteral("1"),
                             QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("range: error: unknown node kind \"teleport\"")));
        QVERIFY(run.err.contains(QStringLiteral("after 1 repair round")));
        QVERIFY(run.err.contains(QStringLiteral("The model's last answer:")));
        QVERIFY(run.err.contains(QStringLiteral("teleport")));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(m_server.requests().size(), size_t(2));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no description") << QStringList{};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("x"), QStringLiteral("--frobnicate")};
        QTest::newRow("two descriptions") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("bad rounds") << QStringList{QStringLiteral("a"), QStringLiteral("--rounds"), QStringLiteral("x")};
        QTest::newRow("edit and explain") << QStringList{QStringLiteral("a"), QStringLiteral("--edit"), QStringLiteral("f"),
                                                         QStringLiteral("--explain"), QStringLiteral("g")};
        QTest::newRow("bootstrap and sandbox") << QStringList{QStringLiteral("a"), QStringLiteral("--bootstrap"),
                                                              QStringLiteral("h:1"), QStringLiteral("--sandbox")};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(m_server.requestCount(), size_t(0));
    }

    void help()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--edit FILE")));
        QVERIFY(run.out.contains(QStringLiteral("--bootstrap HOST:PORT")));
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generatecli.moc"
