#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

class QTreeWidget;

/// A topic as the sandbox dialog and the topic browser list it (the widgets layer
/// does not talk to Kafka; the app fills these from the runtime's TopicInspector).
struct TopicPartitionRow {
    int partition = 0;
    qint64 low = 0;
    qint64 high = 0;
};

struct TopicRow {
    QString name;
    QList<TopicPartitionRow> partitions;
    qint64 messages() const
    {
        qint64 total = 0;
        for (const TopicPartitionRow &p : partitions)
            total += qMax<qint64>(0, p.high - p.low);
        return total;
    }
};

/// One message read back from a topic.
struct TopicMessageRow {
    int partition = 0;
    qint64 offset = 0;
    qint64 timestampMillis = 0;
    QString key;
    QString value;
};

/// Fills a 4-column tree (topic, partitions, messages, offsets): one item per topic
/// with one child per partition ("first … next": the log start offset, the oldest
/// message still kept, and the offset the next message gets). A partition whose
/// first offset is above 0 says in its tooltip how many offsets are gone.
/// Keeps the selected topic selected.
void fillTopicTree(QTreeWidget *tree, const QList<TopicRow> &topics);
/// Sets up the columns fillTopicTree() expects.
void setUpTopicTree(QTreeWidget *tree);
/// What a sandbox partition keeps (librdkafka's mock cluster), for the widgets
/// that show sandbox topics.
QString sandboxRetentionNote();
/// The topic of the current item (a partition row gives its topic); empty if none.
QString currentTopic(const QTreeWidget *tree);

Q_DECLARE_METATYPE(TopicRow)
