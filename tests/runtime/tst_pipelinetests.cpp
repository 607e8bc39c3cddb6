#include "pipeline/core/catalog.h"
#include "pipeline/runtime/testing/expectationcheck.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/runtime/testing/pipelinetestswriter.h"
#include "pipeline/serialization/pipelinereader.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace pipeline;
using namespace pipeline::runtime;
using nlohmann::json;

namespace {

std::string examplePath(const std::string &name)
{
    return std::string(PIPEWRIGHT_SOURCE_DIR) + "/resources/examples/" + name;
}

Graph loadExample(const std::string &name)
{
    LoadResult loaded = readPipelineFile(examplePath(name + ".pipeline.json"));
    if (!loaded.ok())
        qFatal("%s", loaded.errorText().c_str());
    return *loaded.graph;
}

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A minimal valid test file around one case body.
std::string fileWithCase(const std::string &caseBody)
{
    return "{\n  \"formatVersion\": 1,\n  \"cases\": [\n    " + caseBody + "\n  ]\n}\n";
}

std::string allMessages(const Diagnostics &diagnostics)
{
    std::string out;
    for (const auto &d : diagnostics)
        out += formatFileDiagnostic("t.tests.json", d) + " [" + d.nodeId + "]\n";
    return out;
}

std::string failureText(const TestCaseResult &r)
{
    std::string out = r.name + (r.passed ? " passed" : " failed") + "\n";
    for (const auto &e : r.errors)
        out += "  error: " + e.message + "\n";
    for (const auto &x : r.expectations)
        for (const auto &f : x.failures)
            out += "  " + x.target + ": " + f + "\n";
    return out;
}

} // namespace

// The test file format (parsing, located errors, canonical writing) and the
// runner on the IoT example: boundaries, dead letters, port expectations,
// readable diffs, fixtures.
class TstPipelineTests : public QObject {
    Q_OBJECT

private slots:
    void malformedFilesGiveLocatedErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QString("{\n  \"formatVersion\": 1,\n  \"cases\": [,]\n}\n") << 3 << QString("unexpected");
        QTest::newRow("truncated") << QString("{\n  \"formatVersion\": 1,\n  \"cases\": [") << 3
                                   << QString("unexpected end of file");
        QTest::newRow("unknown field")
            << QString::fromStdString(fileWithCase(R"({"name": "a", "expected": [], "expect": []})")) << 4
            << QString("unknown field 'expected'");
        QTest::newRow("no name") << QString::fromStdString(fileWithCase(R"({"expect": []})")) << 4
                                 << QString("needs a \"name\"");
        QTest::newRow("no expect") << QString::fromStdString(fileWithCase(R"({"name": "a"})")) << 4
                                   << QString("needs \"expect\"");
        QTest::newRow("record without value")
            << QString::fromStdString(fileWithCase(R"({"name": "a", "inputs": {"readings": [{"temperature": 3}]}, "expect": []})"))
            << 4 << QString("\"value\"");
        QTest::newRow("checks nothing")
            << QString::fromStdString(fileWithCase(R"({"name": "a", "expect": [{"node": "temperature-ok"}]})")) << 4
            << QString("checks nothing");
        QTest::newRow("bad match")
            << QString::fromStdString(fileWithCase(R"({"name": "a", "expect": [{"node": "x", "count": 1, "match": "fuzzy"}]})"))
            << 4 << QString("\"exact\" or \"subset\"");
        QTest::newRow("fixture without answer")
            << QString::fromStdString(fileWithCase(R"({"name": "a", "llm": [{"node": "analyse"}], "expect": []})")) << 4
            << QString("either \"answer\" or \"fail\"");
        QTest::newRow("duplicate case")
            << QString("{\"formatVersion\": 1, \"cases\": [\n{\"name\": \"a\", \"expect\": []},\n{\"name\": \"a\", \"expect\": []}]}")
            << 3 << QString("second test case is named 'a'");
        QTest::newRow("newer version") << QString("{\"formatVersion\": 7, \"cases\": []}") << 1
                                       << QString("version 7 is not supported");
        QTest::newRow("missing input file")
            << QString::fromStdString(fileWithCase(R"({"name": "a", "inputs": {"readings": {"file": "nope.jsonl"}}, "expect": []})"))
            << 4 << QString("cannot read input file 'nope.jsonl'");
    }
    void malformedFilesGiveLocatedErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const PipelineTestsLoad load = readPipelineTestsText(text.toStdString(), "t.tests.json", ".");
        QVERIFY(!load.ok());
        QVERIFY(!load.errors.empty());
        const std::string all = load.errorText();
        QVERIFY2(all.find(message.toStdString()) != std::string::npos, all.c_str());
        QVERIFY2(load.errors.front().span.line == line, all.c_str());
        QVERIFY2(all.rfind("t.tests.json:" + std::to_string(line) + ":", 0) == 0, all.c_str());
    }

    // Names that do not fit the pipeline: an error with the node id and the place in the file.
    void testsMustFitThePipeline_data()
    {
        QTest::addColumn<QString>("caseBody");
        QTest::addColumn<QString>("nodeId");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown source") << QString(R"({"name": "a", "inputs": {"reading": [{"value": {}}]}, "expect": []})")
                                        << "reading" << "tests-unknown-node" << "sources: readings";
        QTest::newRow("input to a transform")
            << QString(R"({"name": "a", "inputs": {"check-range": [{"value": {}}]}, "expect": []})") << "check-range"
            << "tests-not-a-source" << "inputs go to source nodes";
        QTest::newRow("unknown sink") << QString(R"({"name": "a", "expect": [{"node": "temp-ok", "count": 1}]})")
                                      << "temp-ok" << "tests-unknown-node" << "does not have";
        QTest::newRow("unknown port")
            << QString(R"({"name": "a", "expect": [{"node": "thresholds", "port": "alarm", "count": 1}]})") << "thresholds"
            << "tests-unknown-port" << "no output port 'alarm' (its ports: alert, else)";
        QTest::newRow("transform without port")
            << QString(R"({"name": "a", "expect": [{"node": "alert", "count": 1}]})") << "alert" << "tests-not-a-sink"
            << "not a sink";
        QTest::newRow("fixture for a non-AI node")
            << QString(R"({"name": "a", "llm": [{"node": "alert", "answer": "x"}], "expect": []})") << "alert"
            << "tests-not-an-ai-step" << "makes no LLM calls";
        QTest::newRow("bad condition")
            << QString(R"({"name": "a", "expect": [{"node": "temperature-ok", "conditions": ["temperature >"]}]})")
            << "temperature-ok" << "tests-bad-condition" << "condition `temperature >`";
        QTest::newRow("reasons on a normal sink")
            << QString(R"({"name": "a", "expect": [{"node": "temperature-ok", "reasons": ["x"]}]})") << "temperature-ok"
            << "tests-reasons-without-dead-letters" << "'reasons' check dead letters";
    }
    void testsMustFitThePipeline()
    {
        QFETCH(QString, caseBody);
        QFETCH(QString, nodeId);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const PipelineTestsLoad load = readPipelineTestsText(fileWithCase(caseBody.toStdString()), "t.tests.json", ".");
        QVERIFY2(load.ok(), load.errorText().c_str());
        const Diagnostics problems = checkPipelineTests(*load.tests, loadExample("iot-temperature-alerts"));
        QCOMPARE(problems.size(), size_t(1));
        const std::string all = allMessages(problems);
        QCOMPARE(QString::fromStdString(problems[0].nodeId), nodeId);
        QCOMPARE(QString::fromStdString(problems[0].code), code);
        QVERIFY2(all.find(message.toStdString()) != std::string::npos, all.c_str());
        QVERIFY2(problems[0].span.line == 4, all.c_str()); // the case's line
    }

    // A condition's parse error points into the condition's text.
    void conditionErrorPointsIntoTheString()
    {
        const std::string text = fileWithCase(R"({"name": "a", "expect": [{"node": "temperature-ok", "conditions": ["temperature > > 3"]}]})");
        const PipelineTestsLoad load = readPipelineTestsText(text, "t.tests.json", ".");
        QVERIFY(load.ok());
        const Diagnostics problems = checkPipelineTests(*load.tests, loadExample("iot-temperature-alerts"));
        QCOMPARE(problems.size(), size_t(1));
        const size_t quote = text.find("\"temperature > > 3\"");
        const int lineStart = int(text.rfind('\n', quote)) + 1;
        QVERIFY2(problems[0].span.column > int(quote) - lineStart + 1, allMessages(problems).c_str());
    }

    // Canonical and byte-stable: the example files are written exactly as the writer writes them.
    void examplesAreCanonical_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &entry : std::filesystem::directory_iterator(examplePath("")))
            if (const std::string file = entry.path().filename().string(); file.ends_with(".tests.json")) {
                const std::string name = file.substr(0, file.size() - std::string(".tests.json").size());
                QTest::newRow(name.c_str()) << QString::fromStdString(name);
            }
    }
    void examplesAreCanonical()
    {
        QFETCH(QString, name);
        const std::string path = examplePath(name.toStdString() + ".tests.json");
        const PipelineTestsLoad load = readPipelineTestsFile(path);
        QVERIFY2(load.ok(), load.errorText().c_str());
        QCOMPARE(QString::fromStdString(writePipelineTestsText(*load.tests)), QString::fromStdString(readText(path)));
    }

    // Every example's cases pass in process, and every input record is accounted
    // for (output, filtered, dead-lettered, stored) as in a live run.
    void examplesPassAndBalance_data() { examplesAreCanonical_data(); }
    void examplesPassAndBalance()
    {
        QFETCH(QString, name);
        const PipelineTestsLoad load = readPipelineTestsFile(examplePath(name.toStdString() + ".tests.json"));
        QVERIFY2(load.ok(), load.errorText().c_str());
        PipelineTestOptions options;
        options.recordEdges = true;
        const PipelineTestsResult result = runPipelineTests(loadExample(name.toStdString()), *load.tests, options);
        QVERIFY2(result.errors.empty(), allMessages(result.errors).c_str());
        QVERIFY(!result.cases.empty());
        for (const auto &c : result.cases) {
            QVERIFY2(c.passed, failureText(c).c_str());
            QVERIFY2(c.totals.balanced(), c.name.c_str());
            QVERIFY(c.totals.input > 0);
            QVERIFY(!c.edges.empty());
        }
    }

    void roundTripKeepsEveryField()
    {
        const std::string text = fileWithCase(
            R"({"name": "all", "description": "d", "inputs": {"readings": [{"value": {"a": 1.5}, "key": "k", "headers": {"h": "v"}, "partition": 2, "timestamp": 5}]}, "llm": [{"node": "n", "prompt": "p", "answer": {"x": 1}}, {"node": "n", "fail": "HTTP 500"}], "expect": [{"node": "s", "port": "out", "records": [{"a": 1}], "ordered": false, "match": "subset", "count": 1, "conditions": ["a > 0"]}, {"node": "d", "deadLetters": true, "reasons": ["r"]}]})");
        const PipelineTestsLoad first = readPipelineTestsText(text, "t", ".");
        QVERIFY2(first.ok(), first.errorText().c_str());
        const std::string canonical = writePipelineTestsText(*first.tests);
        const PipelineTestsLoad second = readPipelineTestsText(canonical, "t", ".");
        QVERIFY2(second.ok(), second.errorText().c_str());
        QCOMPARE(QString::fromStdString(writePipelineTestsText(*second.tests)), QString::fromStdString(canonical));
        QVERIFY(json::parse(canonical) == json::parse(text));
    }

    void inputsFromJsonLines()
    {
        QTemporaryDir dir;
        std::ofstream(dir.filePath("in.jsonl").toStdString())
            << "{\"value\": {\"device_id\": \"d\", \"temperature\": 50, \"ts\": 1}}\n\n"
            << "{\"value\": {\"device_id\": \"d\", \"temperature\": 20, \"ts\": 2}, \"key\": \"d\"}\n"
            << "{\"temperature\": 3}\n";
        const std::string text = fileWithCase(R"({"name": "a", "inputs": {"readings": {"file": "in.jsonl"}}, "expect": []})");
        PipelineTestsLoad load = readPipelineTestsText(text, "t.tests.json", dir.path().toStdString());
        QVERIFY(!load.ok());
        QVERIFY2(load.errorText().find("in.jsonl:4: an input record is an object with \"value\"") != std::string::npos,
                 load.errorText().c_str());

        std::ofstream(dir.filePath("in.jsonl").toStdString(), std::ios::trunc)
            << "{\"value\": {\"device_id\": \"d\", \"temperature\": 50, \"ts\": 1}}\n"
            << "{\"value\": {\"device_id\": \"d\", \"temperature\": 20, \"ts\": 2}, \"key\": \"d\"}\n";
        load = readPipelineTestsText(text, "t.tests.json", dir.path().toStdString());
        QVERIFY2(load.ok(), load.errorText().c_str());
        QCOMPARE(load.tests->cases[0].inputs[0].records.size(), size_t(2));
        QCOMPARE(load.tests->cases[0].inputs[0].records[1].key.value_or(""), std::string("d"));
    }

    // The shipped IoT test file passes: boundaries, dead letters, ports, conditions.
    void iotExamplePasses()
    {
        const PipelineTestsLoad load = readPipelineTestsFile(examplePath("iot-temperature-alerts.tests.json"));
        QVERIFY2(load.ok(), load.errorText().c_str());
        const PipelineTestsResult result = runPipelineTests(loadExample("iot-temperature-alerts"), *load.tests);
        QVERIFY2(result.errors.empty(), allMessages(result.errors).c_str());
        QCOMPARE(result.cases.size(), load.tests->cases.size());
        for (const auto &c : result.cases) {
            QVERIFY2(c.passed, failureText(c).c_str());
            QVERIFY(c.totals.balanced());
        }
        // Every record accounted for: 3 + 4 + 4 inputs.
        QCOMPARE(result.cases[1].totals.deadLettered, std::uint64_t(4));
        QCOMPARE(result.cases[1].deadLetters.size(), size_t(4));
        QCOMPARE(result.cases[1].deadLetters[0].failedNode, std::string("check-range"));
    }

    // A broken expectation fails with a diff naming the record, the field, expected and actual.
    void failingExpectationShowsAFieldDiff()
    {
        const std::string text = fileWithCase(R"({"name": "boundary", "inputs": {"readings": [
            {"value": {"device_id": "d-1", "temperature": 32, "ts": 1700000000000}}]},
          "expect": [{"node": "temp-range-alert", "records": [{"device_id": "d-1", "temperature": 33, "ts": 1700000000000, "alert": "BELOW_MIN"}]},
                     {"node": "temperature-ok", "count": 1}]})");
        const PipelineTestsLoad load = readPipelineTestsText(text, "t.tests.json", ".");
        QVERIFY2(load.ok(), load.errorText().c_str());
        const PipelineTestsResult result = runPipelineTests(loadExample("iot-temperature-alerts"), *load.tests);
        QCOMPARE(result.cases.size(), size_t(1));
        const TestCaseResult &c = result.cases[0];
        QVERIFY(!c.passed);
        QCOMPARE(c.expectations.size(), size_t(2));
        QCOMPARE(c.expectations[0].nodeId, std::string("temp-range-alert"));
        QCOMPARE(c.expectations[0].failures, std::vector<std::string>{"record 1: field temperature: expected 33, got 32"});
        QCOMPARE(c.expectations[1].failures, std::vector<std::string>{"count: expected 1 records, got 0"});
    }

    void expectationChecks_data()
    {
        QTest::addColumn<QString>("expectation");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("failure"); // empty = passes
        QTest::newRow("exact") << R"({"node": "s", "records": [{"a": 1}, {"a": 2}]})" << R"([{"a": 1}, {"a": 2.0}])" << "";
        QTest::newRow("order matters") << R"({"node": "s", "records": [{"a": 2}, {"a": 1}]})" << R"([{"a": 1}, {"a": 2}])"
                                       << "record 1: field a: expected 2, got 1";
        QTest::newRow("unordered") << R"({"node": "s", "ordered": false, "records": [{"a": 2}, {"a": 1}]})"
                                   << R"([{"a": 1}, {"a": 2}])" << "";
        QTest::newRow("unordered diff")
            << R"({"node": "s", "ordered": false, "records": [{"a": 2, "b": "x"}, {"a": 1, "b": "y"}]})"
            << R"([{"a": 1, "b": "y"}, {"a": 3, "b": "x"}])" << "expected record 1 (closest: record 2): field a: expected 2, got 3";
        QTest::newRow("subset") << R"({"node": "s", "match": "subset", "records": [{"a": 1}]})" << R"([{"a": 1, "b": 2}])" << "";
        QTest::newRow("exact rejects extra field") << R"({"node": "s", "records": [{"a": 1}]})" << R"([{"a": 1, "b": 2}])"
                                                   << "record 1: field b: not expected, got 2";
        QTest::newRow("missing record") << R"({"node": "s", "records": [{"a": 1}, {"a": 2}]})" << R"([{"a": 1}])"
                                        << "record 2: missing, expected {\"a\":2}";
        QTest::newRow("nested field") << R"({"node": "s", "records": [{"a": {"b": 1}}]})" << R"([{"a": {"b": 2}}])"
                                      << "record 1: field a.b: expected 1, got 2";
        QTest::newRow("count") << R"({"node": "s", "count": 3})" << R"([{}, {}])" << "count: expected 3 records, got 2";
        QTest::newRow("condition holds") << R"({"node": "s", "conditions": ["temperature > 132 AND device_id IS NOT NULL"]})"
                                         << R"([{"temperature": 133, "device_id": "d"}])" << "";
        QTest::newRow("condition false") << R"({"node": "s", "conditions": ["temperature > 132"]})"
                                         << R"([{"temperature": 133}, {"temperature": 100}])"
                                         << "record 2: condition `temperature > 132` is FALSE for {\"temperature\":100}";
        QTest::newRow("condition null") << R"({"node": "s", "conditions": ["device_id = 'x'"]})" << R"([{"a": 1}])"
                                        << "record 1: condition `device_id = 'x'` is NULL for {\"a\":1}";
    }
    void expectationChecks()
    {
        QFETCH(QString, expectation);
        QFETCH(QString, actual);
        QFETCH(QString, failure);
        const std::string text = fileWithCase("{\"name\": \"a\", \"expect\": [" + expectation.toStdString() + "]}");
        const PipelineTestsLoad load = readPipelineTestsText(text, "t", ".");
        QVERIFY2(load.ok(), load.errorText().c_str());
        const json values = json::parse(actual.toStdString());
        const ExpectationResult r =
            checkExpectation(load.tests->cases[0].expectations[0], std::vector<json>(values.begin(), values.end()));
        if (failure.isEmpty()) {
            QVERIFY2(r.passed, r.failures.empty() ? "" : r.failures[0].c_str());
        } else {
            QVERIFY(!r.passed);
            QCOMPARE(QString::fromStdString(r.failures.at(0)), failure);
        }
    }

    void deadLetterReasons()
    {
        const std::string text = fileWithCase(R"({"name": "a", "expect": [{"node": "d", "deadLetters": true, "reasons": ["in_range", "has_device"]}]})");
        const PipelineTestsLoad load = readPipelineTestsText(text, "t", ".");
        QVERIFY(load.ok());
        const Expectation &x = load.tests->cases[0].expectations[0];
        QVERIFY(checkExpectation(x, {json::object(), json::object()},
                                 {"constraint violated: has_device", "constraint violated: in_range"})
                    .passed);
        const ExpectationResult r =
            checkExpectation(x, {json::object(), json::object()}, {"constraint violated: in_range", "constraint violated: in_range"});
        QVERIFY(!r.passed);
        QVERIFY2(r.failures[0].find("reason 'has_device' not found") == 0, r.failures[0].c_str());
    }
};

QTEST_GUILESS_MAIN(TstPipelineTests)
#include "tst_pipelinetests.moc"
