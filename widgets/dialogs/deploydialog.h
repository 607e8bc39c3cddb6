#pragma once

#include "deployment/deployer.h"

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/// Pipeline → Deploy…: pick a target, see the plan (per node create / replace /
/// drop / terminate / keep, on the target and its Kafka Connect target), deploy
/// with progress per statement, and on a failure see what was created before it
/// and roll it back. Planning, deploying and rolling back run on the thread
/// pool; the GUI thread only shows their progress. Failures are also reported
/// as diagnostics on their nodes (deploymentDiagnostics) for the Diagnostics dock.
class DeployDialog : public QDialog {
    Q_OBJECT

public:
    DeployDialog(const pipeline::Graph &graph, const QString &sourceFile,
                 std::vector<deployment::DeploymentTarget> targets, const QString &recordDirectory,
                 pipeline::runtime::SecretResolver resolver = {}, QWidget *parent = nullptr);
    ~DeployDialog() override;

    QComboBox *targetBox() const { return m_targetBox; }
    QTreeWidget *planView() const { return m_plan; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_watcher.isRunning(); }
    /// The reports of the last deployment, one per target deployed to.
    const std::vector<deployment::DeploymentReport> &reports() const { return m_reports; }

signals:
    /// A plan is shown (or could not be made).
    void planned();
    /// A deployment or rollback ended.
    void deployFinished(bool ok);
    /// Problems on nodes: the export's (not expressible) and the deployment's.
    void deploymentDiagnostics(const pipeline::Diagnostics &diagnostics);

private:
    enum class Work { Plan, Deploy, Rollback };
    struct Outcome {
        Work work = Work::Plan;
        std::vector<deployment::DeploymentPlan> plans;
        std::vector<deployment::DeploymentReport> reports;
        QString error;
    };
    struct Session; // the deployers of the chosen target, shared with the worker

    void plan();
    void deploy();
    void rollback();
    void onFinished();
    void showPlans();
    void showProgress(int target, const deployment::DeploymentStep &step, bool done, bool ok, const QString &message);
    void setBusy(bool busy, const QString &status);

    pipeline::Graph m_graph;
    QString m_sourceFile;
    std::vector<deployment::DeploymentTarget> m_targets;
    QString m_recordDirectory;
    pipeline::runtime::SecretResolver m_resolver;
    std::shared_ptr<Session> m_session;
    std::vector<deployment::DeploymentPlan> m_plans;
    std::vector<deployment::DeploymentReport> m_reports;
    QFutureWatcher<Outcome> m_watcher;
    bool m_replan = false; // the target changed while a plan was being made

    QComboBox *m_targetBox = nullptr;
    QTreeWidget *m_plan = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_deploy = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_close = nullptr;
};
