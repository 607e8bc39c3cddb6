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

    void profilesFileAndPipedProgress()
    {
        // The same profile file `run` reads; --profile picks one of them.
        m_server.addRule({.pattern = "from a profile", .reply = iotAnswer().dump()});
        m_server.setContextLimit(8192);
        m_server.setServerInfo(MockServerInfo::LlamaCpp);
        m_server.setStreamChunkDelay(1);
        const QString endpoints = m_dir.filePath(QStringLiteral("endpoints.json"));
        {
            QFile file(endpoints);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json::array({{{"name", "cloud"}, {"baseUrl", "http://127.0.0.1:9/v1"}, {"model", "big"}},
                                    {{"name", "laptop"}, {"baseUrl", m_server.baseUrl()}, {"model", "small-model"}}})
                           .dump()
                           .c_str());
        }
        const Run run = cli({QStringLiteral("from a profile: temperature alerts"), QStringLiteral("--llm-endpoints"),
                             endpoints, QStringLiteral("--profile"), QStringLiteral("laptop")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readPipelineText(run.out.toStdString()).ok());
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(1));
        QCOMPARE(requests[0].body["model"], "small-model");
        QCOMPARE(requests[0].body["stream"], true);
        QVERIFY(!m_server.infoRequests().empty()); // the context was asked for
        // Piped: the stage lines only, no progress line rewriting itself.
        QVERIFY(run.err.contains(QStringLiteral("asking the model")));
        QVERIFY(!run.err.contains(QLatin1Char('\r')));
        QVERIFY(!run.err.contains(QStringLiteral("tokens received")));

        const Run unknown = cli({QStringLiteral("x"), QStringLiteral("--llm-endpoints"), endpoints,
                                 QStringLiteral("--profile"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("has no profile \"nope\" (it has: cloud, laptop)")), qPrintable(unknown.err));
        const Run several = cli({QStringLiteral("x"), QStringLiteral("--llm-endpoints"), endpoints});
        QCOMPARE(several.exitCode, 1);
        QVERIFY(several.err.contains(QStringLiteral("choose one with --profile")));
        QCOMPARE(m_server.requests().size(), size_t(1)); // neither asked the model

        // Too small a context: refused before sending, both sizes named, no file.
        m_server.setContextLimit(1500);
        const QString out = m_dir.filePath(QStringLiteral("never.pipeline.json"));
        const Run tooSmall = cli({QStringLiteral("from a profile again"), QStringLiteral("--llm-endpoints"), endpoints,
                                  QStringLiteral("--profile"), QStringLiteral("laptop"), QStringLiteral("-o"), out});
        QCOMPARE(tooSmall.exitCode, 1);
        QVERIFY2(tooSmall.err.contains(QStringLiteral("context of 1500 tokens")), qPrintable(tooSmall.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(m_server.requests().size(), size_t(1));
        m_server.setContextLimit(0);
        m_server.setServerInfo(MockServerInfo::None);
        m_server.setStreamChunkDelay(0);
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
