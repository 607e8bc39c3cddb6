#include "mainwindow.h"

#include "app/designer/deploy/deploymentcontroller.h"
#include "app/designer/settings/appsettings.h"
#include "document.h"
#include "app/designer/settings/llmprofiles.h"
#include "app/designer/settings/secretstore.h"
#include "app/designer/run/runmonitor.h"
#include "app/designer/run/runtimebridge.h"
#include "app/designer/run/sandboxcontroller.h"
#include "app/designer/settings/settingsdialog.h"

#include "widgets/docks/assistantdock.h"
#include "widgets/canvas/painting/canvastheme.h"
#include "widgets/docks/diagnosticswidget.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/docks/palettewidget.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"
#include "widgets/canvas/minimapwidget.h"
#include "widgets/docks/propertyeditor.h"
#include "widgets/docks/sqlpreviewdock.h"
#include "widgets/docks/testsdock.h"
#include "widgets/welcome/examplegallerydialog.h"
#include "widgets/welcome/welcomeview.h"

#include "codegen/sqlexporter.h"
#include "pipeline/core/layeredlayout.h"
#include "pipeline/edit/setpositionscommand.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QUndoStack>
#include <QVariantAnimation>

static void initResources()
{
    // The qrc lives in a static library: pull it in explicitly.
    Q_INIT_RESOURCE(resources);
}

namespace {

MainWindow::UnsavedPrompt &unsavedPrompt()
{
    static MainWindow::UnsavedPrompt prompt;
    return prompt;
}

MainWindow::RecoveryPrompt &recoveryPrompt()
{
    static MainWindow::RecoveryPrompt prompt;
    return prompt;
}

bool &quietErrors()
{
    static bool quiet = false;
    return quiet;
}

constexpr int MaxRecentFiles = 8;

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2f, 0x33));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1e, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2f, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x33));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x35, 0x3a, 0x3f));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8c));
    return p;
}

// Tests answer LLM steps from fixtures; the endpoint profiles only name the
// models that the answer caches are keyed by, so no key is read from the keychain.
pipeline::runtime::RunSettings testRunSettings()
{
    pipeline::runtime::RunSettings settings;
    settings.edit<pipeline::runtime::LlmSettings>().endpoints = LlmProfiles::load();
    return settings;
}

QString themeStyleSheet(bool dark)
{
    QFile file(dark ? QStringLiteral(":/styles/dark.qss") : QStringLiteral(":/styles/light.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
{
    initResources();
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/pipewright.svg")));

    m_scene = new PipelineScene(m_document->model(), this);
    m_view = new PipelineView(m_scene, this);
    // The canvas, or the welcome page while no file is open (added on demand).
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_view);
    setCentralWidget(m_central);
    m_view->viewport()->installEventFilter(this);

    createDocks();
    createActions();
    createMenus();

    m_zoomLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &PipelineView::zoomChanged, this, [this](qreal zoom) {
        m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100)));
        if (!m_fitting)
            m_fitPending = false; // the user chose a zoom: keep it
    });
    connect(m_view, &PipelineView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    connect(m_diagnostics, &DiagnosticsWidget::countsChanged, this, [this](int errors, int warnings) {
        m_problemsLabel->setText(errors == 0 && warnings == 0 ? tr("No problems")
                                                              : tr("%n error(s)", "", errors) + QStringLiteral(", ")
                                                                    + tr("%n warning(s)", "", warnings));
    });
    m_zoomLabel->setText(tr("Zoom %1%").arg(100));

    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->model(), &GraphModel::graphChanged, this, [this] {
        if (isWelcomeShown() && !m_document->model()->graph().nodes().empty())
            showCanvas();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_view, &PipelineView::nodeDoubleClicked, this, [this](const QString &) {
        m_propertiesDock->show();
        m_propertiesDock->raise();
        m_properties->setFocus();
    });
    connect(m_diagnostics, &DiagnosticsWidget::nodeActivated, this, [this](const QString &id, const QString &parameter) {
        m_scene->selectNodes({id});
        if (NodeItem *item = m_scene->nodeItem(id))
            m_view->centerOn(item);
        m_properties->setNode(id);
        if (!parameter.isEmpty())
            m_properties->focusParameter(parameter);
    });
    connect(m_sqlPreview, &SqlPreviewDock::nodeActivated, this, [this](const QString &id) {
        if (NodeItem *item = m_scene->nodeItem(id))
            m_view->ensureVisible(item);
    });
    connect(m_palette, &PaletteWidget::kindActivated, this, [this](const QString &kind) {
        m_view->addNode(kind, m_view->mapToScene(m_view->viewport()->rect().center()));
    });

    connect(m_testsDock, &TestsDock::nodeActivated, this, [this](const QString &id) {
        m_scene->selectNodes({id});
        if (NodeItem *item = m_scene->nodeItem(id))
            m_view->centerOn(item);
    });
    // The tests of NAME.pipeline.json live beside it in NAME.tests.json.
    connect(m_document, &Document::filePathChanged, m_testsDock, &TestsDock::setPipelinePath);

    auto *monitor = new RunMonitor(this); // Run/Stop, run overlays and panel, edge peek, topics, sandbox, connections
    // Save Run as Test Case: the records the run last read at each source (the peek
    // of the source's first outgoing edge).
    m_testsDock->setLiveRecordsProvider([this, monitor] {
        TestsDock::SourceRecords records;
        const pipeline::Graph &graph = m_document->model()->graph();
        for (const auto &[id, node] : graph.nodes()) {
            const pipeline::NodeType *type = m_document->model()->catalog().find(node.kind);
            if (!type || type->category != pipeline::Category::Source)
                continue;
            for (const auto &[edgeId, edge] : graph.edges()) {
                if (edge.from.node != id)
                    continue;
                for (const QString &text : monitor->bridge()->peek(QString::fromStdString(edgeId))) {
                    nlohmann::json value = nlohmann::json::parse(text.toStdString(), nullptr, false);
                    if (!value.is_discarded())
                        records[id].push_back(std::move(value));
                }
                break;
            }
        }
        return records;
    });
    for (auto signal : {&RuntimeBridge::started, &RuntimeBridge::updated, &RuntimeBridge::finished})
        connect(monitor->bridge(), signal, m_testsDock,
                [this, monitor] { m_testsDock->setLiveRunAvailable(monitor->bridge()->hasRun()); });
    if (QAction *settings = action(QStringLiteral("actionSettings"))) {
        settings->setEnabled(true);
        settings->setToolTip(tr("Kafka clusters, LLM endpoints, Schema Registries, databases, theme, language and recovery interval"));
        settings->setStatusTip(settings->toolTip());
        connect(settings, &QAction::triggered, this, [this] {
            // Non-modal open(): the window stays responsive while a connection test runs.
            auto *dialog = new SettingsDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this] {
                setDarkTheme(AppSettings::darkTheme()); // every window follows
                for (QWidget *widget : QApplication::topLevelWidgets())
                    if (auto *window = qobject_cast<MainWindow *>(widget)) {
                        window->document()->setAutosaveInterval(AppSettings::autosaveSeconds() * 1000);
                        if (auto *monitor = window->findChild<RunMonitor *>())
                            monitor->settingsChanged(); // the cluster runs use may be another
                        if (auto *assistant = window->findChild<AssistantDock *>())
                            assistant->setProfiles(LlmProfiles::load(), LlmProfiles::assistantProfile());
                        window->testsDock()->setRunSettings(testRunSettings());
                        if (auto *deployments = window->findChild<DeploymentController *>())
                            deployments->reloadTargets(); // targets may have changed
                    }
            });
            dialog->open();
        });
    }
    readSettings();
    updateTitle();
    updateEditActions();
    m_document->model()->validate();
}

MainWindow::~MainWindow()
{
    disconnect(m_scene, nullptr, this, nullptr);
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    addAction(action); // shortcuts work even with the menu bar hidden
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(m_document->model()->catalog(), this);
    m_paletteDock = new QDockWidget(tr("Palette"), this);
    m_paletteDock->setObjectName(QStringLiteral("PaletteDock"));
    m_paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);

    m_properties = new PropertyEditor(m_document->model(), this);
    m_propertiesDock = new QDockWidget(tr("Properties"), this);
    m_propertiesDock->setObjectName(QStringLiteral("PropertiesDock"));
    m_propertiesDock->setWidget(m_properties);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    m_diagnostics = new DiagnosticsWidget(m_document->model(), this);
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("DiagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);

    m_sqlPreview = new SqlPreviewDock(m_document->model(), this);
    m_sqlPreview->setScene(m_scene);
    addDockWidget(Qt::BottomDockWidgetArea, m_sqlPreview);
    tabifyDockWidget(m_diagnosticsDock, m_sqlPreview);
    // The pipeline's test cases, re-run as the graph changes.
    m_testsDock = new TestsDock(m_document->model(), this);
    m_testsDock->setRunSettings(testRunSettings());
    addDockWidget(Qt::BottomDockWidgetArea, m_testsDock);
    tabifyDockWidget(m_diagnosticsDock, m_testsDock);
    addAction(m_testsDock->runAllAction()); // Ctrl+Shift+T works with the dock hidden
    m_diagnosticsDock->raise();
    // Natural-language generate / edit / explain, previewed before it changes the document.
    auto *assistant = new AssistantDock(m_document->model(), this);
    assistant->setProfiles(LlmProfiles::load(), LlmProfiles::assistantProfile());
    assistant->setResolverSource([](const QString &reference, QString *error) {
        pipeline::runtime::SecretResolver resolver;
        return SecretStore::instance()->prepareResolver({reference}, &resolver, error) ? resolver : nullptr;
    });
    addDockWidget(Qt::RightDockWidgetArea, assistant);
    tabifyDockWidget(m_propertiesDock, assistant);
    m_propertiesDock->raise();
    // Pipeline → Deploy… and the Deployments dock (what runs on ksqlDB, Flink, Kafka Connect).
    new DeploymentController(this);
    m_diagnosticsDock->raise();
    resizeDocks({m_paletteDock, m_propertiesDock}, {200, 320}, Qt::Horizontal);
    resizeDocks({m_diagnosticsDock}, {140}, Qt::Vertical);
}

void MainWindow::createActions()
{
    // File
    connect(makeAction(QStringLiteral("actionNew"), tr("&New"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newDocument);
    connect(makeAction(QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::openDialog);
    connect(makeAction(QStringLiteral("actionNewFromExample"), tr("New from E&xample…")), &QAction::triggered, this,
            &MainWindow::newFromExample);
    connect(makeAction(QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save), &QAction::triggered, this,
            &MainWindow::save);
    connect(makeAction(QStringLiteral("actionSaveAs"), tr("Save &As…"), QKeySequence::SaveAs), &QAction::triggered,
            this, &MainWindow::saveAsDialog);
    connect(makeAction(QStringLiteral("actionExport"), tr("&Export SQL…"), QKeySequence(tr("Ctrl+E"))),
            &QAction::triggered, this, &MainWindow::exportDialog);
    connect(makeAction(QStringLiteral("actionClose"), tr("&Close Window"), QKeySequence::Close), &QAction::triggered,
            this, &QWidget::close);
    QAction *quit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    // Edit
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    addAction(redo);
    connect(makeAction(QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut), &QAction::triggered, m_view,
            &PipelineView::cutSelection);
    connect(makeAction(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy), &QAction::triggered, m_view,
            &PipelineView::copySelection);
    connect(makeAction(QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste), &QAction::triggered, m_view,
            &PipelineView::paste);
    connect(makeAction(QStringLiteral("actionDuplicate"), tr("D&uplicate"), QKeySequence(tr("Ctrl+D"))),
            &QAction::triggered, m_view, &PipelineView::duplicateSelection);
    connect(makeAction(QStringLiteral("actionDelete"), tr("&Delete"), QKeySequence::Delete), &QAction::triggered,
            m_view, &PipelineView::deleteSelection);
    connect(makeAction(QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll),
            &QAction::triggered, m_view, &PipelineView::selectAll);
    // Canvas shortcuts must not steal keys from the property editor's text fields.
    for (const char *name : {"actionCut", "actionCopy", "actionPaste", "actionDelete", "actionSelectAll", "actionDuplicate"}) {
        QAction *a = action(QString::fromLatin1(name));
        removeAction(a);
        m_view->addAction(a);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }

    // View
    connect(makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered,
            m_view, &PipelineView::zoomIn);
    connect(makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered,
            m_view, &PipelineView::zoomOut);
    connect(makeAction(QStringLiteral("actionFit"), tr("&Fit to View"), QKeySequence(tr("Ctrl+Shift+F"))),
            &QAction::triggered, m_view, &PipelineView::fitToView);
    connect(makeAction(QStringLiteral("actionResetZoom"), tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, m_view, &PipelineView::resetZoom);
    QAction *minimap = makeAction(QStringLiteral("actionMinimap"), tr("&Minimap"), QKeySequence(tr("Ctrl+Shift+M")));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, m_view, &PipelineView::setMinimapVisible);
    QAction *dark = makeAction(QStringLiteral("actionDarkTheme"), tr("&Dark Theme"));
    dark->setCheckable(true);
    connect(dark, &QAction::toggled, this, &MainWindow::setDarkTheme);

    // Pipeline
    connect(makeAction(QStringLiteral("actionValidate"), tr("&Validate"), QKeySequence(tr("F7"))), &QAction::triggered,
            this, &MainWindow::validateNow);
    connect(makeAction(QStringLiteral("actionAutoLayout"), tr("Auto-&layout"), QKeySequence(tr("Ctrl+L"))),
            &QAction::triggered, this, [this] { autoLayout(true); });
    const QString runtimeLater = tr("Available once the live runtime is built into the designer.");
    QAction *run = makeAction(QStringLiteral("actionRun"), tr("&Run"), QKeySequence(tr("F5")));
    QAction *stop = makeAction(QStringLiteral("actionStop"), tr("&Stop"), QKeySequence(tr("Shift+F5")));
    QAction *sandbox = makeAction(QStringLiteral("actionSandbox"), tr("&Sandbox Cluster…"));
    QAction *settings = makeAction(QStringLiteral("actionSettings"), tr("S&ettings…"));
    settings->setMenuRole(QAction::PreferencesRole);
    for (QAction *a : {run, stop, sandbox, settings}) {
        a->setEnabled(false);
        a->setToolTip(runtimeLater);
        a->setStatusTip(runtimeLater);
    }

    // Help
    QAction *about = makeAction(QStringLiteral("actionAbout"), tr("&About Pipewright"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Pipewright"),
                           tr("<h3>Pipewright %1</h3><p>Design Kafka event pipelines with LLM steps as node graphs, "
                              "run them live and export them as ksqlDB or Flink SQL.</p>")
                               .arg(QStringLiteral(PIPEWRIGHT_VERSION)));
    });

    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateEditActions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("actionNew")));
    file->addAction(action(QStringLiteral("actionNewFromExample")));
    file->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    QMenu *examples = file->addMenu(tr("E&xamples"));
    examples->setObjectName(QStringLiteral("menuExamples"));
    fillExamplesMenu(examples);
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionSave")));
    file->addAction(action(QStringLiteral("actionSaveAs")));
    file->addAction(action(QStringLiteral("actionExport")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionClose")));
    file->addAction(action(QStringLiteral("actionQuit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("actionUndo")));
    edit->addAction(action(QStringLiteral("actionRedo")));
    edit->addSeparator();
    for (const char *name : {"actionCut", "actionCopy", "actionPaste", "actionDuplicate", "actionDelete"})
        edit->addAction(action(QString::fromLatin1(name)));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("actionSelectAll")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"actionZoomIn", "actionZoomOut", "actionFit", "actionResetZoom"})
        view->addAction(action(QString::fromLatin1(name)));
    view->addSeparator();
    view->addAction(action(QStringLiteral("actionMinimap")));
    view->addAction(action(QStringLiteral("actionDarkTheme")));
    view->addSeparator();
    view->addAction(m_paletteDock->toggleViewAction());
    view->addAction(m_propertiesDock->toggleViewAction());
    view->addAction(m_diagnosticsDock->toggleViewAction());
    view->addAction(m_sqlPreview->toggleViewAction());
    view->addAction(m_testsDock->toggleViewAction());
    view->addAction(findChild<DeploymentController *>()->dockWidget()->toggleViewAction());
    view->addAction(findChild<AssistantDock *>()->toggleViewAction());

    QMenu *pipelineMenu = menuBar()->addMenu(tr("&Pipeline"));
    for (const char *name : {"actionValidate", "actionAutoLayout"})
        pipelineMenu->addAction(action(QString::fromLatin1(name)));
    pipelineMenu->addSeparator();
    pipelineMenu->addAction(action(QStringLiteral("actionRun")));
    pipelineMenu->addAction(action(QStringLiteral("actionStop")));
    pipelineMenu->addSeparator();
    pipelineMenu->addAction(m_testsDock->runAllAction());
    pipelineMenu->addAction(m_testsDock->addCaseAction());
    pipelineMenu->addAction(m_testsDock->saveRunAction());
    pipelineMenu->addSeparator();
    pipelineMenu->addAction(action(QStringLiteral("actionDeploy")));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(action(QStringLiteral("actionSandbox")));
    tools->addAction(action(QStringLiteral("actionSettings")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("actionAbout")));
    QMenu *helpExamples = help->addMenu(tr("&Examples"));
    fillExamplesMenu(helpExamples);
    for (QMenu *menu : {file, edit, view, pipelineMenu, tools, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Pipewright").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateSelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    m_properties->setNode(nodes.size() == 1 ? nodes.front() : QString());
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    const bool hasNodes = !m_scene->selectedNodeIds().isEmpty();
    const bool hasAny = hasNodes || !m_scene->selectedEdgeIds().isEmpty();
    action(QStringLiteral("actionCut"))->setEnabled(hasNodes);
    action(QStringLiteral("actionCopy"))->setEnabled(hasNodes);
    action(QStringLiteral("actionDuplicate"))->setEnabled(hasNodes);
    action(QStringLiteral("actionDelete"))->setEnabled(hasAny);
}

QStringList MainWindow::exampleDirectories()
{
    QStringList dirs;
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/pipewright/examples");
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/examples");
#ifdef PIPEWRIGHT_EXAMPLES_DIR
    dirs << QStringLiteral(PIPEWRIGHT_EXAMPLES_DIR);
#endif
    return dirs;
}

QStringList MainWindow::exampleFiles()
{
    for (const QString &dir : exampleDirectories()) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.pipeline.json")}, QDir::Files, QDir::Name);
        if (!files.isEmpty()) {
            QStringList paths;
            for (const QFileInfo &info : files)
                paths << info.absoluteFilePath();
            return paths;
        }
    }
    return {};
}

void MainWindow::fillExamplesMenu(QMenu *menu)
{
    const QStringList files = exampleFiles();
    if (files.isEmpty()) {
        menu->addAction(tr("(no examples found)"))->setEnabled(false);
        return;
    }
    for (const QString &path : files) {
        QString title = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
        title.replace(QLatin1Char('-'), QLatin1Char(' '));
        title[0] = title[0].toUpper();
        connect(menu->addAction(title), &QAction::triggered, this, [this, path] { openFile(path); });
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear Menu")), &QAction::triggered, this,
            [] { QSettings().remove(QStringLiteral("recentFiles")); });
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    statusBar()->showMessage(text, 10000);
    if (!quietErrors())
        QMessageBox::warning(this, title, text);
}

MainWindow *MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Already open somewhere: bring that window forward.
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->m_document->filePath() == absolute && !absolute.isEmpty()) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    MainWindow *target = this;
    if (!m_document->isPristine()) {
        target = new MainWindow;
        target->show();
    }
    QString error;
    if (!target->m_document->load(absolute, &error)) {
        target->showError(tr("Cannot open pipeline"), error);
        if (target != this)
            target->close();
        return nullptr;
    }
    target->addRecentFile(absolute);
    target->showCanvas();
    target->fitWhenShown();
    target->statusBar()->showMessage(tr("Opened %1").arg(shortPath(absolute)), 5000);
    return target;
}

void MainWindow::newDocument()
{
    if (m_document->isPristine()) {
        showCanvas(); // from the welcome page: an empty canvas in this window
        return;
    }
    auto *window = new MainWindow;
    window->show();
}

void MainWindow::openDialog()
{
    const QString dir = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Pipeline"), dir,
                                                            tr("Pipelines (*.pipeline.json *.json);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString &path)
{
    if (path.isEmpty())
        return saveAsDialog();
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Cannot save pipeline"), error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(shortPath(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::saveAsDialog()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        const std::string name = m_document->model()->graph().name;
        suggested = QDir::homePath() + QLatin1Char('/')
                    + (name.empty() ? QStringLiteral("untitled") : QString::fromStdString(name))
                    + QStringLiteral(".pipeline.json");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Pipeline"), suggested,
                                                tr("Pipelines (*.pipeline.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json")))
        path += QStringLiteral(".pipeline.json");
    return saveAs(path);
}

void MainWindow::exportDialog()
{
    bool ok = false;
    const QStringList dialects{tr("ksqlDB"), tr("Flink SQL")};
    const QString choice = QInputDialog::getItem(this, tr("Export SQL"), tr("Dialect:"), dialects,
                                                 m_sqlPreview->currentDialect() == codegen::SqlDialect::Flink ? 1 : 0,
                                                 false, &ok);
    if (!ok)
        return;
    codegen::ExportOptions options = m_sqlPreview->options(); // the preview's options, so both agree
    options.dialect = choice == dialects[1] ? codegen::SqlDialect::Flink : codegen::SqlDialect::Ksql;
    const codegen::ExportResult result = codegen::SqlExporter::exportGraph(m_document->model()->graph(), options);
    QString base = m_document->filePath().isEmpty() ? QDir::homePath() + QStringLiteral("/pipeline")
                                                    : m_document->filePath().section(QLatin1Char('.'), 0, 0);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export SQL"), base + QStringLiteral(".sql"),
                                                      tr("SQL scripts (*.sql)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(result.script)) < 0 || !file.commit()) {
        showError(tr("Cannot export"), file.errorString());
        return;
    }
    if (!result.ok()) {
        QStringList problems;
        for (const auto &d : result.diagnostics)
            problems << QString::fromStdString(pipeline::formatDiagnostic(d));
        showError(tr("Exported with problems"), tr("The script was written, but some steps cannot be expressed in %1:\n%2")
                                                      .arg(choice, problems.join(QLatin1Char('\n'))));
    } else {
        statusBar()->showMessage(tr("Exported %1").arg(shortPath(path)), 5000);
    }
}

void MainWindow::validateNow()
{
    m_document->model()->validate();
    m_diagnosticsDock->show();
    m_diagnosticsDock->raise();
    const int errors = m_diagnostics->errorCount();
    statusBar()->showMessage(errors == 0 ? tr("The pipeline is valid.") : tr("%n error(s) found.", "", errors), 5000);
}

void MainWindow::autoLayout(bool animate)
{
    GraphModel *model = m_document->model();
    if (model->graph().nodes().empty())
        return;
    if (m_layoutAnimation)
        m_layoutAnimation->stop();
    pipeline::LayeredLayout::Options options;
    options.sizeOf = [this](const pipeline::Node &node) {
        const NodeItem *item = m_scene->nodeItem(QString::fromStdString(node.id));
        const QSizeF size = item ? item->geometry().size() : QSizeF(NodeGeometry::Width, 60);
        return pipeline::LayeredLayout::Size{size.width(), size.height()};
    };
    const pipeline::LayeredLayout::Result layout = pipeline::LayeredLayout::compute(model->graph(), options);
    auto push = [this, model, positions = layout.positions] {
        model->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
            model->graph(), positions, pipeline::edit::SetPositionsCommand::Kind::Layout, tr("Auto-layout").toStdString()));
    };
    if (!animate) {
        push();
        return;
    }
    // Items glide to their places; the one undoable command lands at the end.
    QHash<NodeItem *, QPair<QPointF, QPointF>> moves;
    for (const auto &[id, position] : layout.positions)
        if (NodeItem *item = m_scene->nodeItem(QString::fromStdString(id)))
            moves.insert(item, {item->pos(), QPointF(position.x, position.y)});
    auto *animation = new QVariantAnimation(this);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setDuration(moves.size() > 500 ? 0 : 350);
    animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(animation, &QVariantAnimation::valueChanged, this, [moves](const QVariant &value) {
        const qreal t = value.toReal();
        for (auto it = moves.cbegin(); it != moves.cend(); ++it)
            it.key()->setPos(it.value().first + (it.value().second - it.value().first) * t);
    });
    connect(animation, &QVariantAnimation::finished, this, [this, push] {
        push();
        m_view->fitToView();
    });
    m_layoutAnimation = animation;
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

void MainWindow::setDarkTheme(bool dark)
{
    m_dark = dark;
    if (QAction *a = action(QStringLiteral("actionDarkTheme")); a && a->isChecked() != dark)
        a->setChecked(dark);
    qApp->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    qApp->setPalette(dark ? darkPalette() : qApp->style()->standardPalette());
    qApp->setStyleSheet(themeStyleSheet(dark));
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget)) {
            window->m_dark = dark;
            window->m_scene->setTheme(dark ? CanvasTheme::darkTheme() : CanvasTheme::light());
            if (QAction *a = window->action(QStringLiteral("actionDarkTheme")); a && a->isChecked() != dark) {
                const QSignalBlocker blocker(a);
                a->setChecked(dark);
            }
            window->m_view->minimap()->invalidate();
        }
    QSettings().setValue(QStringLiteral("darkTheme"), dark);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox::StandardButton answer;
    if (unsavedPrompt()) {
        answer = unsavedPrompt()(this);
    } else {
        answer = QMessageBox::warning(this, tr("Unsaved Changes"),
                                      tr("%1 has unsaved changes. Save them before closing?").arg(m_document->displayName()),
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_document->removeRecovery();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        for (const QUrl &url : event->mimeData()->urls())
            if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json"))) {
                event->acceptProposedAction();
                return;
            }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json")))
            openFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    else if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        // A new installation: 80 % of the screen's free area (on a small screen at
        // least 1024x700, as far as it goes), centred, so the canvas has room.
        const QRect available = screen->availableGeometry();
        const QSize size = (available.size() * 0.8).expandedTo(QSize(1024, 700)).boundedTo(available.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    } else {
        resize(1280, 800);
    }
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    const bool minimap = settings.value(QStringLiteral("minimap"), true).toBool();
    action(QStringLiteral("actionMinimap"))->setChecked(minimap);
    m_view->setMinimapVisible(minimap);
    const bool dark = settings.value(QStringLiteral("darkTheme"), false).toBool();
    m_dark = dark;
    m_scene->setTheme(dark ? CanvasTheme::darkTheme() : CanvasTheme::light());
    {
        const QSignalBlocker blocker(action(QStringLiteral("actionDarkTheme")));
        action(QStringLiteral("actionDarkTheme"))->setChecked(dark);
    }
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    if (!isWelcomeShown()) // the start page hides the docks: keep the layout they had
        settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("minimap"), action(QStringLiteral("actionMinimap"))->isChecked());
    settings.setValue(QStringLiteral("darkTheme"), m_dark);
}

void MainWindow::setUnsavedPrompt(UnsavedPrompt prompt)
{
    unsavedPrompt() = std::move(prompt);
}

void MainWindow::setRecoveryPrompt(RecoveryPrompt prompt)
{
    recoveryPrompt() = std::move(prompt);
}

void MainWindow::setQuietErrors(bool quiet)
{
    quietErrors() = quiet;
}

QList<MainWindow *> MainWindow::offerRecovery()
{
    QList<MainWindow *> windows;
    const QStringList files = Document::orphanedRecoveryFiles();
    if (files.isEmpty())
        return windows;
    bool restore = false;
    if (recoveryPrompt()) {
        restore = recoveryPrompt()(files);
    } else {
        QStringList names;
        for (const QString &file : files) {
            const QString origin = Document::recoveryOrigin(file);
            names << (origin.isEmpty() ? tr("Untitled pipeline") : QDir::toNativeSeparators(origin));
        }
        restore = QMessageBox::question(nullptr, tr("Restore Unsaved Changes"),
                                        tr("Pipewright did not exit cleanly last time. Restore the unsaved changes of:\n\n%1")
                                            .arg(names.join(QLatin1Char('\n'))),
                                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                  == QMessageBox::Yes;
    }
    for (const QString &file : files) {
        if (!restore) {
            QFile::remove(file);
            QFile::remove(file + QStringLiteral(".origin"));
            QFile::remove(file + QStringLiteral(".lock"));
            continue;
        }
        auto *window = new MainWindow;
        QString error;
        if (window->m_document->restoreRecovery(file, &error)) {
            window->show();
            window->fitWhenShown();
            windows << window;
        } else {
            window->deleteLater();
        }
    }
    return windows;
}

namespace {
// The gallery's thumbnails are drawn once per process: every window shows the same files.
const QList<ExampleEntry> &galleryExamples()
{
    static const QList<ExampleEntry> examples = ExampleGallery::loadExamples(MainWindow::exampleFiles());
    return examples;
}
} // namespace

QString MainWindow::shortPath(const QString &path)
{
    const QString home = QDir::homePath();
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!home.isEmpty() && home != QLatin1String("/") && clean.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~/") + QDir::toNativeSeparators(clean.mid(home.size() + 1));
    return QFileInfo(clean).fileName();
}

void MainWindow::fitWhenShown()
{
    m_fitPending = true;
    // Fit now if the window is laid out already; the viewport's next resize fits again.
    if (isVisible() && m_view->viewport()->width() > 200 && m_view->viewport()->height() > 150)
        fitPipeline();
}

void MainWindow::fitPipeline()
{
    m_fitQueued = false;
    if (!m_fitPending || isWelcomeShown())
        return;
    const QRectF bounds = m_scene->nodesBoundingRect();
    if (bounds.isNull())
        return;
    m_fitting = true;
    m_view->fitToView();
    // A small pipeline at its natural size, not blown up.
    if (m_view->zoom() > 1.0) {
        m_view->setZoom(1.0, m_view->viewport()->rect().center());
        m_view->centerOn(bounds.center());
    }
    m_fitting = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && m_fitPending) {
        switch (event->type()) {
        case QEvent::Resize:
            // After the layout settles (docks, status bar): once per burst of resizes.
            if (!m_fitQueued) {
                m_fitQueued = true;
                QTimer::singleShot(0, this, &MainWindow::fitPipeline);
            }
            break;
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::DragEnter:
            m_fitPending = false; // the user is at work on the canvas
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_central->currentWidget() == m_welcome;
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeView(m_central);
        m_welcome->setExamples(galleryExamples());
        connect(m_welcome, &WelcomeView::newRequested, this, &MainWindow::newDocument);
        connect(m_welcome, &WelcomeView::openRequested, this, &MainWindow::openDialog);
        connect(m_welcome, &WelcomeView::exampleRequested, this, [this](const QString &path) { openFile(path); });
        connect(m_welcome, &WelcomeView::recentRequested, this, [this](const QString &path) { openFile(path); });
        connect(m_welcome, &WelcomeView::tryRunRequested, this, &MainWindow::tryRunOnSandbox);
        connect(m_welcome, &WelcomeView::tryDescribeRequested, this, &MainWindow::tryDescribe);
        m_central->addWidget(m_welcome);
    }
    m_welcome->setRecentFiles(QSettings().value(QStringLiteral("recentFiles")).toStringList());
    // The start page gets the whole window: empty Palette, Properties and Diagnostics
    // docks have nothing to say yet. They come back with the canvas.
    if (!isWelcomeShown()) {
        m_docksBeforeWelcome.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
            if (!dock->isHidden()) {
                m_docksBeforeWelcome << dock;
                dock->hide();
            }
    }
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::showCanvas()
{
    if (m_central->currentWidget() == m_view)
        return;
    m_central->setCurrentWidget(m_view);
    for (QDockWidget *dock : std::as_const(m_docksBeforeWelcome))
        dock->show();
    m_docksBeforeWelcome.clear();
    // The hidden canvas kept its old size: give it the page's now, so a fit measures the real viewport.
    m_view->setGeometry(m_central->contentsRect());
    if (m_fitPending)
        QTimer::singleShot(0, this, &MainWindow::fitPipeline);
}

void MainWindow::newFromExample()
{
    auto *dialog = new ExampleGalleryDialog(galleryExamples(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->selectedPath().isEmpty())
            openFile(dialog->selectedPath());
    });
    dialog->open();
}

void MainWindow::tryRunOnSandbox()
{
    QString example;
    for (const QString &path : exampleFiles())
        if (QFileInfo(path).fileName() == QLatin1String("iot-temperature-alerts.pipeline.json"))
            example = path;
    MainWindow *target = example.isEmpty() ? nullptr : openFile(example);
    if (!target)
        return;
    SandboxController *sandbox = SandboxController::instance();
    QString error;
    if (!sandbox->start(&error)) {
        target->showError(tr("Sandbox Cluster"), error);
        return;
    }
    sandbox->setPreferredForRuns(true);
    if (QAction *run = target->action(QStringLiteral("actionRun")); run && run->isEnabled())
        run->trigger();
    target->statusBar()->showMessage(
        tr("Running on the sandbox. Give it data: Tools → Sandbox Cluster → temperature-readings → Produce Samples."), 15000);
}

void MainWindow::tryDescribe()
{
    showCanvas();
    if (auto *assistant = findChild<AssistantDock *>()) {
        assistant->show();
        assistant->raise();
        assistant->promptEdit()->setFocus();
    }
    statusBar()->showMessage(tr("Describe the pipeline in the Assistant, e.g. \"read orders, keep those above 100 €, "
                                "write them to big-orders\", then Generate."),
                             15000);
}
