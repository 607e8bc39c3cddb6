#pragma once

#include "widgets/docks/topicrow.h"

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QsciScintilla;

/// Browses the connected cluster: topics with partitions and watermarks, the
/// latest messages of the selected topic, and "Use as Source", which asks the
/// owner to add a kafka-source node for the topic (with the schema sampled from
/// its messages). The dock does not talk to Kafka: it emits requests and its
/// owner answers with setTopics() / setMessages().
class TopicBrowserDock : public QDockWidget {
    Q_OBJECT

public:
    explicit TopicBrowserDock(QWidget *parent = nullptr);

    /// "Sandbox (127.0.0.1:39021)" or a profile name; empty = not connected.
    void setConnection(const QString &label);
    void setTopics(const QList<TopicRow> &topics);
    QList<TopicRow> topics() const { return m_topics; }
    void setMessages(const QString &topic, const QList<TopicMessageRow> &messages);
    int messageCount() const { return m_messageCount; }
    void setStatus(const QString &text);
    QString status() const;

    /// Selects a topic (as a click would) and asks for its messages.
    void selectTopic(const QString &topic);
    QString selectedTopic() const;
    QTreeWidget *topicTree() const { return m_tree; }
    QPushButton *useAsSourceButton() const { return m_useAsSource; }

signals:
    void refreshRequested();
    void messagesRequested(const QString &topic);
    void useAsSourceRequested(const QString &topic);

private:
    void updateButtons();

    QList<TopicRow> m_topics;
    QLabel *m_connection;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QsciScintilla *m_messages;
    QPushButton *m_refresh;
    QPushButton *m_useAsSource;
    QString m_messagesTopic;
    int m_messageCount = 0;
};
