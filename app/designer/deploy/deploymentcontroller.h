#pragma once

#include "deployment/deploymenttarget.h"

#include "pipeline/runtime/dataflow/secretreference.h"

#include <QObject>
#include <QTimer>

#include <vector>

class DeploymentsDock;
class MainWindow;
class QAction;
class QDockWidget;

/// The designer's side of deploying: the Deployments dock (what runs per target,
/// refreshed in the background) and Pipeline → Deploy… (the DeployDialog for the
/// window's document). Targets come from the targets file the Settings page and
/// pipewright-cli share; their secrets are read on the GUI thread, and workers get
/// a resolver over the values (SecretStore::prepareResolver). Deployment failures
/// go to the window's Diagnostics on their nodes.
class DeploymentController : public QObject {
    Q_OBJECT

public:
    explicit DeploymentController(MainWindow *window);

    DeploymentsDock *dock() const { return m_dock; }
    QDockWidget *dockWidget() const { return m_dockWidget; }
    QAction *deployAction() const { return m_deployAction; }
    /// Re-reads the targets file (after Settings, and on the refresh timer).
    void reloadTargets();
    /// Opens the Deploy dialog for the window's document.
    void showDeployDialog();

private:
    pipeline::runtime::SecretResolver resolver(QString *error) const;

    MainWindow *m_window;
    DeploymentsDock *m_dock;
    QDockWidget *m_dockWidget;
    QAction *m_deployAction;
    QTimer m_timer;
    std::vector<deployment::DeploymentTarget> m_targets;
};
