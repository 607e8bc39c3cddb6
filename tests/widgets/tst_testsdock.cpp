// The Tests dock on the offscreen platform: the IoT example's cases pass; an edit
// of the route condition re-runs them after the debounce, off the GUI thread, and
// the failing case's diff names the node and the field; results of a graph that
// changed meanwhile are dropped; the case editor seeds records from the source
// schema and refuses bad lines; cases are written to NAME.tests.json.

#include "widgets/dialogs/testcaseeditordialog.h"
#include "widgets/docks/pipelinetestscheduler.h"
#include "widgets/docks/testcasediffview.h"
#include "widgets/docks/testsdock.h"
#include "widgets/model/graphmodel.h"

#include "pipeline/edit/setparametercommand.h"
#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/serialization/pipelinereader.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <set>

using namespace pipeline;
using namespace pipeline::runtime;

namespace {

const QString ExamplesDir = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/");

// A copy of an example (pipeline and tests) in `dir`, so edits never touch the sources.
QString copyExample(const QTemporaryDir &dir, const QString &name)
{
    for (const char *suffix : {".pipeline.json", ".tests.json"}) {
        const QString from = ExamplesDir + name + QLatin1String(suffix);
        const QString to = dir.filePath(name + QLatin1String(suffix));
        if (!QFile::copy(from, to))
            qFatal("cannot copy %s", qPrintable(from));
    }
    return dir.filePath(name + QStringLiteral(".pipeline.json"));
}

Graph loadGraph(const QString &path)
{
    LoadResult loaded = readPipelineFile(path.toStdString());
    if (!loaded.ok())
        qFatal("cannot load %s: %s", qPrintable(path), loaded.errorText().c_str());
    return std::move(*loaded.graph);
}

struct DockFixture {
    QTemporaryDir dir;
    QUndoStack stack;
    GraphModel model;
    QMainWindow host;
    TestsDock *dock = nullptr;
    QString pipelinePath;

    explicit DockFixture(const QString &example = QStringLiteral("iot-temperature-alerts"))
    {
        model.setUndoStack(&stack);
        pipelinePath = copyExample(dir, example);
        model.resetGraph(loadGraph(pipelinePath));
        dock = new TestsDock(&model, &host);
        dock->setRefreshDelay(50);
        dock->setPipelinePath(pipelinePath);
        host.setCentralWidget(new QWidget(&host));
        host.addDockWidget(Qt::BottomDockWidgetArea, dock);
        host.resize(1000, 500);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
    }

    void waitForResults() { QTRY_VERIFY_WITH_TIMEOUT(!dock->isRunPending() && dock->result().has_value(), 10000); }

    void setRouteCondition(const std::string &condition)
    {
        nlohmann::json routes = model.graph().node("thresholds")->parameters["routes"];
        routes[0]["condition"] = condition;
        model.execute(std::make_unique<edit::SetParameterCommand>(model.graph(), "thresholds", "routes", routes));
    }

    QTreeWidgetItem *row(const QString &name) const
    {
        QTreeWidget *cases = dock->caseList();
        for (int i = 0; i < cases->topLevelItemCount(); ++i)
            if (cases->topLevelItem(i)->text(0) == name)
                return cases->topLevelItem(i);
        return nullptr;
    }
};

const QString Boundaries = QStringLiteral("boundaries 32 and 132 are valid readings");

} // namespace

class TestTestsDock : public QObject {
    Q_OBJECT

private slots:
    void exampleCasesAllPass_data();
    void exampleCasesAllPass();
    void editingTheRouteFailsTheCaseWithNodeAndField();
    void staleResultsAreDropped();
    void brokenTestFileIsShownNotOverwritten();
    void unknownNodeInTestFileNamesTheNode();
    void editorSeedsRecordsFromSourceSchema();
    void editorRefusesBadLinesWithLineNumber();
    void editorExpectCurrentOutputMakesPassingCase();
    void addedCaseIsWrittenAndRuns();
    void saveRunAsTestCaseReplaysSourceRecords();
    void runAllShortcut();
};

void TestTestsDock::exampleCasesAllPass_data()
{
    QTest::addColumn<QString>("example");
    for (const char *name : {"iot-temperature-alerts", "customer-payments-aggregate", "pii-anonymize",
                             "event-llm-insights", "flight-rebooking-rag", "readings-to-database"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTestsDock::exampleCasesAllPass()
{
    QFETCH(QString, example);
    DockFixture f(example);
    f.waitForResults();
    const PipelineTestsLoad load = readPipelineTestsFile((ExamplesDir + example + QStringLiteral(".tests.json")).toStdString());
    QVERIFY(load.ok());
    QCOMPARE(f.dock->caseCount(), int(load.tests->cases.size()));
    QCOMPARE(f.dock->caseList()->topLevelItemCount(), f.dock->caseCount());
    QVERIFY(f.dock->caseCount() > 0);
    for (const TestCase &c : load.tests->cases) {
        QTreeWidgetItem *item = f.row(QString::fromStdString(c.name));
        QVERIFY2(item, c.name.c_str());
        QCOMPARE(int(f.dock->caseState(item->text(0))), int(TestsDock::CaseState::Passed));
        QCOMPARE(item->text(1), QStringLiteral("passed"));
    }
    QCOMPARE(f.dock->failedCount(), 0);
    QVERIFY2(f.dock->statusLabel()->text().contains(QStringLiteral("pass")), qPrintable(f.dock->statusLabel()->text()));
}

void TestTestsDock::editingTheRouteFailsTheCaseWithNodeAndField()
{
    DockFixture f;
    f.dock->setRefreshDelay(300);
    f.waitForResults();
    QCOMPARE(f.dock->failedCount(), 0);
    const int delivered = f.dock->scheduler()->deliveredRuns();

    // 32 is no longer below the alert threshold: the boundary case expects its alert.
    f.setRouteCondition("temperature > 100 OR temperature < 30");
    QVERIFY(f.dock->isRunPending());
    QCOMPARE(f.dock->scheduler()->deliveredRuns(), delivered); // debounced: nothing ran yet
    QTRY_VERIFY_WITH_TIMEOUT(f.dock->scheduler()->deliveredRuns() > delivered && !f.dock->isRunPending(), 10000);
    QCOMPARE(int(f.dock->caseState(Boundaries)), int(TestsDock::CaseState::Failed));
    QVERIFY(f.row(Boundaries)->text(1).startsWith(QStringLiteral("failed")));
    QCOMPARE(int(f.dock->caseState(QStringLiteral("readings outside 32..132 go to the dead-letter path"))),
             int(TestsDock::CaseState::Passed));

    f.dock->selectCase(Boundaries);
    const QString diff = f.dock->diffView()->text();
    QVERIFY2(diff.contains(QStringLiteral("temp-range-alert | sink temp-range-alert")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("field device_id: expected \"d-1\", got \"d-2\"")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("field temperature: expected 32")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("temperature-ok")), qPrintable(diff));
    // The selected difference compares expected with actual records.
    QVERIFY(f.dock->diffView()->details()->toPlainText().contains(QStringLiteral("ABOVE_MAX")));
    QSignalSpy activated(f.dock, &TestsDock::nodeActivated);
    QTreeWidgetItem *first = f.dock->diffView()->differences()->topLevelItem(0);
    emit f.dock->diffView()->differences()->itemActivated(first, 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("temp-range-alert"));

    // Undo brings the green back.
    f.stack.undo();
    QTRY_VERIFY_WITH_TIMEOUT(!f.dock->isRunPending() && f.dock->failedCount() == 0, 10000);
    QCOMPARE(int(f.dock->caseState(Boundaries)), int(TestsDock::CaseState::Passed));
}

void TestTestsDock::staleResultsAreDropped()
{
    DockFixture f;
    f.waitForResults();
    // Run now, then break the graph while that run may still be in flight: only the
    // result of the broken graph may show.
    const int discardedBefore = f.dock->scheduler()->discardedRuns();
    const int deliveredBefore = f.dock->scheduler()->deliveredRuns();
    f.dock->setRefreshDelay(0);
    f.dock->runAll();
    f.setRouteCondition("temperature > 100 OR temperature < 30");
    QTRY_VERIFY_WITH_TIMEOUT(!f.dock->isRunPending(), 10000);
    QCOMPARE(int(f.dock->caseState(Boundaries)), int(TestsDock::CaseState::Failed));
    // The first run's result cannot arrive before the edit (that needs the event
    // loop): it was dropped, and exactly one result, the broken graph's, was shown.
    QVERIFY(f.dock->scheduler()->discardedRuns() > discardedBefore);
    QCOMPARE(f.dock->scheduler()->deliveredRuns(), deliveredBefore + 1);
    QCOMPARE(f.dock->scheduler()->startedRuns(),
             f.dock->scheduler()->deliveredRuns() + f.dock->scheduler()->discardedRuns());
}

void TestTestsDock::brokenTestFileIsShownNotOverwritten()
{
    DockFixture f;
    f.waitForResults();
    const QString testsPath = f.dock->testsPath();
    QFile file(testsPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray broken = "{\n  \"formatVersion\": 1,\n  \"cases\": [ {\"name\": \"x\", }\n]}\n";
    file.write(broken);
    file.close();
    QVERIFY(!f.dock->reload());
    QCOMPARE(f.dock->caseCount(), 0);
    QVERIFY(!f.dock->addCaseAction()->isEnabled());
    const QString status = f.dock->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("iot-temperature-alerts.tests.json")), qPrintable(status));
    QVERIFY2(f.dock->diffView()->text().contains(QStringLiteral("line 3")), qPrintable(f.dock->diffView()->text()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestTestsDock::unknownNodeInTestFileNamesTheNode()
{
    DockFixture f;
    f.waitForResults();
    // The test file names a sink that the pipeline loses.
    QFile file(f.dock->testsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("\"node\": \"temperature-ok\"", "\"node\": \"temperature-fine\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QVERIFY(f.dock->reload());
    f.waitForResults();
    QVERIFY(!f.dock->result()->errors.empty());
    QCOMPARE(int(f.dock->caseState(Boundaries)), int(TestsDock::CaseState::Error));
    const QString diff = f.dock->diffView()->text();
    QVERIFY2(diff.contains(QStringLiteral("temperature-fine")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("line ")), qPrintable(diff));
}

void TestTestsDock::editorSeedsRecordsFromSourceSchema()
{
    DockFixture f;
    f.model.validate();
    TestCaseEditorDialog dialog(f.model.graph(), f.model.validation(), TestCase{}, {}, f.dir.path());
    QPlainTextEdit *records = dialog.recordEditor(QStringLiteral("readings"));
    QVERIFY(records);
    const nlohmann::json seeded = nlohmann::json::parse(records->toPlainText().trimmed().toStdString());
    QCOMPARE(QString::fromStdString(seeded.dump()),
             QStringLiteral(R"({"device_id":"","temperature":0.0,"ts":0})"));
    QVERIFY(!dialog.recordEditor(QStringLiteral("thresholds"))); // not a source
}

void TestTestsDock::editorRefusesBadLinesWithLineNumber()
{
    DockFixture f;
    f.model.validate();
    TestCaseEditorDialog dialog(f.model.graph(), f.model.validation(), TestCase{}, {Boundaries}, f.dir.path());
    dialog.nameEdit()->setText(Boundaries);
    dialog.recordEditor(QStringLiteral("readings"))
        ->setPlainText(QStringLiteral("{\"device_id\": \"d-1\", \"temperature\": 50}\n\n{\"device_id\": \"d-2\", temperature: 1}\n"));
    QVERIFY(!dialog.testCase());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Source readings, line 3")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("names must be unique")), qPrintable(dialog.errorText()));

    dialog.nameEdit()->setText(QStringLiteral("new case"));
    dialog.recordEditor(QStringLiteral("readings"))
        ->setPlainText(QStringLiteral("{\"device_id\": \"d-1\", \"temperature\": 50}\n"));
    dialog.expectationsEditor()->setPlainText(QStringLiteral("[{\"node\": \"no-such-sink\", \"count\": 1}]"));
    QVERIFY(!dialog.testCase());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("no-such-sink")), qPrintable(dialog.errorText()));
    dialog.accept();
    QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestTestsDock::editorExpectCurrentOutputMakesPassingCase()
{
    DockFixture f;
    f.model.validate();
    TestCaseEditorDialog dialog(f.model.graph(), f.model.validation(), TestCase{}, {}, f.dir.path());
    dialog.nameEdit()->setText(QStringLiteral("hot device"));
    // A bare value and a full record object with a key, one per line.
    dialog.recordEditor(QStringLiteral("readings"))
        ->setPlainText(QStringLiteral("{\"device_id\": \"d-9\", \"temperature\": 120.5, \"ts\": 1700000000000}\n"
                                      "{\"value\": {\"device_id\": \"d-8\", \"temperature\": 20, \"ts\": 1700000001000}, \"key\": \"d-8\"}\n"));
    QVERIFY2(dialog.expectCurrentOutput(), qPrintable(dialog.errorText()));
    const QString expectations = dialog.expectationsEditor()->toPlainText();
    QVERIFY2(expectations.contains(QStringLiteral("ABOVE_MAX")), qPrintable(expectations));
    QVERIFY2(expectations.contains(QStringLiteral("invalid-readings")), qPrintable(expectations)); // 20 is out of range
    const std::optional<TestCase> testCase = dialog.testCase();
    QVERIFY2(testCase, qPrintable(dialog.errorText()));
    QCOMPARE(testCase->inputs.size(), size_t(1));
    QCOMPARE(testCase->inputs[0].records.size(), size_t(2));
    QCOMPARE(testCase->inputs[0].records[1].key.value_or(""), std::string("d-8"));
    QCOMPARE(QString::fromStdString(testCase->inputs[0].records[0].value["device_id"].get<std::string>()),
             QStringLiteral("d-9"));
}

void TestTestsDock::addedCaseIsWrittenAndRuns()
{
    DockFixture f;
    f.waitForResults();
    const int before = f.dock->caseCount();
    TestsDock::setCaseEditor([](TestCaseEditorDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("a reading of 70 is fine"));
        dialog->recordEditor(QStringLiteral("readings"))
            ->setPlainText(QStringLiteral("{\"device_id\": \"d-5\", \"temperature\": 70, \"ts\": 1700000000000}\n"));
        dialog->expectationsEditor()->setPlainText(QStringLiteral(
            "[{\"node\": \"temperature-ok\", \"count\": 1, \"conditions\": [\"temperature > 132\"]}]"));
        return true;
    });
    f.dock->addCaseInteractively();
    TestsDock::setCaseEditor({});
    QCOMPARE(f.dock->caseCount(), before + 1);
    QCOMPARE(f.dock->selectedCase(), QStringLiteral("a reading of 70 is fine"));
    f.waitForResults();
    // The condition is wrong on purpose: the new case fails and says why.
    QCOMPARE(int(f.dock->caseState(QStringLiteral("a reading of 70 is fine"))), int(TestsDock::CaseState::Failed));
    QVERIFY2(f.dock->diffView()->text().contains(QStringLiteral("temperature > 132")), qPrintable(f.dock->diffView()->text()));

    const PipelineTestsLoad written = readPipelineTestsFile(f.dock->testsPath().toStdString());
    QVERIFY(written.ok());
    QCOMPARE(int(written.tests->cases.size()), before + 1);
    QCOMPARE(written.tests->cases.back().name, std::string("a reading of 70 is fine"));

    QVERIFY(f.dock->removeCase(before));
    QCOMPARE(int(readPipelineTestsFile(f.dock->testsPath().toStdString()).tests->cases.size()), before);
}

void TestTestsDock::saveRunAsTestCaseReplaysSourceRecords()
{
    DockFixture f;
    f.waitForResults();
    QVERIFY(!f.dock->saveRunAction()->isEnabled());
    f.dock->setLiveRecordsProvider([] { return TestsDock::SourceRecords{}; });
    f.dock->setLiveRunAvailable(true);
    QVERIFY(f.dock->saveRunAction()->isEnabled());

    QString error;
    QVERIFY(!f.dock->addCaseFromRecords(QStringLiteral("empty"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("no records")));

    TestsDock::SourceRecords records;
    records["readings"] = {nlohmann::json{{"device_id", "d-1"}, {"temperature", 101.5}, {"ts", 1700000000000}},
                           nlohmann::json{{"device_id", "d-2"}, {"temperature", 60}, {"ts", 1700000001000}},
                           nlohmann::json{{"temperature", 60}, {"ts", 1700000002000}}};
    QVERIFY2(f.dock->addCaseFromRecords(QStringLiteral("recorded run"), records, &error), qPrintable(error));
    f.waitForResults();
    QCOMPARE(int(f.dock->caseState(QStringLiteral("recorded run"))), int(TestsDock::CaseState::Passed));
    const TestCase &saved = f.dock->tests().cases.back();
    QCOMPARE(saved.inputs.at(0).records.size(), size_t(3));
    std::set<std::string> nodes;
    for (const Expectation &x : saved.expectations)
        nodes.insert(x.nodeId);
    QVERIFY(nodes.count("temp-range-alert") && nodes.count("temperature-ok"));
    QVERIFY(nodes.count("check-range") || nodes.count("invalid-readings")); // the reading without a device
}

void TestTestsDock::runAllShortcut()
{
    DockFixture f;
    f.waitForResults();
    QCOMPARE(f.dock->runAllAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    const int started = f.dock->scheduler()->startedRuns();
    f.dock->hide();
    f.dock->runAllAction()->trigger();
    QVERIFY(f.dock->isVisible());
    QVERIFY(f.dock->scheduler()->startedRuns() > started);
    f.waitForResults();
}

QTEST_MAIN(TestTestsDock)
#include "tst_testsdock.moc"
