#pragma once

#include "deployment/deployedobject.h"
#include "deployment/deploymentreport.h"
#include "deployment/deploymenttarget.h"

#include "pipeline/runtime/dataflow/secretreference.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/// What runs on each deployment target (ksqlDB, Flink, Kafka Connect): per
/// target the objects this tool deployed with the engine's state now (running,
/// failed with the trace, stopped, missing). Every refresh asks the engines on
/// the thread pool, never on the GUI thread; a timer repeats it. Stop
/// terminates or drops the selected object (also off the GUI thread); Open asks
/// for the pipeline file it was deployed from.
class DeploymentsDock : public QWidget {
    Q_OBJECT

public:
    /// One target's answer: its objects, or why it could not be asked.
    struct TargetState {
        deployment::DeploymentTarget target;
        std::vector<deployment::DeployedObject> objects;
        QString error;
    };

    explicit DeploymentsDock(QWidget *parent = nullptr);
    ~DeploymentsDock() override;

    /// The targets to watch and where the deployment record lives; refreshes now.
    void setTargets(std::vector<deployment::DeploymentTarget> targets, const QString &recordDirectory,
                    pipeline::runtime::SecretResolver resolver = {});
    /// Background refresh period; 0 = only on Refresh or setTargets().
    void setRefreshInterval(int ms);
    void refresh();
    bool isBusy() const { return m_watcher.isRunning() || m_stopWatcher.isRunning(); }

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *openButton() const { return m_open; }
    const std::vector<TargetState> &states() const { return m_states; }

signals:
    /// A refresh landed (states() and the tree are current).
    void refreshed();
    /// Open: the pipeline file an object was deployed from, and its node.
    void openRequested(const QString &pipelineFile, const QString &nodeId);
    /// Stop finished; the next refresh shows the new state.
    void stopped(bool ok, const QString &message);

private:
    void onRefreshed();
    void onStopped();
    void stopSelected();
    void openSelected();
    void updateButtons();
    const deployment::DeployedObject *selectedObject(int *targetIndex = nullptr) const;

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_timer;
    std::vector<deployment::DeploymentTarget> m_targets;
    QString m_recordDirectory;
    pipeline::runtime::SecretResolver m_resolver;
    std::vector<TargetState> m_states;
    QFutureWatcher<std::vector<TargetState>> m_watcher;
    QFutureWatcher<deployment::DeploymentReport> m_stopWatcher;
    bool m_refreshAgain = false;
};
