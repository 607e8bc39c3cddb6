#pragma once

#include "app/designer/run/runtimebridge.h"

#include "pipeline/runtime/kafka/clientproperties.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <string>

class MainWindow;
class QDockWidget;
class QLabel;
class RecordPeekDock;
class RunOverlay;
class RunSummaryWidget;
class TopicBrowserDock;

namespace pipeline {
class Graph;
}

/// Everything about running a pipeline in one designer window: Pipeline → Run /
/// Stop, the per-node counters on the canvas, the Run panel (totals and the
/// conservation check), the run state in the status bar, edge peek, the topic
/// browser with "use as source" and Tools → Sandbox Cluster (the cluster runs use
/// is chosen in Tools → Settings → Kafka Clusters). Installed by MainWindow with one line; it adds its docks and actions
/// to the window and owns the RuntimeBridge.
class RunMonitor : public QObject {
    Q_OBJECT

public:
    explicit RunMonitor(MainWindow *window);
    ~RunMonitor() override;

    RuntimeBridge *bridge() const { return m_bridge; }
    RunOverlay *overlay() const { return m_overlay; }
    RunSummaryWidget *summaryWidget() const { return m_summary; }
    QDockWidget *runDock() const { return m_runDock; }
    RecordPeekDock *peekDock() const { return m_peek; }
    TopicBrowserDock *topicBrowser() const { return m_topics; }
    QLabel *statusLabel() const { return m_status; }

    /// Where runs and the topic browser go.
    struct Target {
        bool sandbox = true;
        QString label;
        std::string bootstrap;
        pipeline::runtime::ClientProperties properties;
    };
    /// The active connection profile, else the sandbox (started when `startSandbox`).
    /// False with a message when the profile cannot resolve or the sandbox is off.
    bool currentTarget(Target *target, QString *error, bool startSandbox) const;

    /// Pipeline → Run: resolves the cluster, offers to create missing source topics
    /// on the sandbox, starts the engine. Returns at once.
    void run();
    /// Pipeline → Stop: graceful; the summary follows when the engine has drained.
    void stop();
    bool isPreparing() const { return m_preparing; }

    /// Shows the latest records along an edge in the peek dock.
    void peekEdge(const QString &edgeId);
    /// Re-reads topics and watermarks of the current cluster (in the background).
    void refreshTopics();
    /// Samples the topic's latest messages (in the background) and adds a
    /// kafka-source node for it with the inferred schema, as one undo step.
    void useTopicAsSource(const QString &topic);
    /// Adds the source from already sampled message values; returns the node id.
    QString addSourceNode(const QString &topic, const QStringList &sampledValues);
    /// Settings were accepted: the Kafka profile runs use may have changed.
    void settingsChanged();

    /// Asked before creating missing source topics on the sandbox; tests answer it.
    using TopicPrompt = std::function<bool(const QStringList &missing)>;
    static void setMissingTopicsPrompt(TopicPrompt prompt);

signals:
    void sourceAdded(const QString &nodeId);
    /// The cluster that runs and the topic browser use changed (sandbox started or
    /// stopped, another connection profile): empty bootstrap = none. The assistant
    /// grounds its generations in this cluster's topics.
    void clusterChanged(const QString &bootstrap, const pipeline::runtime::ClientProperties &properties);

private:
    void createDocks();
    void createActions();
    void startEngine(const pipeline::Graph &graph, const Target &target);
    void startCompiled(RuntimeBridge::Compiled compiled, const Target &target);
    void setPreparing(bool preparing);
    void reportStartError(const QString &error);
    void updateActions();
    void onUpdated();
    void onFinished();
    void onEvent(int kind, const QString &nodeId, const QString &message);
    void updateStatus();
    void updatePeek();
    void followSelection();
    void updateTopicConnection();
    void loadMessages(const QString &topic);
    QString edgeTitle(const QString &edgeId) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    RuntimeBridge *m_bridge;
    RunOverlay *m_overlay;
    RunSummaryWidget *m_summary = nullptr;
    QDockWidget *m_runDock = nullptr;
    RecordPeekDock *m_peek = nullptr;
    TopicBrowserDock *m_topics = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_topicTimer;
    QString m_targetLabel;
    bool m_targetSandbox = true;
    bool m_preparing = false;
    int m_topicGeneration = 0;
};
