#include "canvasfixture.h"

#include "../codegen/graphbuilder.h"

#include "widgets/docks/sqlpreviewdock.h"
#include "widgets/docks/sqlscriptview.h"

#include "codegen/sqlexporter.h"
#include "pipeline/edit/setparametercommand.h"
#include "pipeline/serialization/pipelinereader.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace pipeline;
using codegen::SqlDialect;

Q_DECLARE_METATYPE(codegen::SqlDialect)

namespace {

QString examplePath(const QString &name)
{
    return QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/") + name + QStringLiteral(".pipeline.json");
}

Graph loadExample(const QString &name)
{
    LoadResult loaded = readPipelineFile(examplePath(name).toStdString());
    if (!loaded.ok())
        qFatal("cannot load example %s: %s", qPrintable(name), loaded.errorText().c_str());
    return std::move(*loaded.graph);
}

codegen::ExportResult expected(const Graph &graph, SqlDialect dialect, codegen::ExportOptions options = {})
{
    options.dialect = dialect;
    return codegen::SqlExporter::exportGraph(graph, options);
}

QString expectedScript(const Graph &graph, SqlDialect dialect, codegen::ExportOptions options = {})
{
    return QString::fromStdString(expected(graph, dialect, std::move(options)).script);
}

// sample-source -> dedupe -> kafka-sink: Flink has a pattern for dedupe, ksqlDB has none.
Graph dedupeGraph()
{
    Graph g;
    g.name = "dedupe-readings";
    Node src = makeNode("readings", "sample-source", 0, 0);
    src.parameters["generator"] = "iot-temperature";
    g.putNode(src);
    Node dedupe = makeNode("first-per-device", "dedupe", 300, 0);
    dedupe.parameters["key"] = "device_id";
    g.putNode(dedupe);
    Node sink = makeNode("out", "kafka-sink", 600, 0);
    sink.parameters["topic"] = "readings-deduped";
    g.putNode(sink);
    g.putEdge(makeEdge("readings", "out", "first-per-device", "in"));
    g.putEdge(makeEdge("first-per-device", "out", "out", "in"));
    return g;
}

// A point inside the text of a 1-based line, in viewport coordinates (the line must be on screen).
QPoint pointOnLine(SqlScriptView *view, int line)
{
    const long position = view->positionFromLineIndex(line - 1, 0);
    const int x = int(view->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, position));
    const int y = int(view->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, position));
    const int height = int(view->SendScintilla(QsciScintillaBase::SCI_TEXTHEIGHT, 0UL));
    return {x + 2, y + height / 2};
}

bool lineOnScreen(SqlScriptView *view, int line)
{
    const int top = view->firstVisibleLine() + 1;
    const int count = int(view->SendScintilla(QsciScintillaBase::SCI_LINESONSCREEN));
    return line >= top && line < top + count;
}

// The canvas plus a shown SQL preview following its model and selection.
struct PreviewFixture : CanvasFixture {
    QMainWindow host;
    SqlPreviewDock *dock = nullptr;

    explicit PreviewFixture(Graph graph = {})
        : CanvasFixture(std::move(graph))
    {
        dock = new SqlPreviewDock(&model, &host);
        dock->setRefreshDelay(50);
        dock->setScene(scene.get());
        host.setCentralWidget(new QWidget(&host));
        host.addDockWidget(Qt::BottomDockWidgetArea, dock);
        host.resize(760, 420);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QTRY_VERIFY(!dock->isRefreshPending());
    }

    SqlScriptView *script(SqlDialect dialect) const { return dock->scriptView(dialect); }
    void clickTab(SqlDialect dialect) const
    {
        QTabBar *bar = dock->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(dialect == SqlDialect::Ksql ? 0 : 1).center());
        QCOMPARE(dock->currentDialect(), dialect);
    }
};

} // namespace

class TestSqlPreviewDock : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadingFillsBothTabs_data();
    void loadingFillsBothTabs();
    void parameterEditRefreshesAfterDebounce();
    void movingNodesDoesNotExport();
    void hiddenPreviewWaitsUntilShown();
    void largeGraph();
    void clickingStatementSelectsNode_data();
    void clickingStatementSelectsNode();
    void selectingNodeScrollsToStatement_data();
    void selectingNodeScrollsToStatement();
    void inexpressibleNodeShowsDiagnostic();
    void optionsReachTheScript();
    void exportWritesExactScript_data();
    void exportWritesExactScript();
    void exportFailureIsReported();
    void copyPutsScriptOnClipboard();
};

void TestSqlPreviewDock::initTestCase()
{
    qRegisterMetaType<SqlDialect>();
}

void TestSqlPreviewDock::loadingFillsBothTabs_data()
{
    QTest::addColumn<QString>("example");
    for (const char *name : {"iot-temperature-alerts", "customer-payments-aggregate", "event-llm-insights",
                             "flight-rebooking-assistant", "content-moderation", "pii-anonymize"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSqlPreviewDock::loadingFillsBothTabs()
{
    QFETCH(QString, example);
    PreviewFixture f;
    const Graph graph = loadExample(example);
    f.model.resetGraph(graph);
    QVERIFY(f.dock->isRefreshPending());
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(graph, SqlDialect::Ksql));
    QVERIFY(f.script(SqlDialect::Ksql)->isReadOnly());
    QVERIFY(f.script(SqlDialect::Ksql)->marginWidth(0) > 0); // line numbers
    QCOMPARE(f.script(SqlDialect::Ksql)->marginType(0), QsciScintilla::NumberMargin);

    f.clickTab(SqlDialect::Flink);
    QTRY_COMPARE(f.script(SqlDialect::Flink)->text(), expectedScript(graph, SqlDialect::Flink));
    // Each tab lists exactly its dialect's diagnostics.
    for (SqlDialect dialect : {SqlDialect::Ksql, SqlDialect::Flink})
        QCOMPARE(f.dock->diagnosticsList(dialect)->topLevelItemCount(),
                 int(expected(graph, dialect).diagnostics.size()));
}

void TestSqlPreviewDock::parameterEditRefreshesAfterDebounce()
{
    const Graph graph = loadExample(QStringLiteral("customer-payments-aggregate"));
    PreviewFixture f(graph);
    f.dock->setRefreshDelay(300);
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(graph, SqlDialect::Ksql));
    const QString before = f.script(SqlDialect::Ksql)->text();

    // Typing a condition: several merged edits within the debounce, one export afterwards.
    for (const char *condition : {"amount > 1", "amount > 10", "amount > 100 AND customer_id IS NOT NULL"})
        f.model.execute(std::make_unique<edit::SetParameterCommand>(f.model.graph(), "settled", "condition",
                                                                    nlohmann::json(condition)));
    QCOMPARE(f.stack.count(), 1);
    QVERIFY(f.dock->isRefreshPending());
    QCOMPARE(f.script(SqlDialect::Ksql)->text(), before); // not yet: the timer has not fired
    const QString after = expectedScript(f.model.graph(), SqlDialect::Ksql);
    QVERIFY(after.contains(QStringLiteral("amount > 100")));
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), after);

    f.stack.undo();
    QVERIFY(f.dock->isRefreshPending());
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), before);
    f.stack.redo();
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), after);
}

void TestSqlPreviewDock::movingNodesDoesNotExport()
{
    PreviewFixture f(loadExample(QStringLiteral("iot-temperature-alerts")));
    f.dock->setRefreshDelay(50);
    f.view->centerOn(f.scene->nodeItem(QStringLiteral("thresholds")));
    const QPoint header = f.nodeHeader(QStringLiteral("thresholds"));
    f.drag(header, header + QPoint(80, 40));
    QCOMPARE(f.stack.count(), 1); // the move happened
    QVERIFY(!f.dock->isRefreshPending());
}

void TestSqlPreviewDock::hiddenPreviewWaitsUntilShown()
{
    const Graph graph = loadExample(QStringLiteral("customer-payments-aggregate"));
    PreviewFixture f(graph);
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(graph, SqlDialect::Ksql));
    const std::string before = f.dock->result(SqlDialect::Ksql).script;

    f.dock->toggleViewAction()->trigger(); // View > SQL Preview off
    QVERIFY(!f.dock->isVisible());
    f.model.execute(std::make_unique<edit::SetParameterCommand>(f.model.graph(), "settled", "condition",
                                                                nlohmann::json("amount > 5")));
    QTRY_VERIFY(!f.dock->isRefreshPending());
    QCOMPARE(f.dock->result(SqlDialect::Ksql).script, before); // no export while nobody looks

    f.dock->toggleViewAction()->trigger();
    QVERIFY(f.dock->isVisible());
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(f.model.graph(), SqlDialect::Ksql));
    QVERIFY(f.script(SqlDialect::Ksql)->text().contains(QStringLiteral("amount > 5")));
}

void TestSqlPreviewDock::largeGraph()
{
    const Graph graph = codegentest::generatedGraph(1000, 7);
    PreviewFixture f(graph);
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(graph, SqlDialect::Ksql));
    const codegen::ExportResult ksql = expected(graph, SqlDialect::Ksql);
    QCOMPARE(f.dock->diagnosticsList(SqlDialect::Ksql)->topLevelItemCount(), int(ksql.diagnostics.size()));

    // The figure for the report; tests never assert on time.
    QElapsedTimer timer;
    timer.start();
    f.dock->refreshNow();
    qInfo("refresh of the ksqlDB tab for %zu nodes: %lld ms", graph.nodes().size(), timer.elapsed());

    // Every node's statements map back to it, also at the end of a long script.
    const codegen::ExportedStatement last = ksql.statements.back();
    const QString node = QString::fromStdString(last.nodeId);
    for (int line = last.firstLine; line <= last.lastLine; ++line)
        QCOMPARE(f.script(SqlDialect::Ksql)->nodeAtLine(line), node);
    int first = last.firstLine;
    for (const auto &statement : ksql.statements)
        if (statement.nodeId == last.nodeId)
            first = std::min(first, statement.firstLine);
    f.script(SqlDialect::Ksql)->setFirstVisibleLine(0);
    QVERIFY(!lineOnScreen(f.script(SqlDialect::Ksql), first));
    f.scene->selectNodes({node});
    QVERIFY(lineOnScreen(f.script(SqlDialect::Ksql), first)); // scrolled to the node's first statement
    QVERIFY(f.script(SqlDialect::Ksql)->isLineHighlighted(last.lastLine));

    f.clickTab(SqlDialect::Flink);
    QTRY_COMPARE(f.script(SqlDialect::Flink)->text(), expectedScript(graph, SqlDialect::Flink));
}

void TestSqlPreviewDock::clickingStatementSelectsNode_data()
{
    QTest::addColumn<SqlDialect>("dialect");
    QTest::addColumn<QString>("node");
    QTest::newRow("ksql validate") << SqlDialect::Ksql << "check-range";
    QTest::newRow("ksql sink") << SqlDialect::Ksql << "temp-range-alert";
    QTest::newRow("flink route") << SqlDialect::Flink << "thresholds";
    QTest::newRow("flink source") << SqlDialect::Flink << "readings";
}

void TestSqlPreviewDock::clickingStatementSelectsNode()
{
    QFETCH(SqlDialect, dialect);
    QFETCH(QString, node);
    const Graph graph = loadExample(QStringLiteral("iot-temperature-alerts"));
    PreviewFixture f(graph);
    f.clickTab(dialect);
    SqlScriptView *view = f.script(dialect);
    QTRY_COMPARE(view->text(), expectedScript(graph, dialect));

    // The exporter's line map decides which lines are the node's.
    codegen::ExportedStatement statement;
    for (const auto &s : expected(graph, dialect).statements)
        if (s.nodeId == node.toStdString()) {
            statement = s;
            break;
        }
    QVERIFY(statement.firstLine > 0);
    const int line = statement.lastLine; // the statement's last SQL line, not its comment
    QVERIFY(view->text(line - 1).contains(QLatin1Char(';')));
    view->setFirstVisibleLine(std::max(0, line - 3));
    QVERIFY(lineOnScreen(view, line));

    QSignalSpy activated(f.dock, &SqlPreviewDock::nodeActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pointOnLine(view, line));
    QCOMPARE(f.scene->selectedNodeIds(), QStringList{node});
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), node);
    QVERIFY(view->isLineHighlighted(line));
    QVERIFY(view->isLineHighlighted(statement.firstLine));
    QVERIFY(lineOnScreen(view, line)); // the click does not scroll away from the clicked statement

    // A click between statements selects nothing new.
    QVERIFY(view->nodeAtLine(statement.lastLine + 1).isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pointOnLine(view, statement.lastLine + 1));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(f.scene->selectedNodeIds(), QStringList{node});
}

void TestSqlPreviewDock::selectingNodeScrollsToStatement_data()
{
    QTest::addColumn<SqlDialect>("dialect");
    QTest::newRow("ksql") << SqlDialect::Ksql;
    QTest::newRow("flink") << SqlDialect::Flink;
}

void TestSqlPreviewDock::selectingNodeScrollsToStatement()
{
    QFETCH(SqlDialect, dialect);
    const Graph graph = loadExample(QStringLiteral("iot-temperature-alerts"));
    PreviewFixture f(graph);
    f.clickTab(dialect);
    SqlScriptView *view = f.script(dialect);
    QTRY_COMPARE(view->text(), expectedScript(graph, dialect));

    // The sink's first statement is far down the script: off screen at the top.
    const QString node = QStringLiteral("temperature-ok");
    int first = 0;
    for (const auto &s : expected(graph, dialect).statements)
        if (s.nodeId == node.toStdString()) {
            first = s.firstLine;
            break;
        }
    QVERIFY(first > 0);
    view->setFirstVisibleLine(0);
    QVERIFY2(!lineOnScreen(view, first), "the dock is too tall for this test");
    QVERIFY(!view->isLineHighlighted(first));

    // A real click on the node on the canvas.
    f.view->centerOn(f.scene->nodeItem(node));
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.nodeHeader(node));
    QCOMPARE(f.scene->selectedNodeIds(), QStringList{node});
    QVERIFY(lineOnScreen(view, first));
    QVERIFY(view->isLineHighlighted(first));
    QCOMPARE(view->nodeAtLine(first), node);
    QVERIFY(view->text(first - 1).startsWith(QStringLiteral("-- node: temperature-ok")));

    // Clearing the selection clears the highlight.
    f.scene->clearSelection();
    QVERIFY(!view->isLineHighlighted(first));
}

void TestSqlPreviewDock::inexpressibleNodeShowsDiagnostic()
{
    const Graph graph = dedupeGraph();
    PreviewFixture f(graph);
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(graph, SqlDialect::Ksql));

    const codegen::ExportResult ksql = expected(graph, SqlDialect::Ksql);
    const auto it = std::find_if(ksql.diagnostics.begin(), ksql.diagnostics.end(),
                                 [](const Diagnostic &d) { return d.nodeId == "first-per-device"; });
    QVERIFY(it != ksql.diagnostics.end());
    QCOMPARE(it->severity, Severity::Error);

    QTreeWidget *list = f.dock->diagnosticsList(SqlDialect::Ksql);
    QVERIFY(list->isVisible());
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == QStringLiteral("first-per-device"))
            row = list->topLevelItem(i);
    QVERIFY(row);
    QCOMPARE(row->text(1), QString::fromStdString(it->message));
    QVERIFY(row->text(1).contains(QStringLiteral("dedupe")));
    QVERIFY(!f.dock->tabs()->tabIcon(0).isNull()); // the ksqlDB tab warns

    // Clicking the diagnostic selects the node and shows where its statement would be.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QCOMPARE(f.scene->selectedNodeIds(), QStringList{QStringLiteral("first-per-device")});
    const auto ranges = f.script(SqlDialect::Ksql)->rangesOf(QStringLiteral("first-per-device"));
    QVERIFY(!ranges.isEmpty());
    QVERIFY(f.script(SqlDialect::Ksql)->isLineHighlighted(ranges.front().first));

    // Flink expresses dedupe: no error for it there.
    f.clickTab(SqlDialect::Flink);
    QTRY_COMPARE(f.script(SqlDialect::Flink)->text(), expectedScript(graph, SqlDialect::Flink));
    QVERIFY(f.script(SqlDialect::Flink)->text().contains(QStringLiteral("ROW_NUMBER()")));
    const codegen::ExportResult flink = expected(graph, SqlDialect::Flink);
    QVERIFY(flink.ok());
    QCOMPARE(f.dock->diagnosticsList(SqlDialect::Flink)->topLevelItemCount(), int(flink.diagnostics.size()));
    QVERIFY(f.dock->tabs()->tabIcon(1).isNull());
}

void TestSqlPreviewDock::optionsReachTheScript()
{
    const Graph graph = loadExample(QStringLiteral("event-llm-insights"));
    PreviewFixture f(graph);
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), expectedScript(graph, SqlDialect::Ksql));
    QVERIFY(f.dock->diagnosticsList(SqlDialect::Ksql)->topLevelItemCount() > 0); // LLM step not expressible

    QTest::mouseClick(f.dock->optionsButton(), Qt::LeftButton);
    QVERIFY(f.dock->ksqlUdfEdit()->isVisible());
    f.dock->ksqlUdfEdit()->setFocus();
    QTest::keyClicks(f.dock->ksqlUdfEdit(), QStringLiteral("LLM_COMPLETE"));
    codegen::ExportOptions udf;
    udf.ksqlLlmUdf = "LLM_COMPLETE";
    const QString withUdf = expectedScript(graph, SqlDialect::Ksql, udf);
    QVERIFY(withUdf.contains(QStringLiteral("LLM_COMPLETE")));
    QTRY_COMPARE(f.script(SqlDialect::Ksql)->text(), withUdf);
    QCOMPARE(f.dock->diagnosticsList(SqlDialect::Ksql)->topLevelItemCount(),
             int(expected(graph, SqlDialect::Ksql, udf).diagnostics.size()));

    f.clickTab(SqlDialect::Flink);
    QTest::mouseClick(f.dock->confluentCheck(), Qt::LeftButton);
    f.dock->bootstrapServersEdit()->setFocus();
    QTest::keyClick(f.dock->bootstrapServersEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(f.dock->bootstrapServersEdit(), QStringLiteral("broker-1:9092"));
    codegen::ExportOptions flink = udf;
    flink.confluentCloud = true;
    flink.bootstrapServers = "broker-1:9092";
    const QString confluent = expectedScript(graph, SqlDialect::Flink, flink);
    QVERIFY(confluent.contains(QStringLiteral("broker-1:9092")));
    QVERIFY(confluent != expectedScript(graph, SqlDialect::Flink));
    QTRY_COMPARE(f.script(SqlDialect::Flink)->text(), confluent);
}

void TestSqlPreviewDock::exportWritesExactScript_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<SqlDialect>("dialect");
    QTest::addColumn<QString>("chosenName");
    QTest::addColumn<QString>("writtenName");
    QTest::addColumn<QStringList>("besideFiles");
    QTest::newRow("ksql iot") << "iot-temperature-alerts" << SqlDialect::Ksql << "iot.sql" << "iot.sql" << QStringList{};
    QTest::newRow("flink payments") << "customer-payments-aggregate" << SqlDialect::Flink << "payments.sql"
                                    << "payments.sql" << QStringList{};
    QTest::newRow("ksql with problems") << "pii-anonymize" << SqlDialect::Ksql << "pii" << "pii.sql" << QStringList{};
    QTest::newRow("flink llm") << "flight-rebooking-assistant" << SqlDialect::Flink << "flights.sql" << "flights.sql"
                               << QStringList{};
    // A database sink's Kafka Connect JDBC sink configuration goes next to the script.
    QTest::newRow("flink database sink") << "readings-to-database" << SqlDialect::Flink << "db.sql" << "db.sql"
                                         << QStringList{"db.store.jdbc-sink.json"};
}

void TestSqlPreviewDock::exportWritesExactScript()
{
    QFETCH(QString, example);
    QFETCH(SqlDialect, dialect);
    QFETCH(QString, chosenName);
    QFETCH(QString, writtenName);
    QFETCH(QStringList, besideFiles);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Graph graph = loadExample(example);
    PreviewFixture f(graph);
    f.clickTab(dialect);

    QString suggested;
    SqlPreviewDock::setSaveFileProvider([&](QWidget *, const QString &suggestedPath) {
        suggested = suggestedPath;
        return dir.filePath(chosenName);
    });
    QSignalSpy exported(f.dock, &SqlPreviewDock::scriptExported);
    QTest::mouseClick(f.dock->exportButton(), Qt::LeftButton);
    SqlPreviewDock::setSaveFileProvider({});

    QVERIFY(suggested.endsWith(QStringLiteral(".sql")));
    QVERIFY(suggested.contains(QString::fromStdString(graph.name)));
    QCOMPARE(exported.count(), 1);
    QFile file(dir.filePath(writtenName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromStdString(expected(graph, dialect).script));
    QVERIFY(f.dock->statusLabel()->isVisible());
    QVERIFY(f.dock->statusLabel()->text().contains(writtenName));
    const auto artifacts = expected(graph, dialect).artifacts;
    QCOMPARE(int(artifacts.size()), besideFiles.size());
    for (int i = 0; i < besideFiles.size(); ++i) {
        QFile beside(dir.filePath(besideFiles[i]));
        QVERIFY2(beside.open(QIODevice::ReadOnly), qPrintable(besideFiles[i]));
        QCOMPARE(beside.readAll(), QByteArray::fromStdString(artifacts[size_t(i)].content));
        QVERIFY(f.dock->statusLabel()->text().contains(besideFiles[i]));
    }
}

void TestSqlPreviewDock::exportFailureIsReported()
{
    QTemporaryDir dir;
    PreviewFixture f(loadExample(QStringLiteral("iot-temperature-alerts")));
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.sql"));
    SqlPreviewDock::setSaveFileProvider([&](QWidget *, const QString &) { return path; });
    QSignalSpy exported(f.dock, &SqlPreviewDock::scriptExported);
    QTest::mouseClick(f.dock->exportButton(), Qt::LeftButton);
    SqlPreviewDock::setSaveFileProvider({});
    QCOMPARE(exported.count(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(f.dock->statusLabel()->isVisible());
    QVERIFY(f.dock->statusLabel()->text().contains(QStringLiteral("out.sql")));

    // Cancelling the file dialog writes nothing and says nothing.
    SqlPreviewDock::setSaveFileProvider([](QWidget *, const QString &) { return QString(); });
    f.dock->statusLabel()->hide();
    QTest::mouseClick(f.dock->exportButton(), Qt::LeftButton);
    SqlPreviewDock::setSaveFileProvider({});
    QCOMPARE(exported.count(), 0);
    QVERIFY(!f.dock->statusLabel()->isVisible());
}

void TestSqlPreviewDock::copyPutsScriptOnClipboard()
{
    const Graph graph = loadExample(QStringLiteral("flight-rebooking-assistant"));
    PreviewFixture f(graph);
    for (SqlDialect dialect : {SqlDialect::Flink, SqlDialect::Ksql}) {
        f.clickTab(dialect);
        QApplication::clipboard()->clear();
        QTest::mouseClick(f.dock->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expectedScript(graph, dialect));
    }
}

QTEST_MAIN(TestSqlPreviewDock)
#include "tst_sqlpreviewdock.moc"
