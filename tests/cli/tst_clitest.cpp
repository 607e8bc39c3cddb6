// `pipewright-cli test` as users and CI run it: every example's tests pass, a
// broken expression in a copy of an example fails the right case with a diff
// naming the node and the field, JUnit XML, -k, --update, missing fixtures and
// exit codes.
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

const QString examplesDir = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples");

QStringList examplePipelines()
{
    QStringList out;
    for (const auto &entry : fs::directory_iterator(examplesDir.toStdString()))
        if (entry.path().string().ends_with(".pipeline.json"))
            out << QString::fromStdString(entry.path().string());
    out.sort();
    return out;
}

// A copy of an example (pipeline and tests) in `dir`, with `from` replaced by `to`
// in the pipeline file.
QString copyExample(const QTemporaryDir &dir, const QString &name, const std::string &from = {},
                    const std::string &to = {})
{
    std::string pipeline = readFile(examplesDir + "/" + name + ".pipeline.json");
    if (!from.empty()) {
        const auto at = pipeline.find(from);
        if (at == std::string::npos)
            qFatal("'%s' not in %s", from.c_str(), qPrintable(name));
        pipeline.replace(at, from.size(), to);
    }
    writeFile(dir.filePath(name + ".pipeline.json"), pipeline);
    writeFile(dir.filePath(name + ".tests.json"), readFile(examplesDir + "/" + name + ".tests.json"));
    return dir.filePath(name + ".pipeline.json");
}

} // namespace

class tst_CliTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("PIPEWRIGHT_CLI")).isExecutable(),
                 "set PIPEWRIGHT_CLI to the pipewright-cli binary (ctest does)");
    }

    void everyExampleHasPassingTests_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : examplePipelines())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void everyExampleHasPassingTests()
    {
        QFETCH(QString, path);
        const Run run = runCli({"test", path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains("  PASS  "), qPrintable(run.out));
        QVERIFY2(!run.out.contains("FAIL"), qPrintable(run.out));
    }

    // The acceptance check of the issue: break an expression in a copy of an
    // example, and the case that covers it fails with the node and the field.
    void brokenExpressionFailsTheRightCase_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("failingCases");
        QTest::addColumn<QString>("diff");
        QTest::newRow("alert direction")
            << "iot-temperature-alerts" << "CASE WHEN temperature > 100" << "CASE WHEN temperature > 1000"
            << QStringList{"boundaries 32 and 132 are valid readings", "alerts carry the direction of the excursion"}
            << R"(sink temp-range-alert: record 2: field alert: expected "ABOVE_MAX", got "BELOW_MIN")";
        QTest::newRow("range upper bound")
            << "iot-temperature-alerts" << "temperature BETWEEN 32 AND 132" << "temperature BETWEEN 32 AND 131"
            << QStringList{"boundaries 32 and 132 are valid readings"} << "sink temp-range-alert: record 2: missing, expected";
        QTest::newRow("payment filter")
            << "customer-payments-aggregate" << "amount > 0 AND" << "amount >= 0 AND"
            << QStringList{"refunds and anonymous payments are filtered out"}
            << "port settled.out: count: expected 1 records, got 2";
        QTest::newRow("mask keeps fewer digits")
            << "pii-anonymize" << "\"keep\": 4" << "\"keep\": 3"
            << QStringList{"personal fields are masked, the rest passes unchanged",
                           "equal ids hash to equal values, so joins on the masked id still work"}
            << R"(sink anonymized: record 1: field phone: expected "************0958", got "*************958")";
    }
    void brokenExpressionFailsTheRightCase()
    {
        QFETCH(QString, example);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, failingCases);
        QFETCH(QString, diff);
        QTemporaryDir dir;
        const QString pipeline = copyExample(dir, example, from.toStdString(), to.toStdString());
        const Run run = runCli({"test", pipeline});
        QCOMPARE(run.exitCode, 1);
        for (const QString &failing : failingCases)
            QVERIFY2(run.out.contains("  FAIL  " + failing + " ("), qPrintable(run.out));
        QVERIFY2(run.out.contains("        " + diff), qPrintable(run.out));
        // Only the cases that cover the change fail.
        QCOMPARE(run.out.count("  FAIL  "), failingCases.size());
    }

    void junitReport()
    {
        QTemporaryDir dir;
        const QString broken = copyExample(dir, "iot-temperature-alerts", "CASE WHEN temperature > 100",
                                           "CASE WHEN temperature > 1000");
        const QString report = dir.filePath("report.xml");
        const Run run = runCli({"test", "--junit", report, broken, examplesDir + "/pii-anonymize.pipeline.json"});
        QCOMPARE(run.exitCode, 1);
        const QString xml = QString::fromStdString(readFile(report));
        QVERIFY2(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pipewright\" tests=\"5\" failures=\"2\" errors=\"0\""),
                 qPrintable(xml));
        QVERIFY2(xml.contains("<testsuite name=\"iot-temperature-alerts\""), qPrintable(xml));
        QVERIFY2(xml.contains("<testsuite name=\"pii-anonymize\""), qPrintable(xml));
        QVERIFY2(xml.contains("<testcase name=\"boundaries 32 and 132 are valid readings\" classname=\"iot-temperature-alerts\""),
                 qPrintable(xml));
        QVERIFY2(xml.contains("<failure message=\"sink temp-range-alert: record 2: field alert: expected &quot;ABOVE_MAX&quot;, got &quot;BELOW_MIN&quot;\" type=\"expectation\">"),
                 qPrintable(xml));
        QCOMPARE(xml.count("<failure "), 2);
        QVERIFY(QXmlStreamReader(xml).readNextStartElement());
    }

    void selectCasesWithK()
    {
        const QString iot = examplesDir + "/iot-temperature-alerts.pipeline.json";
        Run run = runCli({"test", "-k", "DEAD-LETTER", iot});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count("  PASS  "), 1);
        QVERIFY2(run.out.contains("1 case: 1 passed, 0 failed, 2 not selected by -k"), qPrintable(run.out));
        run = runCli({"test", "-k", "*boundaries*", iot});
        QCOMPARE(run.out.count("  PASS  "), 1);
        run = runCli({"test", "-k", "no such case", iot});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count("PASS"), 0);
    }

    // --update writes what the run produced; the test passes afterwards and a
    // second update changes nothing.
    void updateWritesActualOutputs()
    {
        QTemporaryDir dir;
        const QString pipeline = copyExample(dir, "iot-temperature-alerts", "CASE WHEN temperature > 100",
                                             "CASE WHEN temperature > 1000");
        const QString tests = dir.filePath("iot-temperature-alerts.tests.json");
        const std::string before = readFile(tests);
        Run run = runCli({"test", "--update", pipeline});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("updated " + tests + " (2 cases changed)"), qPrintable(run.out));
        const std::string after = readFile(tests);
        QVERIFY(after != before);
        QVERIFY(after.find("\"alert\": \"ABOVE_MAX\",\n              \"device_id\": \"d-2\"") == std::string::npos);
        run = runCli({"test", pipeline});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        runCli({"test", "--update", pipeline});
        QCOMPARE(readFile(tests), after);
    }

    void testFileNamedDirectly()
    {
        const Run run = runCli({"test", examplesDir + "/readings-to-database.tests.json"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        QVERIFY(run.out.contains("PASS  valid readings are stored"));
    }

    void problemsAreReported_data()
    {
        QTest::addColumn<QString>("testsText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown node")
            << R"({"formatVersion": 1, "cases": [
  {"name": "a", "inputs": {"reading": [{"value": {"temperature": 50}}]}, "expect": [{"node": "temperature-ok", "count": 1}]}]})"
            << ":2:28: error: inputs name node 'reading', which the pipeline does not have (sources: readings) (test case 'a')";
        QTest::newRow("unknown port")
            << R"({"formatVersion": 1, "cases": [
  {"name": "a", "expect": [
    {"node": "thresholds", "port": "alarm", "count": 1}]}]})"
            << ":3:5: error: node 'thresholds' has no output port 'alarm' (its ports: alert, else) (test case 'a')";
        QTest::newRow("malformed")
            << "{\"formatVersion\": 1, \"cases\": [\n  {\"name\": \"a\",}\n]}" << ":2:16: error: unexpected '}'";
    }
    void problemsAreReported()
    {
        QFETCH(QString, testsText);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString pipeline = copyExample(dir, "iot-temperature-alerts");
        writeFile(dir.filePath("iot-temperature-alerts.tests.json"), testsText.toStdString());
        const Run run = runCli({"test", pipeline});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(dir.filePath("iot-temperature-alerts.tests.json") + expected), qPrintable(run.out));
        QVERIFY2(run.out.contains("file invalid"), qPrintable(run.out));
    }

    // An LLM step without a fixture: the case fails naming the node and the prompt.
    void missingFixtureNamesNodeAndPrompt()
    {
        QTemporaryDir dir;
        const QString pipeline = copyExample(dir, "event-llm-insights");
        const std::string tests = readFile(dir.filePath("event-llm-insights.tests.json"));
        std::string broken = tests;
        const std::string fixture = "\"prompt\": \"INV-204\"";
        broken.replace(broken.find(fixture), fixture.size(), "\"prompt\": \"INV-999\"");
        writeFile(dir.filePath("event-llm-insights.tests.json"), broken);
        const Run run = runCli({"test", pipeline});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("error: node 'analyse': no LLM fixture answers the prompt \"You are a real-time business analyst."),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains("Invoice INV-204 for ACME is 45 days overdue"), qPrintable(run.out));
        QVERIFY2(run.out.contains("error: LLM fixture 1 for node 'analyse' (prompt contains \"INV-999\") answered no call"),
                 qPrintable(run.out));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({"test"}).exitCode, 2);
        QCOMPARE(runCli({"test", "--junit"}).exitCode, 2);
        QCOMPARE(runCli({"test", "--frobnicate", examplesDir + "/pii-anonymize.pipeline.json"}).exitCode, 2);
        const Run missing = runCli({"test", "/nonexistent/x.pipeline.json"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.out.contains("no test file for /nonexistent/x.pipeline.json"), qPrintable(missing.out));
    }
};

QTEST_GUILESS_MAIN(tst_CliTest)
#include "tst_clitest.moc"
