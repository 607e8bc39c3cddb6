#include "widgets/docks/deploymentsdock.h"

#include "deployment/deployer.h"
#include "deployment/deploymentplan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

enum Column { ColumnName, ColumnState, ColumnPipeline, ColumnNode, ColumnKind, ColumnDetail };
constexpr int TargetRole = Qt::UserRole + 1;
constexpr int ObjectRole = Qt::UserRole + 2;

QColor stateColor(const std::string &state)
{
    if (state == "RUNNING")
        return QColor(0x2e, 0x7d, 0x32);
    if (deployment::isStopped(state) || state == "MISSING")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

DeploymentsDock::DeploymentsDock(QWidget *parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("deploymentsTree"));
    m_tree->setHeaderLabels({tr("Target / object"), tr("State"), tr("Pipeline"), tr("Node"), tr("Kind"), tr("Detail")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ColumnDetail, QHeaderView::Stretch);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(tr("Terminate the selected query or job, drop the stream, delete the connector"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setToolTip(tr("Open the pipeline this was deployed from"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    connect(m_refresh, &QPushButton::clicked, this, &DeploymentsDock::refresh);
    connect(m_stop, &QPushButton::clicked, this, &DeploymentsDock::stopSelected);
    connect(m_open, &QPushButton::clicked, this, &DeploymentsDock::openSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DeploymentsDock::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &DeploymentsDock::openSelected);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DeploymentsDock::onRefreshed);
    connect(&m_stopWatcher, &QFutureWatcherBase::finished, this, &DeploymentsDock::onStopped);
    connect(&m_timer, &QTimer::timeout, this, &DeploymentsDock::refresh);
    m_timer.setInterval(15000);
    updateButtons();
}

DeploymentsDock::~DeploymentsDock()
{
    // The workers hold copies of the targets; only their results would reach this object.
    m_watcher.disconnect(this);
    m_stopWatcher.disconnect(this);
    m_watcher.waitForFinished();
    m_stopWatcher.waitForFinished();
}

void DeploymentsDock::setTargets(std::vector<deployment::DeploymentTarget> targets, const QString &recordDirectory,
                                 pipeline::runtime::SecretResolver resolver)
{
    m_targets = std::move(targets);
    m_recordDirectory = recordDirectory;
    m_resolver = std::move(resolver);
    refresh();
    if (m_timer.interval() > 0)
        m_timer.start();
}

void DeploymentsDock::setRefreshInterval(int ms)
{
    m_timer.setInterval(ms);
    if (ms <= 0)
        m_timer.stop();
    else if (!m_targets.empty())
        m_timer.start();
}

void DeploymentsDock::refresh()
{
    if (m_watcher.isRunning()) {
        m_refreshAgain = true; // one request at a time; the latest wish is served after it
        return;
    }
    m_status->setText(tr("Asking %n target(s)…", nullptr, int(m_targets.size())));
    m_watcher.setFuture(QtConcurrent::run([targets = m_targets, dir = m_recordDirectory.toStdString(), resolver = m_resolver] {
        std::vector<TargetState> states;
        for (const auto &target : targets) {
            TargetState state;
            state.target = target;
            deployment::Deployer deployer(target, dir, resolver);
            std::string error;
            if (!deployer.deployments(&state.objects, &error))
                state.error = QString::fromStdString(error);
            states.push_back(std::move(state));
        }
        return states;
    }));
}

void DeploymentsDock::onRefreshed()
{
    m_states = m_watcher.result();
    // Keep the selection across the rebuild: it is how Stop and Open know what to act on.
    QString selected;
    if (auto *item = m_tree->currentItem())
        selected = item->data(ColumnName, ObjectRole).toString();
    m_tree->clear();
    int running = 0, failed = 0;
    for (int t = 0; t < int(m_states.size()); ++t) {
        const TargetState &state = m_states[t];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(ColumnName, QStringLiteral("%1 (%2)").arg(QString::fromStdString(state.target.name),
                                                               QString::fromLatin1(deployment::targetKindName(state.target.kind))));
        top->setData(ColumnName, TargetRole, t);
        top->setToolTip(ColumnName, QString::fromStdString(state.target.url));
        if (!state.error.isEmpty()) {
            top->setText(ColumnState, tr("unreachable"));
            top->setText(ColumnDetail, state.error);
            top->setToolTip(ColumnDetail, state.error);
            top->setForeground(ColumnState, stateColor("FAILED"));
        } else {
            top->setText(ColumnState, tr("%n deployed", nullptr, int(state.objects.size())));
        }
        for (int i = 0; i < int(state.objects.size()); ++i) {
            const auto &o = state.objects[i];
            auto *item = new QTreeWidgetItem(top);
            item->setText(ColumnName, QString::fromStdString(o.name + (o.id.empty() ? "" : " [" + o.id + "]")));
            item->setText(ColumnState, QString::fromStdString(o.state));
            item->setForeground(ColumnState, stateColor(o.state));
            item->setText(ColumnPipeline, QString::fromStdString(o.pipeline));
            item->setText(ColumnNode, QString::fromStdString(o.nodeId));
            item->setText(ColumnKind, QString::fromStdString(o.kind));
            const QString detail = QString::fromStdString(o.detail);
            item->setText(ColumnDetail, detail.section(QLatin1Char('\n'), 0, 0));
            item->setToolTip(ColumnDetail, detail); // a failed task's whole trace
            item->setData(ColumnName, TargetRole, t);
            item->setData(ColumnName, ObjectRole, QStringLiteral("%1/%2/%3").arg(t).arg(QString::fromStdString(o.kind), QString::fromStdString(o.name)));
            item->setData(ColumnKind, ObjectRole, i);
            running += o.state == "RUNNING";
            failed += deployment::isStopped(o.state);
            if (item->data(ColumnName, ObjectRole).toString() == selected)
                m_tree->setCurrentItem(item);
        }
        top->setExpanded(true);
    }
    for (int c = 0; c < ColumnDetail; ++c)
        m_tree->resizeColumnToContents(c);
    m_status->setText(tr("%1 running, %2 failed or stopped · refreshed %3")
                          .arg(running)
                          .arg(failed)
                          .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    updateButtons();
    emit refreshed();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

const deployment::DeployedObject *DeploymentsDock::selectedObject(int *targetIndex) const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return nullptr;
    const int t = item->data(ColumnName, TargetRole).toInt();
    const int i = item->data(ColumnKind, ObjectRole).toInt();
    if (t < 0 || t >= int(m_states.size()) || i < 0 || i >= int(m_states[t].objects.size()))
        return nullptr;
    if (targetIndex)
        *targetIndex = t;
    return &m_states[t].objects[i];
}

void DeploymentsDock::updateButtons()
{
    const deployment::DeployedObject *o = selectedObject();
    m_stop->setEnabled(o && o->state != "MISSING" && !m_stopWatcher.isRunning());
    m_open->setEnabled(o && !o->sourceFile.empty());
}

void DeploymentsDock::stopSelected()
{
    int t = 0;
    const deployment::DeployedObject *o = selectedObject(&t);
    if (!o || m_stopWatcher.isRunning())
        return;
    m_status->setText(tr("Stopping %1…").arg(QString::fromStdString(o->name)));
    m_stopWatcher.setFuture(QtConcurrent::run(
        [target = m_states[t].target, dir = m_recordDirectory.toStdString(), resolver = m_resolver, object = *o] {
            deployment::Deployer deployer(target, dir, resolver);
            return deployer.stop(object);
        }));
    updateButtons();
}

void DeploymentsDock::onStopped()
{
    const deployment::DeploymentReport report = m_stopWatcher.result();
    const QString message = report.ok ? QString::fromStdString(report.log.empty() ? std::string() : report.log.back())
                                      : QString::fromStdString(report.error);
    m_status->setText(report.ok ? tr("Stopped: %1").arg(message) : tr("Stop failed: %1").arg(message));
    emit stopped(report.ok, message);
    refresh();
}

void DeploymentsDock::openSelected()
{
    if (const deployment::DeployedObject *o = selectedObject(); o && !o->sourceFile.empty())
        emit openRequested(QString::fromStdString(o->sourceFile), QString::fromStdString(o->nodeId));
}
