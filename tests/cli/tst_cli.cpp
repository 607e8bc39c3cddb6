// The built pipewright-cli as users run it: validate's output lines and exit
// codes, format's canonical rewrite, --help and --version.

#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("PIPEWRIGHT_CLI"), args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeFile(const QString &path, const std::string &text)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

QStringList examples()
{
    QStringList out;
    for (const auto &entry : fs::directory_iterator(PIPEWRIGHT_SOURCE_DIR "/resources/examples"))
        if (entry.path().string().ends_with(".pipeline.json"))
            out << QString::fromStdString(entry.path().string());
    out.sort();
    return out;
}

const QString iotExample = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("PIPEWRIGHT_CLI")).isExecutable(),
                 "set PIPEWRIGHT_CLI to the pipewright-cli binary (ctest does)");
        QCOMPARE(examples().size(), 8);
    }

    void validateExample_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : examples())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void validateExample()
    {
        QFETCH(QString, path);
        const Run run = runCli({"validate", path});
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

    void validateAllExamplesAtOnce()
    {
        const Run run = runCli(QStringList{"validate"} + examples());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
    }

    void validateReportsSyntaxErrorWithLocation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.pipeline.json");
        writeFile(path, "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": 1,\n}\n");
        const Run run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, path + ":3:15: error: trailing comma before '}' (JSON does not allow trailing commas)\n");
    }

    void validateReportsGraphErrorsPerNode()
    {
        // The IoT example with a broken route condition and a sink without its topic.
        std::string text = readFile(iotExample);
        auto replace = [&text](const std::string &from, const std::string &to) {
            const auto at = text.find(from);
            QVERIFY(at != std::string::npos);
            text.replace(at, from.size(), to);
        };
        replace("\"temperature > 100 OR temperature < 40\"", "\"temperature > 100 OR\"");
        replace("\"topic\": \"TempRangeAlert\"", "\"topic\": \"\"");
        QTemporaryDir dir;
        const QString path = dir.filePath("iot.pipeline.json");
        writeFile(path, text);

        const Run run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(run.out));
        bool sawSink = false;
        bool sawCondition = false;
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(path + ": "), qPrintable(line));
            sawSink = sawSink || line.startsWith(path + ": temp-range-alert.topic: error: ");
            // file: node.parameter:line:column: inside the expression text.
            sawCondition = sawCondition || line.startsWith(path + ": thresholds.routes[0].condition:1:21: error: ");
        }
        QVERIFY2(sawSink, qPrintable(run.out));
        QVERIFY2(sawCondition, qPrintable(run.out));
    }

    void validateKeepsGoingAfterABadFile()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("truncated.pipeline.json");
        writeFile(broken, readFile(iotExample).substr(0, 200));
        const QString missing = dir.filePath("missing.pipeline.json");
        const Run run = runCli({"validate", broken, iotExample, missing});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(broken + ":"), qPrintable(lines[0]));
        QVERIFY(lines[0].contains("unexpected end of file"));
        QCOMPARE(lines[1], missing + ": error: cannot open: No such file or directory");
    }

    void validateWarningsDoNotFail()
    {
        std::string text = readFile(iotExample);
        const auto at = text.find("\"topic\": \"TempRangeAlert\"");
        QVERIFY(at != std::string::npos);
        text.insert(at, "\"colour\": \"red\",\n        ");
        QTemporaryDir dir;
        const QString path = dir.filePath("warn.pipeline.json");
        writeFile(path, text);
        const Run run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(path + ": temp-range-alert.colour: warning: "), qPrintable(run.out));
        QCOMPARE(runCli({"validate", "--quiet", path}).out, QString());
        QCOMPARE(runCli({"validate", "--werror", path}).exitCode, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("validate without files") << QStringList{"validate"} << 2;
        QTest::newRow("validate unknown option") << QStringList{"validate", "--frobnicate", iotExample} << 2;
        QTest::newRow("format without files") << QStringList{"format"} << 2;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("validate --help") << QStringList{"validate", "--help"} << 0;
        QTest::newRow("format --help") << QStringList{"format", "--help"} << 0;
        QTest::newRow("--help") << QStringList{"--help"} << 0;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY2(!run.err.isEmpty() || run.out.contains("Usage:"), qPrintable(run.out));
        else
            QVERIFY(run.out.contains("Usage: pipewright-cli"));
    }

    void helpListsCommandsAndVersion()
    {
        const Run help = runCli({"--help"});
        QVERIFY(help.out.contains("  validate "));
        QVERIFY(help.out.contains("  format "));
        const Run version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("pipewright-cli " PIPEWRIGHT_VERSION "\n"));
    }

    void formatCheckAcceptsExamples()
    {
        const Run run = runCli(QStringList{"format", "--check"} + examples());
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

    void formatRewritesCanonically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("hand.pipeline.json");
        const std::string hand = R"({"version": 1, "format": "pipewright-pipeline", "name": "hand",
            "nodes": [{"id": "b", "kind": "kafka-sink", "position": {"x": 300.4, "y": 0}, "parameters": {"topic": "out"}},
                      {"id": "a", "kind": "sample-source", "position": {"x": 0, "y": 0}}],
            "edges": [{"id": "a:out->b:in", "from": {"node": "a", "port": "out"}, "to": {"node": "b", "port": "in"}}]})";
        writeFile(path, hand);

        Run check = runCli({"format", "--check", path});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.out, path + ": not in canonical form (run pipewright-cli format)\n");
        QCOMPARE(readFile(path), hand); // --check changes nothing

        QCOMPARE(runCli({"format", path}).exitCode, 0);
        const std::string formatted = readFile(path);
        const pipeline::LoadResult loaded = pipeline::readPipelineText(formatted, "formatted");
        QVERIFY(loaded.ok());
        QCOMPARE(formatted, pipeline::writePipelineText(*loaded.graph));
        QVERIFY(formatted.find("\"x\": 300,") != std::string::npos);
        QCOMPARE(runCli({"format", "--check", path}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
