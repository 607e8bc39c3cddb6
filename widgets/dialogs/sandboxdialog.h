#pragma once

#include "widgets/docks/topicrow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

/// Tools → Sandbox Cluster: starts and stops the embedded mock Kafka cluster,
/// shows its bootstrap address (copyable, for kcat or any other client), lists
/// its topics with partitions and offsets and creates topics. Emits requests;
/// the app's SandboxController does the work and answers with the setters.
class SandboxDialog : public QDialog {
    Q_OBJECT

public:
    explicit SandboxDialog(QWidget *parent = nullptr);

    void setRunning(bool running, const QString &bootstrapServers);
    bool isRunning() const { return m_running; }
    QString bootstrapServers() const;
    void setTopics(const QList<TopicRow> &topics);
    QList<TopicRow> topics() const { return m_topics; }
    void setStatus(const QString &text);
    QString status() const;

    QLineEdit *topicNameEdit() const { return m_topicName; }
    QSpinBox *partitionsSpin() const { return m_partitions; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *startStopButton() const { return m_startStop; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *produceButton() const { return m_produce; }
    QComboBox *generatorCombo() const { return m_generator; }
    QSpinBox *sampleCountSpin() const { return m_sampleCount; }
    /// The topic selected in the list (empty if none).
    QString selectedTopic() const;
    void selectTopic(const QString &topic);

signals:
    void startRequested();
    void stopRequested();
    void refreshRequested();
    void createTopicRequested(const QString &name, int partitions);
    /// Fill a topic with records of a built-in sample generator (to try pipelines).
    void produceSamplesRequested(const QString &topic, const QString &generator, int count);

private:
    void updateButtons();

    bool m_running = false;
    QList<TopicRow> m_topics;
    QLabel *m_state;
    QLineEdit *m_bootstrap;
    QPushButton *m_copy;
    QPushButton *m_startStop;
    QPushButton *m_refresh;
    QTreeWidget *m_tree;
    QLineEdit *m_topicName;
    QSpinBox *m_partitions;
    QPushButton *m_create;
    QComboBox *m_generator;
    QSpinBox *m_sampleCount;
    QPushButton *m_produce;
    QLabel *m_status;
};
