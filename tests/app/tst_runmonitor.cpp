#include "app/designer/settings/connectionprofiles.h"
#include "app/designer/document.h"
#include "app/designer/mainwindow.h"
#include "app/designer/run/runmonitor.h"
#include "app/designer/run/runtimebridge.h"
#include "app/designer/run/sandboxcontroller.h"
#include "app/designer/settings/settingsdialog.h"

#include "app/designer/run/enginereaper.h"
#include "widgets/docks/assistantdock.h"
#include "widgets/canvas/painting/canvastheme.h"
#include "widgets/settings/profilelistpage.h"
#include "widgets/canvas/items/edgeitem.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"
#include "widgets/docks/recordpeekdock.h"
#include "widgets/canvas/items/runbadgeitem.h"
#include "widgets/canvas/runoverlay.h"
#include "widgets/docks/runsummarywidget.h"
#include "widgets/dialogs/sandboxdialog.h"
#include "widgets/docks/topicbrowserdock.h"

#include "pipeline/core/schemaparameter.h"
#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/runtime/formats/schemasampler.h"
#include "pipeline/runtime/kafka/topicinspector.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using pipeline::runtime::TopicInspector;

namespace {

const QString iotExample = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");

std::vector<std::string> generate(const std::string &generator, int count, std::uint64_t seed)
{
    auto gen = pipeline::runtime::SampleGenerator::create(generator, seed);
    std::vector<std::string> values;
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        values.push_back(gen->next(now + i).dump());
    return values;
}

RunMonitor *monitorOf(MainWindow *window)
{
    return window->findChild<RunMonitor *>(QStringLiteral("RunMonitor"));
}

const pipeline::Field *field(const pipeline::Schema &schema, const std::string &name)
{
    return schema.find(name);
}

} // namespace

class TestRunMonitor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void schemaFromSamples_data();
    void schemaFromSamples();
    void sandboxDialogStartsListsAndCreates();
    void runShowsMovingCountersAndBalancedSummary();
    void compileErrorsShowInRunPanel();
    void topicBrowserUseAsSourceIsOneUndoStep();
    void connectionProfilesKeepSecretsOut();
    void settingsChooseTheClusterRunsUse();
    void assistantFollowsTheCluster();
    void llmStatsShowInBadgeAndSummary();
    void closingMidRunDrainsInTheBackground();

private:
    QTemporaryDir m_recovery;
};

void TestRunMonitor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName("PipewrightTests");
    QApplication::setApplicationName("tst_runmonitor");
    qputenv("PIPEWRIGHT_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
    MainWindow::setQuietErrors(true);
    QSettings().clear();
}

void TestRunMonitor::cleanup()
{
    MainWindow::setUnsavedPrompt([](MainWindow *) { return QMessageBox::Discard; });
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<MainWindow *>(widget))
            widget->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MainWindow::setUnsavedPrompt({});
    RunMonitor::setMissingTopicsPrompt({});
}

void TestRunMonitor::schemaFromSamples_data()
{
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("open");

    QTest::newRow("string") << QStringList{R"({"a":"x"})"} << "a" << "string" << false;
    QTest::newRow("integer") << QStringList{R"({"n":1})", R"({"n":2})"} << "n" << "integer" << false;
    QTest::newRow("integer widens to double") << QStringList{R"({"n":1})", R"({"n":2.5})"} << "n" << "double" << false;
    QTest::newRow("conflict is string") << QStringList{R"({"n":1})", R"({"n":"one"})"} << "n" << "string" << false;
    QTest::newRow("null then bool") << QStringList{R"({"b":null})", R"({"b":true})"} << "b" << "boolean" << false;
    QTest::newRow("null only is unknown") << QStringList{R"({"b":null})"} << "b" << "unknown" << false;
    QTest::newRow("iso timestamp") << QStringList{R"({"at":"2024-05-01T10:00:00Z"})"} << "at" << "timestamp" << false;
    QTest::newRow("epoch ms in ts") << QStringList{R"({"ts":1714557600000})"} << "ts" << "timestamp" << false;
    QTest::newRow("epoch ms elsewhere") << QStringList{R"({"count":1714557600000})"} << "count" << "integer" << false;
    QTest::newRow("nested") << QStringList{R"({"geo":{"lat":1.5}})"} << "geo.lat" << "double" << false;
    QTest::newRow("array") << QStringList{R"({"tags":["a","b"]})"} << "tags" << "array" << false;
    QTest::newRow("malformed opens") << QStringList{R"({"a":"x"})", "not json"} << "a" << "string" << true;
    QTest::newRow("field in some") << QStringList{R"({"a":"x"})", R"({"b":1})"} << "b" << "integer" << false;
}

void TestRunMonitor::schemaFromSamples()
{
    QFETCH(QStringList, messages);
    QFETCH(QString, field);
    QFETCH(QString, type);
    QFETCH(bool, open);
    std::vector<std::string> texts;
    for (const QString &m : messages)
        texts.push_back(m.toStdString());
    const pipeline::runtime::SampledSchema sampled = pipeline::runtime::inferSchemaFromJson(texts);
    const pipeline::Field *f = sampled.schema.find(field.toStdString());
    QVERIFY2(f, qPrintable(field));
    QCOMPARE(QString::fromLatin1(pipeline::fieldTypeName(f->type).data()), type);
    QCOMPARE(sampled.schema.open, open);
}

void TestRunMonitor::sandboxDialogStartsListsAndCreates()
{
    SandboxController *sandbox = SandboxController::instance();
    sandbox->stop();
    MainWindow window;
    window.show();
    QAction *action = window.action("actionSandbox");
    QVERIFY(action->isEnabled());
    action->trigger();
    SandboxDialog *dialog = sandbox->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isRunning());
    QVERIFY(!dialog->createButton()->isEnabled());

    QTest::mouseClick(dialog->startStopButton(), Qt::LeftButton);
    QVERIFY(sandbox->isRunning());
    QVERIFY(dialog->isRunning());
    QVERIFY(dialog->bootstrapServers().startsWith("127.0.0.1:"));
    QCOMPARE(dialog->bootstrapServers(), sandbox->bootstrapServers());
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), sandbox->bootstrapServers());

    // Create a topic through the dialog, as a user would.
    QTest::keyClicks(dialog->topicNameEdit(), "orders.v1");
    dialog->partitionsSpin()->setValue(4);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const TopicRow &row : dialog->topics())
                if (row.name == "orders.v1")
                    return row.partitions.size() == 4;
            return false;
        }(),
        10000);
    QVERIFY(dialog->topicNameEdit()->text().isEmpty());

    // Offsets move when something produces: the dialog's sample producer here.
    QVERIFY(!dialog->produceButton()->isEnabled()); // no topic selected yet
    dialog->selectTopic("orders.v1");
    QVERIFY(dialog->produceButton()->isEnabled());
    dialog->sampleCountSpin()->setValue(25);
    dialog->generatorCombo()->setCurrentIndex(dialog->generatorCombo()->findData("payments"));
    QTest::mouseClick(dialog->produceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const TopicRow &row : dialog->topics())
                if (row.name == "orders.v1")
                    return row.messages() == 25;
            return false;
        }(),
        10000);

    // A second create of the same topic is refused with a message, not a crash.
    QString why;
    QVERIFY(!sandbox->createTopic("orders.v1", 1, &why));
    QVERIFY(!why.isEmpty());
    dialog->close();
}

void TestRunMonitor::runShowsMovingCountersAndBalancedSummary()
{
    SandboxController *sandbox = SandboxController::instance();
    QString error;
    QVERIFY2(sandbox->start(&error), qPrintable(error));
    auto *window = new MainWindow;
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->openFile(iotExample), window);
    RunMonitor *monitor = monitorOf(window);
    QVERIFY(monitor);

    QStringList asked;
    RunMonitor::setMissingTopicsPrompt([&asked](const QStringList &missing) {
        asked = missing;
        return true;
    });
    QAction *run = window->action("actionRun");
    QAction *stop = window->action("actionStop");
    QVERIFY(run->isEnabled());
    QVERIFY(!stop->isEnabled());
    run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->bridge()->isRunning(), 15000);
    QCOMPARE(asked, QStringList{"temperature-readings"});
    QVERIFY(!run->isEnabled());
    QVERIFY(stop->isEnabled());

    // The source starts at "latest": keep producing while the run is live.
    TopicInspector producer(sandbox->bootstrapServers().toStdString(), {});
    std::uint64_t seed = 7;
    QTimer feeder;
    connect(&feeder, &QTimer::timeout, [&] {
        std::string why;
        producer.produce("temperature-readings", generate("iot-temperature", 40, seed++), &why);
    });
    feeder.start(100);

    RunOverlay *overlay = monitor->overlay();
    QTRY_VERIFY_WITH_TIMEOUT(overlay->stats("readings").in > 0, 30000);
    const quint64 first = overlay->stats("readings").in;
    QTRY_VERIFY_WITH_TIMEOUT(overlay->stats("readings").in > first + 40, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(overlay->stats("check-range").in > 0, 10000);
    RunBadgeItem *badge = overlay->badge("readings");
    QVERIFY(badge);
    QVERIFY(badge->isVisible());
    QVERIFY(badge->lines().front().startsWith("in "));
    QTRY_VERIFY(monitor->statusLabel()->text().startsWith("Running on sandbox"));

    // Edge peek: click the edge while running.
    const QString edge = "readings:out->check-range:in";
    window->scene()->clearSelection();
    EdgeItem *edgeItem = window->scene()->edgeItem(edge);
    QVERIFY(edgeItem);
    const QPointF middle = edgeItem->path().pointAtPercent(0.5);
    window->view()->centerOn(middle);
    QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, {}, window->view()->mapFromScene(middle));
    QVERIFY(edgeItem->isSelected());
    RecordPeekDock *peek = monitor->peekDock();
    QTRY_VERIFY(peek->isVisible());
    QCOMPARE(peek->edgeId(), edge);
    QTRY_VERIFY_WITH_TIMEOUT(peek->recordCount() > 0, 10000);
    QVERIFY(peek->recordCount() <= int(RuntimeBridge::PeekCapacity));
    QVERIFY(peek->text().contains("\"device_id\""));
    QVERIFY(peek->text().contains("\"temperature\""));

    // Stop drains gracefully; the summary shows the conservation check.
    feeder.stop();
    stop->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->bridge()->isRunning(), 30000);
    QVERIFY(run->isEnabled());
    QVERIFY(!stop->isEnabled());
    const RunSummary summary = monitor->summaryWidget()->summary();
    QCOMPARE(summary.state, QString("finished"));
    QVERIFY(summary.input >= first + 40);
    QVERIFY(summary.balanced());
    QCOMPARE(summary.input, summary.output + summary.filtered + summary.deadLettered + summary.skipped + summary.stored);
    QVERIFY2(monitor->summaryWidget()->conservationText().startsWith("Balanced"),
             qPrintable(monitor->summaryWidget()->conservationText()));
    QVERIFY(monitor->statusLabel()->text().contains("balanced"));
    QVERIFY(monitor->runDock()->isVisible());
    // Numbers stay on the canvas after the run, and the peek still answers.
    QCOMPARE(overlay->stats("readings").in, quint64(summary.input));
    QVERIFY(!monitor->bridge()->peek(edge).isEmpty());
    // Out of the source: every reading went to the check.
    QCOMPARE(overlay->stats("check-range").in, overlay->stats("readings").out);
}

void TestRunMonitor::compileErrorsShowInRunPanel()
{
    auto *window = new MainWindow;
    window->show();
    QCOMPARE(window->openFile(iotExample), window);
    // Break the pipeline: the filter condition refers to nothing sensible.
    RunMonitor *monitor = monitorOf(window);
    pipeline::Graph graph = window->document()->model()->graph();
    pipeline::Node bad;
    bad.id = "orphan";
    bad.kind = "filter";
    bad.parameters["condition"] = "temperature >";
    graph.putNode(bad);
    window->document()->model()->resetGraph(graph);
    RunMonitor::setMissingTopicsPrompt([](const QStringList &) { return true; });
    window->action("actionRun")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(monitor->summaryWidget()->eventCount() > 0 && !monitor->isPreparing(), 15000);
    QVERIFY(!monitor->bridge()->isRunning());
    QVERIFY(monitor->runDock()->isVisible());
    QVERIFY(monitor->statusLabel()->text().startsWith("Cannot run"));
    QVERIFY(window->action("actionRun")->isEnabled());
}

void TestRunMonitor::topicBrowserUseAsSourceIsOneUndoStep()
{
    SandboxController *sandbox = SandboxController::instance();
    QString error;
    QVERIFY2(sandbox->start(&error), qPrintable(error));
    QVERIFY(sandbox->createTopic("payments.raw", 2, &error) || error.contains("exist"));
    std::string why;
    TopicInspector producer(sandbox->bootstrapServers().toStdString(), {});
    QVERIFY2(producer.produce("payments.raw", generate("payments", 30, 3), &why), why.c_str());

    auto *window = new MainWindow;
    window->resize(1200, 800);
    window->show();
    RunMonitor *monitor = monitorOf(window);
    TopicBrowserDock *browser = monitor->topicBrowser();
    window->action("actionTopicBrowser")->trigger();
    QVERIFY(browser->isVisible());
    auto describe = [browser] {
        QStringList rows;
        for (const TopicRow &row : browser->topics())
            rows << QStringLiteral("%1:%2:%3").arg(row.name).arg(row.partitions.size()).arg(row.messages());
        return rows.join(' ') + " / " + browser->status();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            for (const TopicRow &row : browser->topics())
                if (row.name == "payments.raw")
                    return row.partitions.size() == 2 && row.messages() == 30;
            return false;
        }(),
        qPrintable(describe()), 15000);
    browser->selectTopic("payments.raw");
    QTRY_VERIFY_WITH_TIMEOUT(browser->messageCount() == 20, 15000);

    QUndoStack *undo = window->document()->undoStack();
    const int steps = undo->count();
    const size_t nodes = window->document()->model()->graph().nodes().size();
    QString added;
    connect(monitor, &RunMonitor::sourceAdded, this, [&added](const QString &id) { added = id; });
    QVERIFY(browser->useAsSourceButton()->isEnabled());
    QTest::mouseClick(browser->useAsSourceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 15000);
    QCOMPARE(undo->count(), steps + 1);
    const pipeline::Node *node = window->document()->model()->graph().node(added.toStdString());
    QVERIFY(node);
    QCOMPARE(node->kind, std::string("kafka-source"));
    QCOMPARE(node->stringParameter("topic"), std::string("payments.raw"));
    QCOMPARE(node->stringParameter("format"), std::string("json"));
    const pipeline::Schema schema = pipeline::schemaFromParameter(*node->parameter("schema"));
    QVERIFY(!schema.open);
    // Fields in the messages' own order (the generator writes them sorted by name).
    QCOMPARE(schema.names(),
             (std::vector<std::string>{"amount", "currency", "customer_id", "payment_id", "ts"}));
    QCOMPARE(field(schema, "amount")->type, pipeline::FieldType::Double);
    QCOMPARE(field(schema, "payment_id")->type, pipeline::FieldType::String);
    QCOMPARE(field(schema, "ts")->type, pipeline::FieldType::Timestamp);
    QVERIFY(window->scene()->nodeItem(added));
    QCOMPARE(window->scene()->selectedNodeIds(), QStringList{added});

    undo->undo();
    QCOMPARE(window->document()->model()->graph().nodes().size(), nodes);
    QVERIFY(!window->document()->model()->graph().node(added.toStdString()));
    undo->redo();
    QVERIFY(window->document()->model()->graph().node(added.toStdString()));
}

void TestRunMonitor::connectionProfilesKeepSecretsOut()
{
    ConnectionProfile profile;
    profile.name = "prod";
    profile.bootstrapServers = "broker:9093";
    profile.properties = {{"security.protocol", "SASL_SSL"},
                          {"sasl.username", "svc"},
                          {"sasl.password", "env:PW_TEST_SECRET"},
                          {"ssl.key.password", "hunter2"}};
    QCOMPARE(profile.problems().size(), 1); // the literal ssl.key.password
    ConnectionProfiles::save({profile});

    // The literal secret never reached the settings; the reference did.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains("hunter2"), qPrintable(key));
    const QList<ConnectionProfile> loaded = ConnectionProfiles::load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded[0].bootstrapServers, QString("broker:9093"));
    QCOMPARE(loaded[0].properties.size(), 3);
    QCOMPARE(loaded[0].properties[2].second, QString("env:PW_TEST_SECRET"));

    pipeline::runtime::ClientProperties resolved;
    QString error;
    qunsetenv("PW_TEST_SECRET");
    QVERIFY(!ConnectionProfiles::resolve(loaded[0], &resolved, &error));
    QVERIFY(error.contains("PW_TEST_SECRET"));
    qputenv("PW_TEST_SECRET", "s3cret");
    QVERIFY(ConnectionProfiles::resolve(loaded[0], &resolved, &error));
    QCOMPARE(resolved.size(), size_t(3));
    QCOMPARE(resolved[2].second, std::string("s3cret"));

    // Active profile: runs (and the topic browser) go there instead of the sandbox.
    ConnectionProfiles::setActiveName("prod");
    QVERIFY(ConnectionProfiles::active().has_value());
    auto *window = new MainWindow;
    RunMonitor::Target target;
    QVERIFY(monitorOf(window)->currentTarget(&target, &error, false));
    QVERIFY(!target.sandbox);
    QCOMPARE(target.bootstrap, std::string("broker:9093"));
    SandboxController::instance()->setPreferredForRuns(true); // --sandbox wins
    QVERIFY(monitorOf(window)->currentTarget(&target, &error, true));
    QVERIFY(target.sandbox);
    SandboxController::instance()->setPreferredForRuns(false);
    ConnectionProfiles::setActiveName({});
    QVERIFY(!ConnectionProfiles::active().has_value());
    window->close();
}

void TestRunMonitor::settingsChooseTheClusterRunsUse()
{
    // One place for Kafka profiles: Tools → Settings → Kafka Clusters, no second dialog.
    SandboxController::instance()->stop();
    ConnectionProfiles::save({});
    ConnectionProfiles::setActiveName({});
    auto *window = new MainWindow;
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionConnections")));
    for (QAction *action : window->findChildren<QAction *>())
        QVERIFY2(!action->text().contains("Connection Profiles"), qPrintable(action->text()));
    auto *assistant = window->findChild<AssistantDock *>();
    QVERIFY(assistant);
    QVERIFY(assistant->bootstrapServers().isEmpty());

    window->action(QStringLiteral("actionSettings"))->trigger();
    auto *dialog = window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    ProfileListPage *kafka = dialog->kafkaPage();
    kafka->addProfile();
    kafka->nameEdit()->setText("staging");
    kafka->lineEdit("bootstrap")->setText("staging-kafka:9092");
    kafka->activeCombo()->setCurrentIndex(kafka->activeCombo()->findData("staging"));
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    // Runs, the topic browser and the assistant follow at once.
    RunMonitor::Target target;
    QString error;
    QVERIFY2(monitorOf(window)->currentTarget(&target, &error, false), qPrintable(error));
    QVERIFY(!target.sandbox);
    QCOMPARE(target.bootstrap, std::string("staging-kafka:9092"));
    QCOMPARE(assistant->bootstrapServers(), QString("staging-kafka:9092"));
    ConnectionProfiles::setActiveName({});
    window->close();
}

void TestRunMonitor::closingMidRunDrainsInTheBackground()
{
    std::string error;
    auto sandbox = pipeline::runtime::SandboxCluster::start(1, &error);
    QVERIFY2(sandbox, error.c_str());
    QVERIFY(sandbox->createTopic("reaper-out", 1, &error));
    pipeline::Graph graph;
    graph.name = "reaper";
    pipeline::Node source = pipeline::Catalog::builtin().instantiate("sample-source", "in");
    source.parameters["generator"] = "iot-temperature";
    source.parameters["rate"] = 0; // as fast as possible: there is always work in flight
    graph.putNode(source);
    pipeline::Node sink = pipeline::Catalog::builtin().instantiate("kafka-sink", "out");
    sink.parameters["topic"] = "reaper-out";
    graph.putNode(sink);
    pipeline::Edge edge;
    edge.from = {"in", "out"};
    edge.to = {"out", "in"};
    edge.id = pipeline::Graph::edgeIdFor(edge.from, edge.to);
    graph.putEdge(edge);

    pipeline::runtime::RunOptions options;
    options.bootstrapServers = sandbox->bootstrapServers();
    options.drainTimeoutMillis = 20'000;
    auto *bridge = new RuntimeBridge;
    const pipeline::Diagnostics errors = bridge->start(graph, options);
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().message.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(bridge->snapshot().totals.output > 100, 20000);
    // With the broker down the drain cannot finish: the window's bridge goes away
    // anyway, and the engine is still being finished elsewhere.
    QVERIFY(sandbox->setBrokerDown(1, &error));
    const int before = EngineReaper::pending();
    delete bridge;
    QCOMPARE(EngineReaper::pending(), before + 1);
    QVERIFY(sandbox->setBrokerUp(1, &error));
    // Once the broker is back the drain completes: everything in flight acknowledged.
    QTRY_COMPARE_WITH_TIMEOUT(EngineReaper::pending(), before, 30000);
    EngineReaper::waitAll();
}

QTEST_MAIN(TestRunMonitor)
void TestRunMonitor::assistantFollowsTheCluster()
{
    // The assistant grounds generations in the topics of the cluster runs go to:
    // none while nothing is connected, the sandbox once it runs.
    SandboxController *sandbox = SandboxController::instance();
    sandbox->stop();
    ConnectionProfiles::setActiveName({});
    MainWindow window;
    auto *assistant = window.findChild<AssistantDock *>();
    QVERIFY(assistant);
    QVERIFY(assistant->bootstrapServers().isEmpty());
    QString error;
    QVERIFY2(sandbox->start(&error), qPrintable(error));
    QTRY_COMPARE(assistant->bootstrapServers(), sandbox->bootstrapServers());
    QVERIFY(assistant->bootstrapServers().startsWith("127.0.0.1:"));
    sandbox->stop();
    QTRY_VERIFY(assistant->bootstrapServers().isEmpty());
}

void TestRunMonitor::llmStatsShowInBadgeAndSummary()
{
    pipeline::runtime::RunSnapshot snapshot;
    snapshot.state = pipeline::runtime::RunState::Running;
    pipeline::runtime::NodeStats plain;
    plain.nodeId = "filter";
    plain.in = 10;
    pipeline::runtime::NodeStats ai;
    ai.nodeId = "classify";
    ai.in = 10;
    ai.llm.calls = 7;
    ai.llm.cacheHits = 3;
    ai.llm.retries = 2;
    ai.llm.promptTokens = 1200;
    ai.llm.completionTokens = 34;
    ai.llm.cost = 0.0125;
    ai.llm.estimatedCost = 0.02;
    snapshot.nodes = {plain, ai};

    const NodeRunStats plainView = RuntimeBridge::toView(plain);
    QVERIFY(!plainView.llm);
    const NodeRunStats aiView = RuntimeBridge::toView(ai);
    QVERIFY(aiView.llm);
    QCOMPARE(aiView.llmTokens, quint64(1234));

    CanvasTheme theme = CanvasTheme::light();
    RunBadgeItem plainBadge(&theme, nullptr);
    plainBadge.setStats(plainView, true);
    QCOMPARE(plainBadge.lines().size(), 1);
    RunBadgeItem badge(&theme, nullptr);
    badge.setStats(aiView, true);
    const QString llmLine = badge.lines().last();
    QVERIFY2(llmLine.contains(QLocale().toString(7)) && llmLine.contains(QLocale().toString(1234))
                 && llmLine.contains(QLocale().toString(0.0125, 'f', 4)),
             qPrintable(llmLine));

    const RunSummary summary = RuntimeBridge::toView(snapshot);
    QVERIFY(summary.llm);
    QCOMPARE(summary.llmCalls, quint64(7));
    QCOMPARE(summary.llmPromptTokens, quint64(1200));
    RunSummaryWidget widget;
    widget.setSummary(summary);
    const QString totals = widget.findChild<QLabel *>("runTotals")->text();
    QVERIFY2(totals.contains("LLM") && totals.contains(QLocale().toString(0.02, 'f', 4)), qPrintable(totals));
    RunSummary withoutLlm = summary;
    withoutLlm.llm = false;
    widget.setSummary(withoutLlm);
    QVERIFY(!widget.findChild<QLabel *>("runTotals")->text().contains("LLM"));
}

#include "tst_runmonitor.moc"
