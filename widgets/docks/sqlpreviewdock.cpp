#include "widgets/docks/sqlpreviewdock.h"

#include "widgets/model/graphmodel.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/docks/sqlscriptview.h"

#include "codegen/sqlexporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

SqlPreviewDock::SaveFileProvider &saveFileProvider()
{
    static SqlPreviewDock::SaveFileProvider provider;
    return provider;
}

int tabIndex(codegen::SqlDialect dialect)
{
    return dialect == codegen::SqlDialect::Ksql ? 0 : 1;
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SqlPreviewDock::SqlPreviewDock(GraphModel *model, QWidget *parent)
    : QDockWidget(tr("SQL Preview"), parent)
    , m_model(model)
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("SqlPreviewDock"));
    m_tabData[1].dialect = codegen::SqlDialect::Flink;
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    // Export options that a production deployment differs in; the rest comes from the graph.
    m_optionsPanel = new QWidget(content);
    auto *options = new QHBoxLayout(m_optionsPanel);
    options->setContentsMargins(0, 0, 0, 0);
    m_bootstrapEdit = new QLineEdit(QString::fromStdString(m_baseOptions.bootstrapServers), m_optionsPanel);
    m_bootstrapEdit->setObjectName(QStringLiteral("bootstrapServers"));
    m_bootstrapEdit->setToolTip(tr("Flink: 'properties.bootstrap.servers' of every Kafka table"));
    m_confluentCheck = new QCheckBox(tr("Confluent Cloud model options"), m_optionsPanel);
    m_confluentCheck->setObjectName(QStringLiteral("confluentCloud"));
    m_confluentCheck->setToolTip(tr("Flink: emit Confluent Cloud's CREATE CONNECTION and model options "
                                    "instead of open-source Flink 2.1's"));
    m_udfEdit = new QLineEdit(m_optionsPanel);
    m_udfEdit->setObjectName(QStringLiteral("ksqlLlmUdf"));
    m_udfEdit->setPlaceholderText(tr("none"));
    m_udfEdit->setToolTip(tr("ksqlDB has no LLM functions: name a deployed user-defined function to call "
                             "for LLM steps, or leave empty to report them as not expressible"));
    options->addWidget(new QLabel(tr("Bootstrap servers:"), m_optionsPanel));
    options->addWidget(m_bootstrapEdit, 2);
    options->addWidget(m_confluentCheck);
    options->addWidget(new QLabel(tr("ksqlDB LLM UDF:"), m_optionsPanel));
    options->addWidget(m_udfEdit, 1);
    m_optionsPanel->hide();
    layout->addWidget(m_optionsPanel);

    auto *buttons = new QWidget(m_tabs);
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->setSpacing(2);
    m_copyButton = toolButton(tr("Copy"), tr("Copy the whole script to the clipboard"), buttons);
    m_exportButton = toolButton(tr("Export…"), tr("Write the script to a .sql file"), buttons);
    m_optionsButton = toolButton(tr("Options"), tr("Export options"), buttons);
    m_optionsButton->setCheckable(true);
    buttonLayout->addWidget(m_copyButton);
    buttonLayout->addWidget(m_exportButton);
    buttonLayout->addWidget(m_optionsButton);
    m_tabs->setCornerWidget(buttons, Qt::TopRightCorner);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createTab(m_tabData[0]), tr("ksqlDB"));
    m_tabs->addTab(createTab(m_tabData[1]), tr("Flink SQL"));
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(content);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    setWidget(content);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SqlPreviewDock::refreshStale);

    // Positions do not reach the SQL: moving nodes (nodeMoved) exports nothing.
    for (auto signal : {&GraphModel::nodeAdded, &GraphModel::nodeRemoved, &GraphModel::nodeChanged,
                        &GraphModel::edgeAdded, &GraphModel::edgeRemoved})
        connect(model, signal, this, &SqlPreviewDock::scheduleRefresh);
    connect(model, &GraphModel::graphPropertiesChanged, this, &SqlPreviewDock::scheduleRefresh);
    connect(model, &GraphModel::modelReset, this, &SqlPreviewDock::scheduleRefresh);

    connect(m_bootstrapEdit, &QLineEdit::textChanged, this, &SqlPreviewDock::scheduleRefresh);
    connect(m_udfEdit, &QLineEdit::textChanged, this, &SqlPreviewDock::scheduleRefresh);
    connect(m_confluentCheck, &QCheckBox::toggled, this, &SqlPreviewDock::scheduleRefresh);
    connect(m_optionsButton, &QToolButton::toggled, m_optionsPanel, &QWidget::setVisible);
    connect(m_copyButton, &QToolButton::clicked, this, &SqlPreviewDock::copyScript);
    connect(m_exportButton, &QToolButton::clicked, this, &SqlPreviewDock::exportScript);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_status->hide();
        if (!m_refreshTimer.isActive())
            refreshStale();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_refreshTimer.isActive())
            refreshStale();
    });
    scheduleRefresh();
}

SqlPreviewDock::~SqlPreviewDock() = default;

QWidget *SqlPreviewDock::createTab(Tab &tab)
{
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    tab.view = new SqlScriptView(splitter);
    tab.view->setObjectName(tab.dialect == codegen::SqlDialect::Ksql ? QStringLiteral("ksqlScript")
                                                                      : QStringLiteral("flinkScript"));
    tab.diagnostics = new QTreeWidget(splitter);
    tab.diagnostics->setHeaderLabels({tr("Node"), tr("Cannot be expressed")});
    tab.diagnostics->setRootIsDecorated(false);
    tab.diagnostics->setUniformRowHeights(true);
    tab.diagnostics->header()->setStretchLastSection(true);
    tab.diagnostics->setColumnWidth(0, 140);
    tab.diagnostics->hide();
    splitter->addWidget(tab.view);
    splitter->addWidget(tab.diagnostics);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    connect(tab.view, &SqlScriptView::nodeClicked, this, [this](const QString &id) { activateNode(id, true); });
    auto activate = [this](QTreeWidgetItem *item) {
        const QString node = item->data(0, Qt::UserRole).toString();
        if (!node.isEmpty())
            activateNode(node, false);
    };
    connect(tab.diagnostics, &QTreeWidget::itemClicked, this, activate);
    connect(tab.diagnostics, &QTreeWidget::itemActivated, this, activate);
    return splitter;
}

SqlPreviewDock::Tab &SqlPreviewDock::tab(codegen::SqlDialect dialect)
{
    return m_tabData[tabIndex(dialect)];
}

const SqlPreviewDock::Tab &SqlPreviewDock::tab(codegen::SqlDialect dialect) const
{
    return m_tabData[tabIndex(dialect)];
}

SqlPreviewDock::Tab &SqlPreviewDock::currentTab()
{
    return tab(currentDialect());
}

void SqlPreviewDock::setScene(PipelineScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (scene) {
        connect(scene, &QGraphicsScene::selectionChanged, this, &SqlPreviewDock::followSelection);
        followSelection();
    }
}

codegen::SqlDialect SqlPreviewDock::currentDialect() const
{
    return m_tabs->currentIndex() == 1 ? codegen::SqlDialect::Flink : codegen::SqlDialect::Ksql;
}

void SqlPreviewDock::setCurrentDialect(codegen::SqlDialect dialect)
{
    m_tabs->setCurrentIndex(tabIndex(dialect));
}

SqlScriptView *SqlPreviewDock::scriptView(codegen::SqlDialect dialect) const
{
    return tab(dialect).view;
}

QTreeWidget *SqlPreviewDock::diagnosticsList(codegen::SqlDialect dialect) const
{
    return tab(dialect).diagnostics;
}

const codegen::ExportResult &SqlPreviewDock::result(codegen::SqlDialect dialect) const
{
    return tab(dialect).result;
}

codegen::ExportOptions SqlPreviewDock::options() const
{
    return optionsFor(currentDialect());
}

codegen::ExportOptions SqlPreviewDock::optionsFor(codegen::SqlDialect dialect) const
{
    codegen::ExportOptions options = m_baseOptions;
    options.dialect = dialect;
    const QString servers = m_bootstrapEdit->text().trimmed();
    options.bootstrapServers = servers.isEmpty() ? m_baseOptions.bootstrapServers : servers.toStdString();
    options.confluentCloud = m_confluentCheck->isChecked();
    options.ksqlLlmUdf = m_udfEdit->text().trimmed().toStdString();
    return options;
}

void SqlPreviewDock::setOptions(const codegen::ExportOptions &options)
{
    m_baseOptions = options;
    m_bootstrapEdit->setText(QString::fromStdString(options.bootstrapServers));
    m_confluentCheck->setChecked(options.confluentCloud);
    m_udfEdit->setText(QString::fromStdString(options.ksqlLlmUdf));
    scheduleRefresh();
}

void SqlPreviewDock::scheduleRefresh()
{
    for (Tab &t : m_tabData)
        t.stale = true;
    m_refreshTimer.start();
}

void SqlPreviewDock::refreshStale()
{
    // A hidden preview costs nothing: it catches up when it is shown.
    if (!isVisible())
        return;
    if (Tab &t = currentTab(); t.stale)
        refreshTab(t);
}

void SqlPreviewDock::refreshNow()
{
    m_refreshTimer.stop();
    refreshTab(currentTab());
}

void SqlPreviewDock::refreshTab(Tab &t)
{
    t.result = codegen::SqlExporter::exportGraph(m_model->graph(), optionsFor(t.dialect));
    t.stale = false;
    t.view->setScript(QString::fromStdString(t.result.script), t.result.statements);
    fillDiagnostics(t);
    t.view->highlightNodes(m_selection, t.scrollPending);
    t.scrollPending = false;
}

void SqlPreviewDock::fillDiagnostics(Tab &t)
{
    t.diagnostics->clear();
    int errors = 0;
    QList<QTreeWidgetItem *> items;
    for (const pipeline::Diagnostic &d : t.result.diagnostics) {
        const QString node = QString::fromStdString(d.nodeId);
        auto *item = new QTreeWidgetItem({node.isEmpty() ? tr("(pipeline)") : node, QString::fromStdString(d.message)});
        item->setData(0, Qt::UserRole, node);
        item->setToolTip(1, QString::fromStdString(d.message));
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d.severity == pipeline::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++errors;
        } else if (d.severity == pipeline::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
        }
        item->setIcon(0, style()->standardIcon(icon));
        items << item;
    }
    t.diagnostics->addTopLevelItems(items);
    t.diagnostics->setVisible(!items.isEmpty());
    const int index = tabIndex(t.dialect);
    m_tabs->setTabIcon(index, errors > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(index, errors > 0 ? tr("%n step(s) cannot be expressed in this dialect", "", errors)
                                            : QString());
}

void SqlPreviewDock::followSelection()
{
    if (!m_scene)
        return;
    m_selection = m_scene->selectedNodeIds();
    const bool scroll = !m_selectingFromScript; // the user is looking at the clicked statement already
    for (Tab &t : m_tabData) {
        if (t.stale) {
            t.scrollPending = scroll;
            continue;
        }
        t.view->highlightNodes(m_selection, scroll);
    }
}

void SqlPreviewDock::activateNode(const QString &nodeId, bool fromScript)
{
    m_selectingFromScript = fromScript;
    if (m_scene) {
        m_scene->selectNodes({nodeId});
    } else {
        m_selection = {nodeId};
        currentTab().view->highlightNodes(m_selection, !fromScript);
    }
    m_selectingFromScript = false;
    if (!fromScript && !currentTab().stale)
        currentTab().view->highlightNodes(m_selection, true); // even when the node was selected already
    emit nodeActivated(nodeId);
}

void SqlPreviewDock::copyScript()
{
    if (currentTab().stale || m_refreshTimer.isActive())
        refreshNow();
    const QString script = QString::fromStdString(currentTab().result.script);
    QApplication::clipboard()->setText(script);
    showStatus(tr("Copied the %1 script (%n line(s)).", "", int(script.count(QLatin1Char('\n'))))
                   .arg(m_tabs->tabText(m_tabs->currentIndex())));
}

bool SqlPreviewDock::exportScript()
{
    const std::string name = m_model->graph().name;
    const QString base = name.empty() ? QStringLiteral("pipeline") : QString::fromStdString(name);
    const QString suffix = currentDialect() == codegen::SqlDialect::Ksql ? QStringLiteral(".ksql.sql")
                                                                          : QStringLiteral(".flink.sql");
    const QString suggested = QDir::homePath() + QLatin1Char('/') + base + suffix;
    QString path;
    if (saveFileProvider())
        path = saveFileProvider()(this, suggested);
    else
        path = QFileDialog::getSaveFileName(this, tr("Export SQL"), suggested,
                                            tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sql");
    return exportScriptTo(path);
}

bool SqlPreviewDock::exportScriptTo(const QString &path)
{
    // Always from the graph as it is now, not from a preview that may be waiting on its timer.
    refreshNow();
    const codegen::ExportResult &result = currentTab().result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::fromStdString(result.script)) < 0
        || !file.commit()) {
        showStatus(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    // Files that belong beside the script (a database sink's Kafka Connect JDBC
    // sink configuration), named like pipewright-cli export names them.
    const QFileInfo scriptInfo(path);
    QStringList written;
    for (const codegen::ExportArtifact &artifact : result.artifacts) {
        const QString artifactPath = scriptInfo.dir().filePath(scriptInfo.completeBaseName() + QLatin1Char('.')
                                                               + QString::fromStdString(artifact.fileName));
        QSaveFile artifactFile(artifactPath);
        if (!artifactFile.open(QIODevice::WriteOnly)
            || artifactFile.write(QByteArray::fromStdString(artifact.content)) < 0 || !artifactFile.commit()) {
            showStatus(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(artifactPath), artifactFile.errorString()),
                       true);
            return false;
        }
        written << QFileInfo(artifactPath).fileName();
    }
    const QString besides = written.isEmpty() ? QString()
                                              : QLatin1Char(' ') + tr("Connector configuration(s) beside it: %1.")
                                                                       .arg(written.join(QStringLiteral(", ")));
    int errors = 0;
    for (const pipeline::Diagnostic &d : result.diagnostics)
        errors += d.severity == pipeline::Severity::Error ? 1 : 0;
    if (errors > 0)
        showStatus(tr("Exported to %1, but %n step(s) cannot be expressed: see the list above.", "", errors)
                           .arg(QDir::toNativeSeparators(path))
                       + besides,
                   true);
    else
        showStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) + besides);
    emit scriptExported(path);
    return true;
}

void SqlPreviewDock::setSaveFileProvider(SaveFileProvider provider)
{
    saveFileProvider() = std::move(provider);
}

void SqlPreviewDock::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_status->show();
}
