#include "widgets/dialogs/deploydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

using namespace deployment;

struct DeployDialog::Session {
    std::vector<std::unique_ptr<Deployer>> deployers; // the target, then its Kafka Connect target
};

namespace {

enum Column { ColumnAction, ColumnKind, ColumnName, ColumnNode, ColumnProgress };

QString actionText(StepAction action)
{
    switch (action) {
    case StepAction::Create:
        return DeployDialog::tr("create");
    case StepAction::Replace:
        return DeployDialog::tr("replace");
    case StepAction::Drop:
        return DeployDialog::tr("drop");
    case StepAction::Terminate:
        return DeployDialog::tr("terminate");
    case StepAction::Keep:
        return DeployDialog::tr("keep");
    }
    return {};
}

} // namespace

DeployDialog::DeployDialog(const pipeline::Graph &graph, const QString &sourceFile, std::vector<DeploymentTarget> targets,
                           const QString &recordDirectory, pipeline::runtime::SecretResolver resolver, QWidget *parent)
    : QDialog(parent), m_graph(graph), m_sourceFile(sourceFile), m_targets(std::move(targets)),
      m_recordDirectory(recordDirectory), m_resolver(std::move(resolver))
{
    setWindowTitle(tr("Deploy %1").arg(QString::fromStdString(graph.name)));
    m_targetBox = new QComboBox(this);
    for (const auto &t : m_targets) {
        // Kafka Connect targets are reached through the SQL target that names them, or chosen on their own.
        m_targetBox->addItem(QStringLiteral("%1 — %2 (%3)").arg(QString::fromStdString(t.name),
                                                                QString::fromLatin1(targetKindName(t.kind)),
                                                                QString::fromStdString(t.url)));
    }
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("deployPlan"));
    m_plan->setHeaderLabels({tr("Action"), tr("Kind"), tr("Name"), tr("Node"), tr("Progress")});
    m_plan->setUniformRowHeights(true);
    m_plan->header()->setSectionResizeMode(ColumnProgress, QHeaderView::Stretch);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_deploy = buttons->addButton(tr("Deploy"), QDialogButtonBox::AcceptRole);
    m_rollback = buttons->addButton(tr("Roll back"), QDialogButtonBox::ActionRole);
    m_rollback->setToolTip(tr("Remove what this deployment created and restore what it removed"));
    m_rollback->hide();
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto *form = new QFormLayout;
    form->addRow(tr("Target:"), m_targetBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 520);
    connect(m_targetBox, &QComboBox::currentIndexChanged, this, &DeployDialog::plan);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_rollback, &QPushButton::clicked, this, &DeployDialog::rollback);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DeployDialog::onFinished);
    if (m_targets.empty()) {
        m_deploy->setEnabled(false);
        m_status->setText(tr("No deployment targets yet: add one under Tools → Settings → Deployment targets."));
    } else {
        plan();
    }
}

DeployDialog::~DeployDialog()
{
    // A deployment in flight finishes (half a deployment is worse than a late one);
    // only its result would reach this dialog.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DeployDialog::setBusy(bool busy, const QString &status)
{
    m_targetBox->setEnabled(!busy);
    m_deploy->setEnabled(!busy && !m_plans.empty());
    m_rollback->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_status->setText(status);
}

void DeployDialog::plan()
{
    const int index = m_targetBox->currentIndex();
    if (index < 0)
        return;
    if (m_watcher.isRunning()) {
        m_replan = true; // the plan in flight is for the old target
        return;
    }
    auto session = std::make_shared<Session>();
    std::vector<DeploymentTarget> chosen{m_targets[index]};
    if (const DeploymentTarget *connect = findTarget(m_targets, chosen[0].connectTarget))
        chosen.push_back(*connect);
    for (const auto &t : chosen)
        session->deployers.push_back(std::make_unique<Deployer>(t, m_recordDirectory.toStdString(), m_resolver));
    m_session = session;
    m_plans.clear();
    m_reports.clear();
    m_plan->clear();
    m_rollback->hide();
    setBusy(true, tr("Asking %1 what runs…").arg(QString::fromStdString(chosen[0].name)));
    const std::string stem = std::filesystem::path(m_sourceFile.toStdString()).filename().string();
    const std::string pipelineName = Deployer::pipelineName(m_graph, stem.substr(0, stem.find('.')));
    m_watcher.setFuture(QtConcurrent::run([session, graph = m_graph, pipelineName, file = m_sourceFile.toStdString()] {
        Outcome outcome;
        for (auto &deployer : session->deployers) {
            DeploymentPlan plan;
            std::string error;
            if (!deployer->plan(graph, pipelineName, &plan, &error)) {
                outcome.error = QString::fromStdString(error);
                break;
            }
            plan.sourceFile = file;
            outcome.plans.push_back(std::move(plan));
        }
        return outcome;
    }));
}

void DeployDialog::showPlans()
{
    m_plan->clear();
    QStringList notes;
    for (int t = 0; t < int(m_plans.size()); ++t) {
        const DeploymentPlan &plan = m_plans[t];
        auto *top = new QTreeWidgetItem(m_plan);
        top->setText(ColumnAction, QString::fromStdString(plan.targetName));
        top->setText(ColumnKind, QString::fromLatin1(targetKindName(plan.targetKind)));
        top->setFirstColumnSpanned(false);
        if (plan.steps.empty())
            top->setText(ColumnProgress, tr("nothing to deploy"));
        for (const auto &step : plan.steps) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(ColumnAction, actionText(step.action));
            item->setText(ColumnKind, QString::fromStdString(step.kind()));
            item->setText(ColumnName, QString::fromStdString(step.name()));
            item->setText(ColumnNode, QString::fromStdString(step.nodeId()));
            item->setText(ColumnProgress, QString::fromStdString(step.note));
            if (step.action == StepAction::Keep)
                item->setForeground(ColumnAction, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        top->setExpanded(true);
        for (const auto &n : plan.notes)
            notes << QString::fromStdString(plan.targetName + ": " + n);
        for (const auto &d : plan.diagnostics) {
            if (d.severity == pipeline::Severity::Error)
                notes << tr("%1: node %2 cannot be deployed: %3")
                             .arg(QString::fromStdString(plan.targetName), QString::fromStdString(d.nodeId),
                                  QString::fromStdString(d.message));
        }
    }
    for (int c = 0; c < ColumnProgress; ++c)
        m_plan->resizeColumnToContents(c);
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

void DeployDialog::showProgress(int target, const DeploymentStep &step, bool done, bool ok, const QString &message)
{
    QTreeWidgetItem *top = m_plan->topLevelItem(target);
    if (!top)
        return;
    for (int i = 0; i < top->childCount(); ++i) {
        QTreeWidgetItem *item = top->child(i);
        if (item->text(ColumnName) != QString::fromStdString(step.name()) || item->text(ColumnKind) != QString::fromStdString(step.kind()))
            continue;
        if (!done) {
            item->setText(ColumnProgress, tr("running…"));
            m_plan->scrollToItem(item);
        } else {
            item->setText(ColumnProgress, ok ? tr("done: %1").arg(message) : tr("failed: %1").arg(message));
            item->setIcon(ColumnProgress, style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
            item->setToolTip(ColumnProgress, message);
        }
        return;
    }
}

void DeployDialog::deploy()
{
    if (!m_session || m_watcher.isRunning() || m_plans.empty())
        return;
    setBusy(true, tr("Deploying…"));
    QPointer<DeployDialog> self(this);
    m_watcher.setFuture(QtConcurrent::run([session = m_session, plans = m_plans, self] {
        Outcome outcome;
        outcome.work = Work::Deploy;
        outcome.plans = plans;
        for (int t = 0; t < int(plans.size()); ++t) {
            // Progress crosses to the GUI thread queued; the dialog may be gone by then.
            auto progress = [self, t](const DeploymentStep &step, bool done, bool ok, const std::string &message) {
                QMetaObject::invokeMethod(
                    qApp,
                    [self, t, step, done, ok, message = QString::fromStdString(message)] {
                        if (self)
                            self->showProgress(t, step, done, ok, message);
                    },
                    Qt::QueuedConnection);
            };
            if (!plans[t].hasChanges()) {
                outcome.reports.emplace_back();
                continue;
            }
            outcome.reports.push_back(session->deployers[t]->apply(plans[t], progress));
            if (!outcome.reports.back().ok)
                break;
        }
        return outcome;
    }));
}

void DeployDialog::rollback()
{
    if (!m_session || m_watcher.isRunning() || m_reports.empty())
        return;
    setBusy(true, tr("Rolling back…"));
    m_watcher.setFuture(QtConcurrent::run([session = m_session, reports = m_reports] {
        Outcome outcome;
        outcome.work = Work::Rollback;
        // Newest target first: the connectors read what the SQL target writes.
        for (int t = int(reports.size()) - 1; t >= 0; --t)
            outcome.reports.insert(outcome.reports.begin(), session->deployers[t]->rollback(reports[t]));
        return outcome;
    }));
}

void DeployDialog::onFinished()
{
    Outcome outcome = m_watcher.result();
    pipeline::Diagnostics diagnostics;
    if (outcome.work == Work::Plan && m_replan) {
        m_replan = false;
        setBusy(false, {});
        plan();
        return;
    }
    if (outcome.work == Work::Plan) {
        m_plans = std::move(outcome.plans);
        showPlans();
        bool expressible = true;
        for (const auto &p : m_plans) {
            expressible = expressible && !pipeline::hasErrors(p.diagnostics);
            for (const auto &d : p.diagnostics)
                diagnostics.push_back(d);
        }
        bool changes = false;
        for (const auto &p : m_plans)
            changes = changes || p.hasChanges();
        if (!outcome.error.isEmpty()) {
            m_plans.clear();
            setBusy(false, tr("Cannot plan: %1").arg(outcome.error));
        } else if (!expressible) {
            setBusy(false, tr("The target's engine cannot express this pipeline; see the nodes in Diagnostics."));
            m_deploy->setEnabled(false);
        } else {
            setBusy(false, changes ? tr("Ready to deploy.") : tr("Up to date: nothing to change."));
            m_deploy->setEnabled(changes);
        }
        emit deploymentDiagnostics(diagnostics);
        emit planned();
        return;
    }
    bool ok = true;
    QStringList lines;
    for (int t = 0; t < int(outcome.reports.size()); ++t) {
        const DeploymentReport &r = outcome.reports[t];
        for (const auto &n : r.notes)
            lines << QString::fromStdString(n);
        for (const auto &d : r.diagnostics)
            diagnostics.push_back(d);
        if (r.ok)
            continue;
        ok = false;
        lines << tr("Failed: %1").arg(QString::fromStdString(r.error));
        if (outcome.work == Work::Deploy) {
            QStringList created;
            for (const auto &o : r.created)
                created << QString::fromStdString(o.kind + " " + o.name);
            lines << (created.isEmpty() ? tr("Nothing was created before the failure.")
                                        : tr("Created before the failure: %1").arg(created.join(QStringLiteral(", "))));
        }
    }
    if (outcome.work == Work::Deploy) {
        m_reports = outcome.reports;
        bool changed = false;
        for (const auto &r : m_reports)
            changed = changed || !r.created.empty() || !r.removed.empty();
        m_rollback->setVisible(!ok && changed);
        if (ok)
            lines.prepend(tr("Deployed."));
    } else {
        m_rollback->hide();
        m_reports.clear();
        if (ok)
            lines.prepend(tr("Rolled back."));
    }
    setBusy(false, lines.join(QLatin1Char('\n')));
    m_deploy->setEnabled(false); // plan again (change the target) before another deployment
    emit deploymentDiagnostics(diagnostics);
    emit deployFinished(ok);
}
