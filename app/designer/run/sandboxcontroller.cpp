#include "app/designer/run/sandboxcontroller.h"

#include "app/designer/run/backgroundtask.h"

#include "widgets/dialogs/sandboxdialog.h"

#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <QApplication>
#include <QDateTime>
#include <QLineEdit>

using pipeline::runtime::SandboxCluster;
using pipeline::runtime::TopicDescription;
using pipeline::runtime::TopicInspector;

SandboxController *SandboxController::instance()
{
    // Owned by the application: the cluster lives until the last window is gone.
    static QPointer<SandboxController> controller;
    if (!controller)
        controller = new SandboxController(qApp);
    return controller;
}

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
{
}

SandboxController::~SandboxController() = default;

bool SandboxController::start(QString *error, int brokers)
{
    if (m_cluster)
        return true;
    std::string why;
    m_cluster = SandboxCluster::start(brokers, &why);
    if (!m_cluster) {
        if (error)
            *error = tr("Cannot start the sandbox cluster: %1").arg(QString::fromStdString(why));
        return false;
    }
    emit runningChanged(true);
    refreshTopics();
    return true;
}

void SandboxController::stop()
{
    if (!m_cluster)
        return;
    emit aboutToStop();
    m_cluster.reset();
    m_topics.clear();
    ++m_refreshGeneration;
    emit runningChanged(false);
    emit topicsChanged();
}

QString SandboxController::bootstrapServers() const
{
    return m_cluster ? QString::fromStdString(m_cluster->bootstrapServers()) : QString();
}

bool SandboxController::createTopic(const QString &name, int partitions, QString *error)
{
    if (!m_cluster) {
        if (error)
            *error = tr("The sandbox cluster is not running.");
        return false;
    }
    std::string why;
    if (!m_cluster->createTopic(name.toStdString(), partitions, &why)) {
        if (error)
            *error = QString::fromStdString(why);
        return false;
    }
    refreshTopics();
    return true;
}

QList<TopicRow> SandboxController::toRows(const std::vector<TopicDescription> &topics)
{
    QList<TopicRow> rows;
    for (const TopicDescription &t : topics) {
        TopicRow row;
        row.name = QString::fromStdString(t.name);
        for (const auto &p : t.partitions)
            row.partitions.append({p.partition, p.low, p.high});
        rows << row;
    }
    return rows;
}

void SandboxController::refreshTopics()
{
    if (!m_cluster)
        return;
    const std::string bootstrap = m_cluster->bootstrapServers();
    const int generation = ++m_refreshGeneration;
    struct Listing {
        std::vector<TopicDescription> topics;
        std::string error;
    };
    runInBackground<Listing>(
        this,
        [bootstrap] {
            Listing listing;
            TopicInspector inspector(bootstrap, {});
            listing.topics = inspector.describeTopics(&listing.error, 3000);
            return listing;
        },
        [this, generation](Listing listing) {
            if (generation != m_refreshGeneration) // a newer listing (or a stop) superseded this one
                return;
            m_topics = toRows(listing.topics);
            if (m_dialog)
                m_dialog->setStatus(listing.error.empty() ? tr("%n topic(s)", "", int(m_topics.size()))
                                                          : QString::fromStdString(listing.error));
            emit topicsChanged();
        });
}

void SandboxController::produceSamples(const QString &topic, const QString &generator, int count)
{
    if (!m_cluster)
        return;
    runInBackground<QString>(
        this,
        [bootstrap = m_cluster->bootstrapServers(), name = topic.toStdString(), gen = generator.toStdString(), count] {
            auto samples = pipeline::runtime::SampleGenerator::create(gen, std::uint64_t(QDateTime::currentMSecsSinceEpoch()));
            if (!samples)
                return tr("Unknown sample generator %1.").arg(QString::fromStdString(gen));
            TopicInspector producer(bootstrap, {});
            const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
            std::vector<std::string> values;
            values.reserve(size_t(count));
            for (int i = 0; i < count; ++i)
                values.push_back(samples->next(now + i).dump());
            std::string error;
            return producer.produce(name, values, &error, 30000) ? QString() : QString::fromStdString(error);
        },
        [this, topic, count](QString error) {
            emit samplesProduced(topic, count, error);
            refreshTopics();
        });
}

SandboxDialog *SandboxController::showDialog(QWidget *parent)
{
    if (!m_dialog) {
        m_dialog = new SandboxDialog(parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        SandboxDialog *dialog = m_dialog;
        dialog->setRunning(isRunning(), bootstrapServers());
        dialog->setTopics(m_topics);
        connect(this, &SandboxController::runningChanged, dialog,
                [this, dialog](bool running) { dialog->setRunning(running, bootstrapServers()); });
        connect(this, &SandboxController::topicsChanged, dialog, [this, dialog] { dialog->setTopics(m_topics); });
        connect(dialog, &SandboxDialog::startRequested, this, [this, dialog] {
            QString error;
            dialog->setStatus(start(&error) ? tr("Started. Any Kafka client can connect to %1.").arg(bootstrapServers())
                                            : error);
        });
        connect(dialog, &SandboxDialog::stopRequested, this, [this, dialog] {
            stop();
            dialog->setStatus(tr("Stopped; its topics are gone."));
        });
        connect(dialog, &SandboxDialog::refreshRequested, this, &SandboxController::refreshTopics);
        connect(dialog, &SandboxDialog::produceSamplesRequested, this,
                [this, dialog](const QString &topic, const QString &generator, int count) {
                    dialog->setStatus(tr("Producing %n record(s) into %1…", "", count).arg(topic));
                    produceSamples(topic, generator, count);
                });
        connect(this, &SandboxController::samplesProduced, dialog, [dialog](const QString &topic, int count, const QString &error) {
            dialog->setStatus(error.isEmpty() ? tr("Produced %n record(s) into %1.", "", count).arg(topic) : error);
        });
        connect(dialog, &SandboxDialog::createTopicRequested, this, [this, dialog](const QString &name, int partitions) {
            QString error;
            if (createTopic(name, partitions, &error)) {
                dialog->setStatus(tr("Created topic %1 with %n partition(s).", "", partitions).arg(name));
                dialog->topicNameEdit()->clear();
            } else {
                dialog->setStatus(error);
            }
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    refreshTopics();
    return m_dialog;
}

SandboxDialog *SandboxController::dialog() const
{
    return m_dialog;
}
