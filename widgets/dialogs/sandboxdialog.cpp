#include "widgets/dialogs/sandboxdialog.h"

#include "pipeline/core/samplegenerators.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

SandboxDialog::SandboxDialog(QWidget *parent)
    : QDialog(parent)
    , m_state(new QLabel(this))
    , m_bootstrap(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_startStop(new QPushButton(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_tree(new QTreeWidget(this))
    , m_topicName(new QLineEdit(this))
    , m_partitions(new QSpinBox(this))
    , m_create(new QPushButton(tr("Create Topic"), this))
    , m_status(new QLabel(this))
{
    m_generator = new QComboBox(this);
    for (const std::string &name : pipeline::sampleGeneratorNames())
        m_generator->addItem(QString::fromStdString(name), QString::fromStdString(name));
    m_sampleCount = new QSpinBox(this);
    m_sampleCount->setRange(1, 1'000'000);
    m_sampleCount->setValue(1000);
    m_sampleCount->setSuffix(tr(" records"));
    m_produce = new QPushButton(tr("Produce Samples"), this);
    m_produce->setObjectName(QStringLiteral("produceSamples"));
    m_produce->setToolTip(tr("Write records of a built-in sample generator to the selected topic"));
    setObjectName(QStringLiteral("SandboxDialog"));
    setWindowTitle(tr("Sandbox Cluster"));
    m_bootstrap->setObjectName(QStringLiteral("bootstrap"));
    m_bootstrap->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyBootstrap"));
    m_startStop->setObjectName(QStringLiteral("startStop"));
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_topicName->setObjectName(QStringLiteral("topicName"));
    m_topicName->setPlaceholderText(tr("topic name"));
    // Kafka's legal topic characters; the broker would refuse anything else.
    m_topicName->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,249}")), m_topicName));
    m_partitions->setRange(1, 64);
    m_partitions->setValue(3);
    m_partitions->setPrefix(tr("partitions: "));
    m_create->setObjectName(QStringLiteral("createTopic"));
    m_status->setWordWrap(true);
    m_state->setWordWrap(true);
    setUpTopicTree(m_tree);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An embedded Kafka cluster (librdkafka's mock cluster) on this machine. Runs use it "
                                "when no connection profile is active; any Kafka client can connect to its "
                                "bootstrap address. Its topics live in memory until it stops.")
                                 + QLatin1Char(' ') + sandboxRetentionNote(),
                             this);
    intro->setObjectName(QStringLiteral("sandboxIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    auto *address = new QHBoxLayout;
    address->addWidget(m_bootstrap, 1);
    address->addWidget(m_copy);
    form->addRow(tr("Bootstrap servers:"), address);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startStop);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    auto *create = new QHBoxLayout;
    create->addWidget(m_topicName, 1);
    create->addWidget(m_partitions);
    create->addWidget(m_create);
    layout->addLayout(create);
    auto *produce = new QHBoxLayout;
    produce->addWidget(new QLabel(tr("Into the selected topic:"), this));
    produce->addWidget(m_sampleCount);
    produce->addWidget(m_generator, 1);
    produce->addWidget(m_produce);
    layout->addLayout(produce);
    layout->addWidget(m_status);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(560, 480);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_bootstrap->text());
        setStatus(tr("Copied %1 to the clipboard.").arg(m_bootstrap->text()));
    });
    connect(m_startStop, &QPushButton::clicked, this, [this] { emit m_running ? stopRequested() : startRequested(); });
    connect(m_refresh, &QPushButton::clicked, this, &SandboxDialog::refreshRequested);
    connect(m_topicName, &QLineEdit::textChanged, this, &SandboxDialog::updateButtons);
    auto create_ = [this] {
        if (m_create->isEnabled())
            emit createTopicRequested(m_topicName->text().trimmed(), m_partitions->value());
    };
    connect(m_create, &QPushButton::clicked, this, create_);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SandboxDialog::updateButtons);
    connect(m_produce, &QPushButton::clicked, this, [this] {
        if (!selectedTopic().isEmpty())
            emit produceSamplesRequested(selectedTopic(), m_generator->currentData().toString(), m_sampleCount->value());
    });
    connect(m_topicName, &QLineEdit::returnPressed, this, create_);
    setRunning(false, {});
}

void SandboxDialog::setRunning(bool running, const QString &bootstrapServers)
{
    m_running = running;
    m_state->setText(running ? tr("Running") : tr("Stopped"));
    m_bootstrap->setText(bootstrapServers);
    m_startStop->setText(running ? tr("Stop Sandbox") : tr("Start Sandbox"));
    if (!running)
        setTopics({});
    updateButtons();
}

QString SandboxDialog::bootstrapServers() const
{
    return m_bootstrap->text();
}

void SandboxDialog::setTopics(const QList<TopicRow> &topics)
{
    m_topics = topics;
    fillTopicTree(m_tree, topics);
    updateButtons();
}

void SandboxDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString SandboxDialog::status() const
{
    return m_status->text();
}

void SandboxDialog::updateButtons()
{
    m_copy->setEnabled(m_running);
    m_refresh->setEnabled(m_running);
    m_topicName->setEnabled(m_running);
    m_partitions->setEnabled(m_running);
    m_create->setEnabled(m_running && m_topicName->hasAcceptableInput());
    m_produce->setEnabled(m_running && !selectedTopic().isEmpty());
}

QString SandboxDialog::selectedTopic() const
{
    return currentTopic(m_tree);
}

void SandboxDialog::selectTopic(const QString &topic)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == topic)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}
