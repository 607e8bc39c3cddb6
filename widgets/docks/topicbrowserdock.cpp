#include "widgets/docks/topicbrowserdock.h"

#include "widgets/docks/recordpeekdock.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

TopicBrowserDock::TopicBrowserDock(QWidget *parent)
    : QDockWidget(tr("Topics"), parent)
    , m_connection(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_messages(new QsciScintilla(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_useAsSource(new QPushButton(tr("Use as Source"), this))
{
    setObjectName(QStringLiteral("TopicBrowserDock"));
    m_refresh->setObjectName(QStringLiteral("refreshTopics"));
    m_useAsSource->setObjectName(QStringLiteral("useAsSource"));
    m_useAsSource->setToolTip(tr("Add a Kafka source for this topic, its schema sampled from the latest messages"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    setUpTopicTree(m_tree);
    m_connection->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *lexer = new QsciLexerJSON(m_messages);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_messages->setLexer(lexer);
    m_messages->setReadOnly(true);
    m_messages->setMarginWidth(0, 0);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_connection, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    // How much a partition keeps, where the offsets are: the sandbox drops old messages silently.
    auto *retention = new QLabel(tr("First offset: the oldest message a partition still keeps. %1").arg(sandboxRetentionNote()),
                                 content);
    retention->setObjectName(QStringLiteral("retentionNote"));
    retention->setWordWrap(true);
    retention->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(retention);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_useAsSource);
    layout->addLayout(bottom);
    setWidget(content);

    connect(m_refresh, &QPushButton::clicked, this, &TopicBrowserDock::refreshRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        const QString topic = selectedTopic();
        if (!topic.isEmpty() && topic != m_messagesTopic)
            emit messagesRequested(topic);
    });
    connect(m_useAsSource, &QPushButton::clicked, this, [this] {
        if (!selectedTopic().isEmpty())
            emit useAsSourceRequested(selectedTopic());
    });
    setConnection({});
    updateButtons();
}

void TopicBrowserDock::setConnection(const QString &label)
{
    m_connection->setText(label.isEmpty() ? tr("Not connected. Start the sandbox (Tools → Sandbox Cluster) or choose a "
                                               "connection profile.")
                                          : tr("Cluster: %1").arg(label));
    m_refresh->setEnabled(!label.isEmpty());
}

void TopicBrowserDock::setTopics(const QList<TopicRow> &topics)
{
    m_topics = topics;
    fillTopicTree(m_tree, topics);
    setStatus(tr("%n topic(s)", "", int(topics.size())));
    updateButtons();
}

void TopicBrowserDock::setMessages(const QString &topic, const QList<TopicMessageRow> &messages)
{
    m_messagesTopic = topic;
    m_messageCount = int(messages.size());
    QStringList blocks;
    for (const TopicMessageRow &m : messages) {
        QString header = QStringLiteral("// p%1 @%2  %3").arg(m.partition).arg(m.offset).arg(
            QDateTime::fromMSecsSinceEpoch(m.timestampMillis).toString(Qt::ISODateWithMs));
        if (!m.key.isEmpty())
            header += tr("  key %1").arg(m.key);
        blocks << header + QLatin1Char('\n') + RecordPeekDock::prettyJson(m.value);
    }
    m_messages->setReadOnly(false); // Scintilla refuses even programmatic changes when read-only
    m_messages->setText(messages.isEmpty() ? tr("// %1 has no messages yet").arg(topic) : blocks.join(QStringLiteral("\n\n")));
    m_messages->setReadOnly(true);
    m_messages->setFirstVisibleLine(std::max(0, m_messages->lines() - 1));
}

void TopicBrowserDock::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString TopicBrowserDock::status() const
{
    return m_status->text();
}

void TopicBrowserDock::selectTopic(const QString &topic)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == topic) {
            m_messagesTopic.clear();
            if (m_tree->currentItem() == m_tree->topLevelItem(i))
                emit messagesRequested(topic);
            else
                m_tree->setCurrentItem(m_tree->topLevelItem(i));
            return;
        }
}

QString TopicBrowserDock::selectedTopic() const
{
    return currentTopic(m_tree);
}

void TopicBrowserDock::updateButtons()
{
    m_useAsSource->setEnabled(!selectedTopic().isEmpty());
}
