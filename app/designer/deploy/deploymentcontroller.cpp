#include "app/designer/deploy/deploymentcontroller.h"

#include "app/designer/document.h"
#include "app/designer/mainwindow.h"
#include "app/designer/settings/deploymenttargetspage.h"
#include "app/designer/settings/secretstore.h"

#include "widgets/canvas/pipelinescene.h"
#include "widgets/dialogs/deploydialog.h"
#include "widgets/docks/deploymentsdock.h"
#include "widgets/docks/diagnosticswidget.h"
#include "widgets/model/graphmodel.h"

#include "deployment/deploymentrecord.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

DeploymentController::DeploymentController(MainWindow *window)
    : QObject(window), m_window(window)
{
    m_dock = new DeploymentsDock(window);
    m_dock->setRefreshInterval(0); // this controller's timer re-reads the targets and refreshes
    m_dockWidget = new QDockWidget(tr("Deployments"), window);
    m_dockWidget->setObjectName(QStringLiteral("DeploymentsDock"));
    m_dockWidget->setWidget(m_dock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dockWidget);
    if (auto *diagnostics = window->findChild<QDockWidget *>(QStringLiteral("DiagnosticsDock")))
        window->tabifyDockWidget(diagnostics, m_dockWidget);
    m_deployAction = new QAction(tr("&Deploy…"), window);
    m_deployAction->setObjectName(QStringLiteral("actionDeploy"));
    m_deployAction->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_deployAction->setStatusTip(tr("Deploy the pipeline to ksqlDB, a Flink SQL Gateway or Kafka Connect"));
    window->addAction(m_deployAction);
    connect(m_deployAction, &QAction::triggered, this, &DeploymentController::showDeployDialog);
    connect(m_dock, &DeploymentsDock::openRequested, this, [this](const QString &file, const QString &nodeId) {
        MainWindow *shown = m_window->document()->filePath() == file ? m_window : m_window->openFile(file);
        if (shown)
            shown->scene()->selectNodes({nodeId});
    });
    connect(m_dock, &DeploymentsDock::stopped, this, [this](bool, const QString &message) {
        m_window->statusBar()->showMessage(message, 8000);
    });
    // Refreshing only while the dock shows keeps idle windows off the engines.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_dockWidget->isVisible())
            reloadTargets();
    });
    m_timer.start(15000);
    connect(m_dockWidget, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reloadTargets();
    });
}

pipeline::runtime::SecretResolver DeploymentController::resolver(QString *error) const
{
    QStringList references;
    for (const auto &t : m_targets) {
        if (!t.authRef.empty())
            references << QString::fromStdString(t.authRef);
    }
    pipeline::runtime::SecretResolver out;
    if (!references.isEmpty() && !SecretStore::instance()->prepareResolver(references, &out, error))
        return {};
    return out;
}

void DeploymentController::reloadTargets()
{
    QString error;
    m_targets = DeploymentTargetsPage::loadTargets(&error);
    if (!error.isEmpty())
        m_window->statusBar()->showMessage(error, 8000);
    m_dock->setTargets(m_targets, QString::fromStdString(deployment::DeploymentRecord::defaultDirectory()), resolver(&error));
}

void DeploymentController::showDeployDialog()
{
    QString error;
    m_targets = DeploymentTargetsPage::loadTargets(&error);
    const pipeline::runtime::SecretResolver secrets = resolver(&error);
    if (!error.isEmpty())
        m_window->statusBar()->showMessage(error, 8000);
    auto *dialog = new DeployDialog(m_window->document()->model()->graph(), m_window->document()->filePath(), m_targets,
                                    QString::fromStdString(deployment::DeploymentRecord::defaultDirectory()), secrets,
                                    m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::deploymentDiagnostics, m_window->diagnostics(),
            &DiagnosticsWidget::setDeploymentDiagnostics);
    connect(dialog, &DeployDialog::deployFinished, this, [this] {
        m_dockWidget->show();
        reloadTargets();
    });
    dialog->open();
}
