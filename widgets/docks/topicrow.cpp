#include "widgets/docks/topicrow.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

void setUpTopicTree(QTreeWidget *tree)
{
    tree->setColumnCount(4);
    tree->setHeaderLabels({QCoreApplication::translate("TopicTree", "Topic"),
                           QCoreApplication::translate("TopicTree", "Partitions"),
                           QCoreApplication::translate("TopicTree", "Messages"),
                           QCoreApplication::translate("TopicTree", "Offsets (first … next)")});
    tree->headerItem()->setToolTip(3, QCoreApplication::translate("TopicTree",
                                                                  "First: the oldest offset the partition still keeps "
                                                                  "(its log start offset). Next: the offset the next "
                                                                  "message gets."));
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

QString sandboxRetentionNote()
{
    return QCoreApplication::translate("TopicTree",
                                       "A sandbox partition keeps the newest 5 MiB of record batches (at most 100,000 "
                                       "batches) and drops older messages; its first offset shows where it starts. "
                                       "Produce Samples compresses with lz4 and keeps 200,000 IoT readings; other "
                                       "producers should compress too (kcat -z lz4).");
}

QString currentTopic(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    if (!item)
        return {};
    if (item->parent())
        item = item->parent();
    return item->data(0, Qt::UserRole).toString();
}

void fillTopicTree(QTreeWidget *tree, const QList<TopicRow> &topics)
{
    const QString selected = currentTopic(tree);
    QSet<QString> expanded;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->isExpanded())
            expanded.insert(tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
    tree->clear();
    const QLocale locale;
    for (const TopicRow &topic : topics) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, topic.name);
        item->setData(0, Qt::UserRole, topic.name);
        item->setText(1, QString::number(topic.partitions.size()));
        item->setText(2, locale.toString(topic.messages()));
        for (const TopicPartitionRow &p : topic.partitions) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, QCoreApplication::translate("TopicTree", "partition %1").arg(p.partition));
            child->setText(2, locale.toString(qMax<qint64>(0, p.high - p.low)));
            child->setText(3, QStringLiteral("%1 … %2").arg(locale.toString(p.low), locale.toString(p.high)));
            if (p.low > 0) {
                const QString gone = QCoreApplication::translate("TopicTree",
                                                                 "Offsets 0 … %1 are no longer kept (retention; the "
                                                                 "sandbox keeps only the newest 5 MiB per partition).")
                                         .arg(locale.toString(p.low - 1));
                for (int c = 0; c < 4; ++c)
                    child->setToolTip(c, gone);
            }
        }
        if (expanded.contains(topic.name))
            item->setExpanded(true);
        if (topic.name == selected)
            tree->setCurrentItem(item);
    }
}
