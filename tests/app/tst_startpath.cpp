#include "app/designer/designerstartup.h"
#include "app/designer/document.h"
#include "app/designer/mainwindow.h"

#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"
#include "widgets/model/graphmodel.h"
#include "widgets/welcome/welcomeview.h"

#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

// The designer's start as main() does it (startDesigner), on a real X server
// (xvfb-run, see CMakeLists.txt) or offscreen: the pipeline must be fitted to the
// window's real size, at a readable zoom, with every node visible.
namespace {
const QString example = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");

/// Nodes whose whole item lies inside the viewport.
int nodesInside(MainWindow *window)
{
    const PipelineView *view = window->view();
    int inside = 0;
    for (const auto &[id, node] : window->document()->model()->graph().nodes()) {
        const NodeItem *item = window->scene()->nodeItem(QString::fromStdString(id));
        inside += item && view->viewport()->rect().contains(view->mapFromScene(item->sceneBoundingRect()).boundingRect());
    }
    return inside;
}

int nodeCount(MainWindow *window)
{
    return int(window->document()->model()->graph().nodes().size());
}

/// How much of the viewport the pipeline fills in its tighter dimension (1 = edge to edge).
qreal fillRatio(MainWindow *window)
{
    const QRectF bounds = window->scene()->nodesBoundingRect();
    const QSize viewport = window->view()->viewport()->size();
    const qreal zoom = window->view()->zoom();
    return std::max(bounds.width() * zoom / viewport.width(), bounds.height() * zoom / viewport.height());
}

/// Shown, laid out, and the queued fits done (a window manager may resize once more).
bool settle(MainWindow *window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QTest::qWait(300);
    return true;
}

QString writePipeline(const QTemporaryDir &dir, const QString &name, const QByteArray &nodes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("{\n  \"edges\": [],\n  \"format\": \"pipewright-pipeline\",\n  \"name\": \"small\",\n  \"nodes\": [" + nodes
               + "],\n  \"version\": 1\n}\n");
    return path;
}
} // namespace

class TestStartPath : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void commandLineFileIsFittedAfterShow();
    void smallPipelineIsNotBlownUp();
    void withoutAFileTheWelcomePageShows();
    void openingLaterFitsToo_data();
    void openingLaterFitsToo();

private:
    QTemporaryDir m_recovery;
    QTemporaryDir m_files;
};

void TestStartPath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName("PipewrightTests");
    QApplication::setApplicationName("tst_startpath");
    qputenv("PIPEWRIGHT_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
    QSettings().clear(); // a new installation: no saved geometry
    MainWindow::setQuietErrors(true);
    qInfo("platform %s, screen %dx%d", qPrintable(QGuiApplication::platformName()),
          QGuiApplication::primaryScreen()->availableGeometry().width(),
          QGuiApplication::primaryScreen()->availableGeometry().height());
}

void TestStartPath::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            window->document()->undoStack()->setClean();
            window->close();
        }
    QTest::qWait(50);
    QSettings().clear();
}

void TestStartPath::commandLineFileIsFittedAfterShow()
{
    // `pipewright --sandbox FILE`, as ./run.sh starts it.
    DesignerStartOptions options;
    options.sandbox = true;
    options.file = example;
    MainWindow *window = startDesigner(options);
    QVERIFY(window);
    QVERIFY(settle(window));
    QVERIFY(!window->isWelcomeShown());

    // The first window of a new installation: 80 % of the free screen (or at least 1024x700), centred.
    const QRect available = window->screen()->availableGeometry();
    const QSize expected = (available.size() * 0.8).expandedTo(QSize(1024, 700)).boundedTo(available.size());
    const QString size = QStringLiteral("%1x%2 on %3x%4").arg(window->width()).arg(window->height())
                             .arg(available.width()).arg(available.height());
    if (available.width() >= 1280 && available.height() >= 875) { // else the docks' minimum sizes decide
        QVERIFY2(qAbs(window->width() - expected.width()) <= 2 && qAbs(window->height() - expected.height()) <= 2,
                 qPrintable(size));
        QVERIFY(qAbs(window->geometry().center().x() - available.center().x()) <= 2);
    } else {
        QVERIFY2(window->width() >= expected.width() - 2, qPrintable(size));
    }

    // Every node inside the viewport, the pipeline filling it, never above 100 %.
    QCOMPARE(nodesInside(window), nodeCount(window));
    const qreal zoom = window->view()->zoom();
    QVERIFY2(zoom <= 1.0, qPrintable(QString::number(zoom)));
    QVERIFY2(fillRatio(window) > 0.75, qPrintable(QString::number(fillRatio(window))));
    // On a common screen (1920 wide, as scripts/screenshots.sh uses) the titles are readable.
    if (available.width() >= 1900)
        QVERIFY2(zoom >= 0.6, qPrintable(QString::number(zoom)));
    qInfo("window %dx%d, viewport %dx%d, zoom %.3f", window->width(), window->height(),
          window->view()->viewport()->width(), window->view()->viewport()->height(), zoom);

    // The status bar names the file, not the machine's path to it.
    const QString message = window->statusBar()->currentMessage();
    QCOMPARE(message, QString("Opened iot-temperature-alerts.pipeline.json"));
    QVERIFY(!message.contains(PIPEWRIGHT_SOURCE_DIR));

    // A window manager that resizes the window afterwards: fitted again.
    window->resize(window->width() - 300, window->height() - 100);
    QTest::qWait(100);
    QCOMPARE(nodesInside(window), nodeCount(window));
    QVERIFY(window->view()->zoom() < zoom);
    // Once the user zooms, a resize keeps their zoom.
    window->action("actionZoomIn")->trigger();
    const qreal chosen = window->view()->zoom();
    QVERIFY(!window->isFitPending());
    window->resize(window->width() + 300, window->height() + 100);
    QTest::qWait(100);
    QCOMPARE(window->view()->zoom(), chosen);
}

void TestStartPath::smallPipelineIsNotBlownUp()
{
    const QString path = writePipeline(m_files, "one.pipeline.json",
                                       R"({"id": "src", "kind": "kafka-source", "parameters": {"topic": "t"}, "position": {"x": 0, "y": 0}})");
    QVERIFY(!path.isEmpty());
    DesignerStartOptions options;
    options.file = path;
    MainWindow *window = startDesigner(options);
    QVERIFY(window);
    QVERIFY(settle(window));
    QCOMPARE(window->document()->filePath(), path);
    QCOMPARE(window->view()->zoom(), 1.0);
    QCOMPARE(nodesInside(window), 1);
    // Centred.
    const QPoint centre = window->view()->mapFromScene(window->scene()->nodesBoundingRect().center());
    const QPoint viewportCentre = window->view()->viewport()->rect().center();
    QVERIFY2((centre - viewportCentre).manhattanLength() < 8,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4").arg(centre.x()).arg(centre.y()).arg(viewportCentre.x()).arg(viewportCentre.y())));
}

void TestStartPath::withoutAFileTheWelcomePageShows()
{
    MainWindow *window = startDesigner({});
    QVERIFY(window);
    QVERIFY(settle(window));
    QVERIFY(window->isWelcomeShown());
    WelcomeView *welcome = window->welcomeView();
    QVERIFY(welcome && welcome->isVisible());
    QCOMPARE(welcome->gallery()->count(), MainWindow::exampleFiles().size());
    // The start page has the window to itself; the docks come back with the canvas.
    auto *palette = window->findChild<QDockWidget *>("PaletteDock");
    QVERIFY(palette && !palette->isVisible());
    // A click on the IoT card opens it here, fitted.
    const int row = MainWindow::exampleFiles().indexOf(QFileInfo(example).absoluteFilePath());
    QVERIFY(row >= 0);
    ExampleGallery *gallery = welcome->gallery();
    gallery->scrollToItem(gallery->item(row));
    QTest::mouseClick(gallery->viewport(), Qt::LeftButton, {}, gallery->visualItemRect(gallery->item(row)).center());
    QTest::qWait(100);
    QVERIFY(!window->isWelcomeShown());
    QCOMPARE(window->document()->filePath(), QFileInfo(example).absoluteFilePath());
    QVERIFY(palette->isVisible());
    QCOMPARE(nodesInside(window), nodeCount(window));
    QVERIFY(window->view()->zoom() <= 1.0);
    QVERIFY(fillRatio(window) > 0.75);
}

void TestStartPath::openingLaterFitsToo_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("File > Open") << "open";
    QTest::newRow("recent file on the welcome page") << "recent";
    QTest::newRow("New Pipeline, then open") << "new";
}

void TestStartPath::openingLaterFitsToo()
{
    QFETCH(QString, how);
    QSettings().setValue("recentFiles", QStringList{QFileInfo(example).absoluteFilePath()});
    MainWindow *window = startDesigner({});
    QVERIFY(window);
    QVERIFY(settle(window));
    QVERIFY(window->isWelcomeShown());
    if (how == "recent") {
        QListWidget *recent = window->welcomeView()->recentList();
        QCOMPARE(recent->count(), 1);
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
    } else {
        if (how == "new") {
            QTest::mouseClick(window->welcomeView()->newButton(), Qt::LeftButton);
            QVERIFY(!window->isWelcomeShown());
            QCOMPARE(window, window->openFile(example)); // still pristine: opens here
        } else {
            QCOMPARE(window->openFile(example), window); // what the Open dialog calls
        }
    }
    QTest::qWait(100);
    QVERIFY(!window->isWelcomeShown());
    QCOMPARE(window->document()->filePath(), QFileInfo(example).absoluteFilePath());
    QCOMPARE(nodesInside(window), nodeCount(window));
    QVERIFY(window->view()->zoom() <= 1.0);
    QVERIFY(fillRatio(window) > 0.75);
}

QTEST_MAIN(TestStartPath)
#include "tst_startpath.moc"
