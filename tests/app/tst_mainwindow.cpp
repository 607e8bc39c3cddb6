#include "app/designer/document.h"
#include "app/designer/mainwindow.h"

#include "widgets/docks/diagnosticswidget.h"
#include "widgets/model/graphmodel.h"
#include "widgets/docks/propertyeditor.h"
#include "widgets/docks/pipelinetestscheduler.h"
#include "widgets/docks/testsdock.h"

#include "pipeline/edit/setparametercommand.h"
#include "widgets/canvas/minimapwidget.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/painting/nodestyle.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QDir>
#include <QSettings>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QMenuBar>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

namespace {
const QString example = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QPoint headerOf(MainWindow *window, const QString &id)
{
    NodeItem *item = window->scene()->nodeItem(id);
    return window->view()->mapFromScene(item->pos() + QPointF(NodeGeometry::Width / 2, NodeGeometry::HeaderHeight / 2));
}

QString firstNode(MainWindow *window)
{
    return QString::fromStdString(window->document()->model()->graph().nodes().begin()->first);
}

MainWindow *openExample()
{
    auto *window = new MainWindow;
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    if (window->openFile(example) != window)
        return nullptr;
    window->view()->resetZoom();
    window->view()->centerOn(window->scene()->nodeItem(firstNode(window)));
    return window;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void menusAndPlaceholders();
    void titleShowsFileAndDirtyMark();
    void editsWithKeysUndoToOriginalBytes();
    void saveAndReload();
    void closeAsksWhenDirty_data();
    void closeAsksWhenDirty();
    void copyPasteBetweenWindows();
    void dropFileOpensIt();
    void diagnosticsClickSelectsNode();
    void autoLayoutIsOneUndoStep();
    void recoveryRestoredOnNextStart();
    void themeAndRecentFilesPersist();
    void viewActionsZoomFitAndMinimap();
    void cutRemovesAndUndoRestores();
    void recentAndExamplesMenusOpenFiles();
    void dockLayoutPersists();
    void everyKindHasAnIcon();
    void testsDockFollowsTheOpenPipeline();

private:
    QTemporaryDir m_recovery;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName("PipewrightTests");
    QApplication::setApplicationName("tst_mainwindow");
    qputenv("PIPEWRIGHT_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
    MainWindow::setQuietErrors(true);
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    MainWindow::setUnsavedPrompt([](MainWindow *) { return QMessageBox::Discard; });
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (qobject_cast<MainWindow *>(widget))
            widget->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MainWindow::setUnsavedPrompt({});
}

void TestMainWindow::menusAndPlaceholders()
{
    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove('&');
    QCOMPARE(menus, (QStringList{"File", "Edit", "View", "Pipeline", "Tools", "Help"}));
    for (const char *name : {"actionRun", "actionStop", "actionSandbox", "actionSettings"}) {
        QAction *action = window.action(name);
        QVERIFY(action);
        QVERIFY(!action->toolTip().isEmpty());
    }
    // The run monitor enables Run and the sandbox; Stop only while running; Settings opens the dialog.
    QVERIFY(window.action("actionRun")->isEnabled());
    QVERIFY(window.action("actionSandbox")->isEnabled());
    QVERIFY(!window.action("actionStop")->isEnabled());
    QVERIFY(window.action("actionSettings")->isEnabled());
    QCOMPARE(window.action("actionSave")->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(window.action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    auto *examples = window.findChild<QMenu *>("menuExamples");
    QVERIFY(examples);
    QVERIFY(examples->actions().size() >= 6);
    QVERIFY(MainWindow::exampleFiles().contains(QFileInfo(example).absoluteFilePath()));
}

void TestMainWindow::titleShowsFileAndDirtyMark()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    QVERIFY(window->windowTitle().startsWith("iot-temperature-alerts.pipeline.json[*]"));
    QVERIFY(!window->isWindowModified());
    const QPoint start = headerOf(window, firstNode(window));
    QTest::mousePress(window->view()->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(window->view()->viewport(), start + QPoint(30, 10));
    QTest::mouseMove(window->view()->viewport(), start + QPoint(60, 40));
    QTest::mouseRelease(window->view()->viewport(), Qt::LeftButton, {}, start + QPoint(60, 40));
    QVERIFY(window->isWindowModified());
    QVERIFY(window->action("actionUndo")->text().contains("Move"));
    QTest::keySequence(window, QKeySequence::Undo);
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->action("actionRedo")->text().contains("Move"));
}

void TestMainWindow::editsWithKeysUndoToOriginalBytes()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    const QByteArray original = readAll(example);
    const QString id = firstNode(window);
    PipelineView *view = window->view();
    view->setFocus();
    // Select, duplicate, delete, nudge: all by real input.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, headerOf(window, id));
    QCOMPARE(window->scene()->selectedNodeIds(), QStringList{id});
    QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(window->scene()->selectedNodeIds().size(), 1);
    QVERIFY(window->scene()->selectedNodeIds().front() != id);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right); // nudges merge
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, headerOf(window, id));
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!window->document()->model()->graph().node(id.toStdString()));
    QCOMPARE(window->document()->undoStack()->count(), 4);
    while (window->document()->undoStack()->canUndo())
        QTest::keySequence(window, QKeySequence::Undo);
    QCOMPARE(window->document()->serialized(), original);
    QVERIFY(!window->isWindowModified());
    // Save the undone document: same bytes on disk.
    QTemporaryDir dir;
    QVERIFY(window->saveAs(dir.filePath("same.pipeline.json")));
    QCOMPARE(readAll(dir.filePath("same.pipeline.json")), original);
}

void TestMainWindow::saveAndReload()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    window->autoLayout(false);
    QTemporaryDir dir;
    const QString path = dir.filePath("laid-out.pipeline.json");
    QVERIFY(window->saveAs(path));
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->windowTitle().startsWith("laid-out.pipeline.json"));
    MainWindow *other = window->openFile(path);
    QCOMPARE(other, window); // already open: the same window comes forward
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *fresh = new MainWindow;
    QCOMPARE(fresh->openFile(path), fresh);
    QCOMPARE(fresh->document()->serialized(), readAll(path));
    fresh->close();
}

void TestMainWindow::closeAsksWhenDirty_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard closes") << int(QMessageBox::Discard) << true;
}

void TestMainWindow::closeAsksWhenDirty()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    MainWindow *window = openExample();
    QVERIFY(window);
    int asked = 0;
    MainWindow::setUnsavedPrompt([&](MainWindow *) {
        ++asked;
        return QMessageBox::StandardButton(answer);
    });
    QVERIFY(window->close()); // clean: no question
    QCOMPARE(asked, 0);
    window = openExample();
    QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, {}, headerOf(window, firstNode(window)));
    QTest::keyClick(window->view(), Qt::Key_Delete);
    QVERIFY(window->isWindowModified());
    QPointer<MainWindow> guard(window);
    QCOMPARE(window->close(), closes);
    QCOMPARE(asked, 1);
    if (!closes)
        QVERIFY(guard && guard->isVisible());
    MainWindow::setUnsavedPrompt({});
}

void TestMainWindow::copyPasteBetweenWindows()
{
    MainWindow *source = openExample();
    QVERIFY(source);
    auto *target = new MainWindow;
    target->resize(900, 700);
    target->show();
    QVERIFY(QTest::qWaitForWindowExposed(target));
    source->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(source));
    source->view()->setFocus();
    QTest::keySequence(source->view(), QKeySequence::SelectAll);
    const int count = int(source->document()->model()->graph().nodes().size());
    QCOMPARE(source->scene()->selectedNodeIds().size(), count);
    QTest::keySequence(source->view(), QKeySequence::Copy);
    QVERIFY(QApplication::clipboard()->text().contains("pipewright-pipeline"));
    target->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(target));
    target->view()->setFocus();
    QTest::keySequence(target->view(), QKeySequence::Paste);
    const pipeline::Graph &pasted = target->document()->model()->graph();
    QCOMPARE(int(pasted.nodes().size()), count);
    QCOMPARE(pasted.edges().size(), source->document()->model()->graph().edges().size());
    QVERIFY(target->isWindowModified());
    QVERIFY(target->action("actionUndo")->text().contains("Paste"));
}

void TestMainWindow::dropFileOpensIt()
{
    auto *window = new MainWindow;
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(example)});
    // Dropped where users drop files: on the canvas, which hands files on to the window.
    QWidget *canvas = window->view()->viewport();
    const QPoint at = canvas->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &drop);
    QCOMPARE(window->document()->filePath(), QFileInfo(example).absoluteFilePath());
    QVERIFY(window->scene()->nodeItemCount() > 3);
}

void TestMainWindow::diagnosticsClickSelectsNode()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    // Break one node: a required parameter emptied.
    GraphModel *model = window->document()->model();
    std::string broken;
    for (const auto &[id, node] : model->graph().nodes())
        if (node.kind == "kafka-sink")
            broken = id;
    QVERIFY(!broken.empty());
    model->execute(std::make_unique<pipeline::edit::SetParameterCommand>(model->graph(), broken, "topic", ""));
    window->action("actionValidate")->trigger();
    QTreeWidget *tree = window->diagnostics()->tree();
    QVERIFY(window->diagnostics()->errorCount() >= 1);
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == QString::fromStdString(broken))
            row = tree->topLevelItem(i);
    QVERIFY(row);
    window->scene()->clearSelection();
    const QRect rect = tree->visualItemRect(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->scene()->selectedNodeIds(), QStringList{QString::fromStdString(broken)});
    QCOMPARE(window->propertyEditor()->nodeId(), QString::fromStdString(broken));
    QCOMPARE(window->scene()->nodeItem(QString::fromStdString(broken))->diagnosticSeverity(), 2);
}

void TestMainWindow::autoLayoutIsOneUndoStep()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    const QByteArray original = window->document()->serialized();
    window->autoLayout(true);
    QTRY_COMPARE(window->document()->undoStack()->count(), 1);
    QCOMPARE(window->document()->undoStack()->undoText(), QString("Auto-layout"));
    // Every edge points to the right after a left-to-right layout.
    const pipeline::Graph &g = window->document()->model()->graph();
    for (const auto &[id, edge] : g.edges())
        QVERIFY(g.node(edge.to.node)->position.x > g.node(edge.from.node)->position.x);
    window->document()->undoStack()->undo();
    QCOMPARE(window->document()->serialized(), original);
}

void TestMainWindow::recoveryRestoredOnNextStart()
{
    QByteArray edited;
    {
        MainWindow *window = openExample();
        QVERIFY(window);
        QTest::mouseClick(window->view()->viewport(), Qt::LeftButton, {}, headerOf(window, firstNode(window)));
        QTest::keyClick(window->view(), Qt::Key_Delete);
        QVERIFY(window->document()->writeRecovery());
        edited = window->document()->serialized();
        // A crash leaves the copy without its live lock.
        const QString leftover = m_recovery.filePath("left-over.pipeline.json");
        QVERIFY(QFile::copy(window->document()->recoveryFile(), leftover));
        QVERIFY(QFile::copy(window->document()->recoveryFile() + ".origin", leftover + ".origin"));
    }
    QStringList offered;
    MainWindow::setRecoveryPrompt([&](const QStringList &files) {
        offered = files;
        return true;
    });
    const QList<MainWindow *> restored = MainWindow::offerRecovery();
    MainWindow::setRecoveryPrompt({});
    QCOMPARE(offered.size(), 1);
    QCOMPARE(restored.size(), 1);
    QCOMPARE(restored.front()->document()->serialized(), edited);
    QVERIFY(restored.front()->isWindowModified());
    QCOMPARE(restored.front()->document()->filePath(), QFileInfo(example).absoluteFilePath());
    QVERIFY(Document::orphanedRecoveryFiles().isEmpty());
}

void TestMainWindow::themeAndRecentFilesPersist()
{
    {
        MainWindow *window = openExample();
        QVERIFY(window);
        window->action("actionDarkTheme")->trigger();
        QVERIFY(window->isDarkTheme());
        QVERIFY(window->scene()->theme().dark);
        window->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MainWindow again;
    QVERIFY(again.isDarkTheme());
    QVERIFY(again.scene()->theme().dark);
    QCOMPARE(QSettings().value("recentFiles").toStringList().value(0), QFileInfo(example).absoluteFilePath());
    again.setDarkTheme(false);
    QVERIFY(!QSettings().value("darkTheme").toBool());
}

void TestMainWindow::viewActionsZoomFitAndMinimap()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    PipelineView *view = window->view();
    window->action("actionResetZoom")->trigger();
    QCOMPARE(view->zoom(), 1.0);
    window->action("actionZoomIn")->trigger();
    QCOMPARE(view->zoom(), 1.25);
    window->action("actionZoomOut")->trigger();
    QCOMPARE(view->zoom(), 1.0);
    // Fit: every node inside the viewport.
    view->setZoom(PipelineView::MaxZoom, view->viewport()->rect().center());
    window->action("actionFit")->trigger();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(window->scene()->nodesBoundingRect()));
    QVERIFY(view->zoom() < PipelineView::MaxZoom);
    // The minimap follows its action, and the choice is remembered.
    QVERIFY(view->minimap()->isVisible());
    window->action("actionMinimap")->trigger();
    QVERIFY(!view->minimap()->isVisible());
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!QSettings().value("minimap").toBool());
    QSettings().setValue("minimap", true);
}

void TestMainWindow::cutRemovesAndUndoRestores()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    const QString id = firstNode(window);
    const QByteArray before = window->document()->serialized();
    window->scene()->selectNodes({id});
    window->action("actionCut")->trigger();
    QVERIFY(!window->document()->model()->graph().node(id.toStdString()));
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("\"%1\"").arg(id)));
    QVERIFY(window->action("actionUndo")->text().contains("Cut"));
    window->action("actionUndo")->trigger();
    QCOMPARE(window->document()->serialized(), before);
    // What was cut pastes back (with a fresh id, the original exists again).
    window->action("actionPaste")->trigger();
    QCOMPARE(window->document()->model()->graph().nodes().size(), size_t(QJsonDocument::fromJson(before).object()["nodes"].toArray().size() + 1));
}

void TestMainWindow::recentAndExamplesMenusOpenFiles()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    auto *recent = window->findChild<QMenu *>("menuRecent");
    QVERIFY(recent);
    emit recent->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : recent->actions())
        if (a->text() == QDir::toNativeSeparators(QFileInfo(example).absoluteFilePath()))
            entry = a;
    QVERIFY(entry);
    // The example is open already: the recent entry brings that window forward.
    entry->trigger();
    int windows = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        windows += qobject_cast<MainWindow *>(widget) && widget->isVisible();
    QCOMPARE(windows, 1);
    // Another example opens in a new window (this one holds a document).
    auto *examples = window->findChild<QMenu *>("menuExamples");
    const QStringList files = MainWindow::exampleFiles();
    const int other = files.indexOf(QFileInfo(example).absoluteFilePath()) == 0 ? 1 : 0;
    examples->actions().at(other)->trigger();
    MainWindow *opened = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *w = qobject_cast<MainWindow *>(widget); w && w->document()->filePath() == files.at(other))
            opened = w;
    QVERIFY(opened);
    QVERIFY(opened != window);
    QVERIFY(!opened->document()->model()->graph().nodes().empty());
}

void TestMainWindow::dockLayoutPersists()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *diagnostics = window.findChild<QDockWidget *>("DiagnosticsDock");
        QVERIFY(diagnostics && diagnostics->isVisible());
        diagnostics->hide();
        auto *palette = window.findChild<QDockWidget *>("PaletteDock");
        window.addDockWidget(Qt::RightDockWidgetArea, palette);
        window.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.findChild<QDockWidget *>("DiagnosticsDock")->isVisible());
    QCOMPARE(again.dockWidgetArea(again.findChild<QDockWidget *>("PaletteDock")), Qt::RightDockWidgetArea);
    QSettings().remove("windowState");
}

void TestMainWindow::everyKindHasAnIcon()
{
    MainWindow window; // loads the resources
    for (const pipeline::NodeType &type : pipeline::Catalog::builtin().types()) {
        const QIcon icon = NodeStyle::icon(&type);
        QVERIFY2(!icon.isNull() && !icon.pixmap(18, 18).isNull(), type.kind.c_str());
    }
}

void TestMainWindow::testsDockFollowsTheOpenPipeline()
{
    MainWindow *window = openExample();
    QVERIFY(window);
    TestsDock *tests = window->testsDock();
    QVERIFY(tests);
    QCOMPARE(QFileInfo(tests->testsPath()).fileName(), QStringLiteral("iot-temperature-alerts.tests.json"));
    // View lists the dock; Pipeline has Run All Tests with a shortcut no other action uses.
    QMenu *view = nullptr;
    QMenu *pipelineMenu = nullptr;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->text().remove('&') == QLatin1String("View"))
            view = action->menu();
        if (action->text().remove('&') == QLatin1String("Pipeline"))
            pipelineMenu = action->menu();
    }
    QVERIFY(view && pipelineMenu);
    QVERIFY(view->actions().contains(tests->toggleViewAction()));
    QVERIFY(pipelineMenu->actions().contains(tests->runAllAction()));
    const QKeySequence shortcut = tests->runAllAction()->shortcut();
    QCOMPARE(shortcut, QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    for (QAction *action : window->findChildren<QAction *>())
        if (action != tests->runAllAction())
            QVERIFY2(!action->shortcuts().contains(shortcut), qPrintable(action->objectName()));
    // The example's cases all pass, with the dock hidden behind Diagnostics or not.
    QTRY_VERIFY_WITH_TIMEOUT(tests->result().has_value() && !tests->isRunPending(), 10000);
    QVERIFY(tests->caseCount() >= 3);
    QCOMPARE(tests->failedCount(), 0);
    // Ctrl+Shift+T shows the dock and runs the cases again.
    const int started = tests->scheduler()->startedRuns();
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(tests->scheduler()->startedRuns() > started);
    QVERIFY(tests->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
