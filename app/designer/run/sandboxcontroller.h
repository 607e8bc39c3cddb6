#pragma once

#include "widgets/docks/topicrow.h"

#include "pipeline/runtime/kafka/topicinspector.h"

#include <QObject>
#include <QPointer>

#include <memory>

class SandboxDialog;

namespace pipeline::runtime {
class SandboxCluster;
}

/// The application's one embedded Kafka cluster (librdkafka's mock cluster), shared
/// by every window: Tools → Sandbox Cluster starts and stops it, runs use it unless
/// a connection profile is active, `pipewright --sandbox` starts it at launch.
class SandboxController : public QObject {
    Q_OBJECT

public:
    static SandboxController *instance();
    ~SandboxController() override;

    bool start(QString *error = nullptr, int brokers = 1);
    void stop();
    bool isRunning() const { return m_cluster != nullptr; }
    /// "127.0.0.1:port" while running, else empty.
    QString bootstrapServers() const;

    /// Creates a topic on the running sandbox (synchronous: the mock answers at once).
    bool createTopic(const QString &name, int partitions, QString *error = nullptr);
    /// Lists topics with watermarks in the background; topicsChanged() follows.
    void refreshTopics();
    /// Produces `count` records of a sample generator into a topic, in the background.
    void produceSamples(const QString &topic, const QString &generator, int count);
    QList<TopicRow> topics() const { return m_topics; }

    /// `--sandbox`: runs use the sandbox even when a connection profile is active.
    void setPreferredForRuns(bool preferred) { m_preferred = preferred; }
    bool isPreferredForRuns() const { return m_preferred; }

    /// Tools → Sandbox Cluster: the (non-modal) dialog, created on first use.
    SandboxDialog *showDialog(QWidget *parent);
    SandboxDialog *dialog() const;

    /// TopicInspector rows as the widgets show them.
    static QList<TopicRow> toRows(const std::vector<pipeline::runtime::TopicDescription> &topics);

signals:
    void runningChanged(bool running);
    /// Before the cluster goes away: runs against it should stop now.
    void aboutToStop();
    void topicsChanged();
    void samplesProduced(const QString &topic, int count, const QString &error);

private:
    explicit SandboxController(QObject *parent);

    std::unique_ptr<pipeline::runtime::SandboxCluster> m_cluster;
    QList<TopicRow> m_topics;
    QPointer<SandboxDialog> m_dialog;
    bool m_preferred = false;
    int m_refreshGeneration = 0;
};
