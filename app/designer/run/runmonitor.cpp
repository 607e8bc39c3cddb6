#include "app/designer/run/runmonitor.h"

#include "app/designer/run/backgroundtask.h"
#include "app/designer/settings/connectionprofiles.h"
#include "app/designer/settings/databaseprofile.h"
#include "app/designer/document.h"
#include "app/designer/settings/llmprofiles.h"
#include "app/designer/settings/schemaregistryprofile.h"
#include "app/designer/mainwindow.h"
#include "app/designer/run/runtimebridge.h"
#include "app/designer/run/sandboxcontroller.h"

#include "widgets/docks/assistantdock.h"
#include "widgets/canvas/items/edgeitem.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"
#include "widgets/docks/recordpeekdock.h"
#include "widgets/canvas/runoverlay.h"
#include "widgets/docks/runsummarywidget.h"
#include "widgets/docks/topicbrowserdock.h"

#include "pipeline/core/connectortemplate.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/edit/insertsubgraphcommand.h"
#include "pipeline/runtime/database/databasesettings.h"
#include "pipeline/runtime/formats/schemaregistryservice.h"
#include "pipeline/runtime/formats/schemasampler.h"
#include "pipeline/runtime/kafka/topicinspector.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>

#include <set>

using pipeline::runtime::RunEvent;
using pipeline::runtime::TopicInspector;

namespace {

RunMonitor::TopicPrompt &topicPrompt()
{
    static RunMonitor::TopicPrompt prompt;
    return prompt;
}

QMenu *menuOf(QAction *action)
{
    if (!action)
        return nullptr;
    for (QObject *object : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(object))
            return menu;
    return nullptr;
}

constexpr int CreatedTopicPartitions = 3;
constexpr size_t SampleSize = 100;
constexpr int BrowsedMessages = 20;

} // namespace

RunMonitor::RunMonitor(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_bridge(new RuntimeBridge(this))
    , m_overlay(new RunOverlay(window->scene(), this))
{
    setObjectName(QStringLiteral("RunMonitor"));
    createDocks();
    createActions();

    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("runStatus"));
    window->statusBar()->addPermanentWidget(m_status);

    connect(m_bridge, &RuntimeBridge::updated, this, &RunMonitor::onUpdated);
    connect(m_bridge, &RuntimeBridge::finished, this, &RunMonitor::onFinished);
    connect(m_bridge, &RuntimeBridge::eventReceived, this, &RunMonitor::onEvent);
    connect(window->scene(), &QGraphicsScene::selectionChanged, this, &RunMonitor::followSelection);
    window->view()->viewport()->installEventFilter(this);

    SandboxController *sandbox = SandboxController::instance();
    connect(sandbox, &SandboxController::runningChanged, this, [this] {
        updateTopicConnection();
        refreshTopics();
    });
    connect(sandbox, &SandboxController::aboutToStop, this, [this] {
        if (m_bridge->isRunning() && m_targetSandbox)
            m_bridge->stop();
    });
    connect(sandbox, &SandboxController::topicsChanged, this, [this] {
        if (m_targetSandbox && SandboxController::instance()->isRunning() && m_topics->isVisible())
            m_topics->setTopics(SandboxController::instance()->topics());
    });
    m_topicTimer.setInterval(2000);
    connect(&m_topicTimer, &QTimer::timeout, this, &RunMonitor::refreshTopics);
    // The assistant grounds generations in the topics of the cluster runs go to.
    if (auto *assistant = window->findChild<AssistantDock *>())
        connect(this, &RunMonitor::clusterChanged, assistant, &AssistantDock::setCluster);
    updateTopicConnection();
    updateActions();
    updateStatus();
}

RunMonitor::~RunMonitor() = default;

void RunMonitor::setMissingTopicsPrompt(TopicPrompt prompt)
{
    topicPrompt() = std::move(prompt);
}

void RunMonitor::createDocks()
{
    m_summary = new RunSummaryWidget(m_window);
    m_runDock = new QDockWidget(tr("Run"), m_window);
    m_runDock->setObjectName(QStringLiteral("RunDock"));
    m_runDock->setWidget(m_summary);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    if (auto *diagnostics = m_window->findChild<QDockWidget *>(QStringLiteral("DiagnosticsDock")))
        m_window->tabifyDockWidget(diagnostics, m_runDock);
    if (auto *diagnostics = m_window->findChild<QDockWidget *>(QStringLiteral("DiagnosticsDock")))
        diagnostics->raise();
    connect(m_summary, &RunSummaryWidget::nodeActivated, this, [this](const QString &id) {
        m_window->scene()->selectNodes({id});
        if (NodeItem *item = m_window->scene()->nodeItem(id))
            m_window->view()->centerOn(item);
    });

    m_peek = new RecordPeekDock(m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_peek);
    m_peek->hide();

    m_topics = new TopicBrowserDock(m_window);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_topics);
    if (auto *palette = m_window->findChild<QDockWidget *>(QStringLiteral("PaletteDock")))
        m_window->tabifyDockWidget(palette, m_topics);
    m_topics->hide();
    connect(m_topics, &TopicBrowserDock::refreshRequested, this, &RunMonitor::refreshTopics);
    connect(m_topics, &TopicBrowserDock::messagesRequested, this, &RunMonitor::loadMessages);
    connect(m_topics, &TopicBrowserDock::useAsSourceRequested, this, &RunMonitor::useTopicAsSource);
    connect(m_topics, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            updateTopicConnection();
            refreshTopics();
            m_topicTimer.start();
        } else {
            m_topicTimer.stop();
        }
    });
}

void RunMonitor::createActions()
{
    QAction *run = m_window->action(QStringLiteral("actionRun"));
    QAction *stop = m_window->action(QStringLiteral("actionStop"));
    QAction *sandbox = m_window->action(QStringLiteral("actionSandbox"));
    if (run) {
        run->setToolTip(tr("Run the pipeline against the sandbox or the active connection profile"));
        run->setStatusTip(run->toolTip());
        connect(run, &QAction::triggered, this, &RunMonitor::run);
    }
    if (stop) {
        stop->setToolTip(tr("Stop the run gracefully: in-flight messages are acknowledged and offsets committed"));
        stop->setStatusTip(stop->toolTip());
        connect(stop, &QAction::triggered, this, &RunMonitor::stop);
    }
    if (sandbox) {
        sandbox->setEnabled(true);
        sandbox->setToolTip(tr("Start, stop and inspect the embedded Kafka cluster"));
        sandbox->setStatusTip(sandbox->toolTip());
        connect(sandbox, &QAction::triggered, this, [this] { SandboxController::instance()->showDialog(m_window); });
    }
    QAction *topics = m_topics->toggleViewAction();
    topics->setObjectName(QStringLiteral("actionTopicBrowser"));
    topics->setText(tr("&Topic Browser"));
    if (QMenu *tools = menuOf(sandbox)) {
        tools->insertAction(m_window->action(QStringLiteral("actionSettings")), topics);
    }
    if (QMenu *view = menuOf(m_window->action(QStringLiteral("actionMinimap")))) {
        view->addAction(m_runDock->toggleViewAction());
        view->addAction(m_peek->toggleViewAction());
    }
}

bool RunMonitor::currentTarget(Target *target, QString *error, bool startSandbox) const
{
    SandboxController *sandbox = SandboxController::instance();
    const std::optional<ConnectionProfile> profile =
        sandbox->isPreferredForRuns() ? std::nullopt : ConnectionProfiles::active();
    if (profile) {
        target->sandbox = false;
        target->label = profile->name;
        target->bootstrap = profile->bootstrapServers.toStdString();
        return ConnectionProfiles::resolve(*profile, &target->properties, error);
    }
    if (!sandbox->isRunning()) {
        if (!startSandbox) {
            if (error)
                *error = tr("The sandbox cluster is not running.");
            return false;
        }
        if (!sandbox->start(error))
            return false;
    }
    target->sandbox = true;
    target->label = tr("sandbox %1").arg(sandbox->bootstrapServers());
    target->bootstrap = sandbox->bootstrapServers().toStdString();
    target->properties.clear();
    return true;
}

void RunMonitor::reportStartError(const QString &error)
{
    m_summary->addEvent(RunSummaryWidget::EventKind::Error, {}, error);
    m_runDock->show();
    m_runDock->raise();
    m_window->statusBar()->showMessage(error, 10000);
}

void RunMonitor::run()
{
    if (m_bridge->isRunning() || m_preparing)
        return;
    Target target;
    QString error;
    if (!currentTarget(&target, &error, true)) {
        reportStartError(error);
        return;
    }
    const pipeline::Graph graph = m_window->document()->model()->graph();
    QStringList sourceTopics;
    for (const auto &[id, node] : graph.nodes())
        if (node.kind == "kafka-source" || node.kind == "connect-source") {
            const QString topic = QString::fromStdString(node.kind == "connect-source"
                                                             ? pipeline::ConnectorTemplate::topicOf(node)
                                                             : node.stringParameter("topic"));
            if (!topic.isEmpty() && !sourceTopics.contains(topic))
                sourceTopics << topic;
        }
    setPreparing(true);
    if (sourceTopics.isEmpty()) {
        startEngine(graph, target);
        return;
    }
    m_status->setText(tr("Checking topics on %1…").arg(target.label));
    struct Listing {
        std::vector<pipeline::runtime::TopicDescription> topics;
        std::string error;
    };
    runInBackground<Listing>(
        this,
        [bootstrap = target.bootstrap, properties = target.properties] {
            Listing listing;
            TopicInspector inspector(bootstrap, properties);
            listing.topics = inspector.describeTopics(&listing.error, 5000);
            return listing;
        },
        [this, graph, target, sourceTopics](Listing listing) {
            if (!listing.error.empty())
                m_summary->addEvent(RunSummaryWidget::EventKind::Warning, {}, QString::fromStdString(listing.error));
            QStringList missing = sourceTopics;
            for (const auto &t : listing.topics)
                missing.removeAll(QString::fromStdString(t.name));
            if (!missing.isEmpty() && listing.error.empty()) {
                bool create = false;
                if (target.sandbox) {
                    if (topicPrompt()) {
                        create = topicPrompt()(missing);
                    } else {
                        create = QMessageBox::question(
                                     m_window, tr("Create Topics"),
                                     tr("The sandbox has no topic %1.\n\nCreate it with %n partition(s)? The run then "
                                        "waits for messages on it.",
                                        "", CreatedTopicPartitions)
                                         .arg(missing.join(QStringLiteral(", "))),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                                 == QMessageBox::Yes;
                    }
                }
                for (const QString &topic : std::as_const(missing)) {
                    QString why;
                    if (create && SandboxController::instance()->createTopic(topic, CreatedTopicPartitions, &why))
                        m_summary->addEvent(RunSummaryWidget::EventKind::Info, {},
                                            tr("Created topic %1 on the sandbox.").arg(topic));
                    else
                        m_summary->addEvent(RunSummaryWidget::EventKind::Warning, {},
                                            why.isEmpty() ? tr("Topic %1 does not exist on %2; the run waits for it.")
                                                                .arg(topic, target.label)
                                                          : why);
                }
            }
            startEngine(graph, target);
        });
}

void RunMonitor::startEngine(const pipeline::Graph &graph, const Target &target)
{
    pipeline::runtime::RunOptions options;
    options.bootstrapServers = target.bootstrap;
    options.clientProperties = target.properties;
    // Closing a window waits for the drain; keep that bounded.
    options.drainTimeoutMillis = 10'000;
    // LLM endpoints from Settings; keychain keys are read here, on the GUI thread.
    QString keyWarning;
    const auto llm = LlmProfiles::runSettings(&keyWarning);
    options.settings.set(llm);
    if (!keyWarning.isEmpty())
        m_summary->addEvent(RunSummaryWidget::EventKind::Warning, {}, keyWarning);
    QString registryWarning;
    // Registry credentials resolve through the same keychain resolver as the LLM keys.
    options.settings.set(pipeline::runtime::SchemaRegistrySettings{SchemaRegistryProfile::runProfiles(&registryWarning),
                                                                   llm.secretResolver});
    if (!registryWarning.isEmpty())
        m_summary->addEvent(RunSummaryWidget::EventKind::Warning, {}, registryWarning);
    // Database profiles from Settings; the passwords of those the sinks name are read now, like Kafka's.
    QStringList databases;
    for (const auto &[id, node] : graph.nodes())
        if (node.kind == "database-sink")
            databases << QString::fromStdString(node.stringParameter("connection"));
    QString databaseError;
    if (!DatabaseProfile::runProfiles(databases, &options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles, &databaseError)) {
        setPreparing(false);
        reportStartError(databaseError);
        return;
    }
    // Compiling may connect to databases and load vector indexes: off the GUI thread.
    runInBackground<RuntimeBridge::Compiled>(
        this, [graph, options] { return RuntimeBridge::compile(graph, options); },
        [this, target](RuntimeBridge::Compiled compiled) { startCompiled(std::move(compiled), target); });
}

void RunMonitor::startCompiled(RuntimeBridge::Compiled compiled, const Target &target)
{
    const pipeline::Diagnostics errors = m_bridge->start(std::move(compiled));
    setPreparing(false);
    if (!errors.empty()) {
        for (const auto &d : errors)
            m_summary->addEvent(RunSummaryWidget::EventKind::Error, QString::fromStdString(d.nodeId),
                                QString::fromStdString(d.message));
        m_runDock->show();
        m_runDock->raise();
        m_status->setText(tr("Cannot run: %n problem(s)", "", int(errors.size())));
        m_window->statusBar()->showMessage(tr("The pipeline cannot run; see the Run panel."), 10000);
        return;
    }
    m_targetLabel = target.label;
    m_targetSandbox = target.sandbox;
    m_overlay->clear();
    m_summary->clearEvents();
    m_summary->addEvent(RunSummaryWidget::EventKind::Info, {}, tr("Started on %1.").arg(target.label));
    onUpdated();
    updateActions();
    updateTopicConnection();
}

void RunMonitor::stop()
{
    if (!m_bridge->isRunning())
        return;
    m_bridge->stop();
    m_status->setText(tr("Stopping… (draining in-flight messages)"));
}

void RunMonitor::setPreparing(bool preparing)
{
    m_preparing = preparing;
    updateActions();
}

void RunMonitor::updateActions()
{
    const bool running = m_bridge->isRunning();
    if (QAction *run = m_window->action(QStringLiteral("actionRun")))
        run->setEnabled(!running && !m_preparing);
    if (QAction *stop = m_window->action(QStringLiteral("actionStop")))
        stop->setEnabled(running);
}

void RunMonitor::onUpdated()
{
    const auto &snapshot = m_bridge->snapshot();
    const bool active = m_bridge->isRunning();
    for (const auto &node : snapshot.nodes)
        m_overlay->setNodeStats(QString::fromStdString(node.nodeId), RuntimeBridge::toView(node), active);
    RunSummary summary = m_bridge->summary();
    summary.target = m_targetLabel;
    m_summary->setSummary(summary);
    updateStatus();
    updatePeek();
}

void RunMonitor::onFinished()
{
    onUpdated();
    m_overlay->setActive(false);
    updateActions();
    const RunSummary summary = m_summary->summary();
    m_summary->addEvent(summary.state == QLatin1String("failed") ? RunSummaryWidget::EventKind::Error
                                                                : RunSummaryWidget::EventKind::Info,
                        {}, m_summary->conservationText());
    m_runDock->show();
    m_runDock->raise();
    refreshTopics();
}

void RunMonitor::onEvent(int kind, const QString &nodeId, const QString &message)
{
    switch (RunEvent::Kind(kind)) {
    case RunEvent::Kind::StateChanged:
        return; // the status bar and the Run panel show the state
    case RunEvent::Kind::Error:
        m_summary->addEvent(RunSummaryWidget::EventKind::Error, nodeId, message);
        m_window->statusBar()->showMessage(nodeId.isEmpty() ? message : nodeId + QStringLiteral(": ") + message, 8000);
        return;
    case RunEvent::Kind::Warning:
        m_summary->addEvent(RunSummaryWidget::EventKind::Warning, nodeId, message);
        return;
    case RunEvent::Kind::Info:
        m_summary->addEvent(RunSummaryWidget::EventKind::Info, nodeId, message);
        return;
    }
}

void RunMonitor::updateStatus()
{
    const RunSummary s = m_summary->summary();
    const QLocale locale;
    if (!m_bridge->hasRun()) {
        m_status->setText(tr("Not running"));
    } else if (s.state == QLatin1String("running")) {
        m_status->setText(tr("Running on %1 — %2 in · %3 msg/s")
                              .arg(m_targetLabel, locale.toString(s.input), locale.toString(s.inputRatePerSecond, 'f', 0)));
    } else if (s.state == QLatin1String("stopping")) {
        m_status->setText(tr("Stopping… %n in flight", "", int(s.inFlight)));
    } else if (s.state == QLatin1String("failed")) {
        m_status->setText(tr("Run failed: %1").arg(s.error));
    } else {
        m_status->setText(tr("Run finished — %1 in, %2").arg(locale.toString(s.input),
                                                              s.balanced() ? tr("balanced ✓") : tr("NOT balanced ✗")));
    }
}

QString RunMonitor::edgeTitle(const QString &edgeId) const
{
    const pipeline::Graph &graph = m_window->document()->model()->graph();
    const pipeline::Edge *edge = graph.edge(edgeId.toStdString());
    if (!edge)
        return edgeId;
    auto name = [&graph](const pipeline::PortRef &ref) {
        const pipeline::Node *node = graph.node(ref.node);
        QString text = QString::fromStdString(node && !node->label.empty() ? node->label : ref.node);
        return text;
    };
    return tr("%1 (%2) → %3").arg(name(edge->from), QString::fromStdString(edge->from.port), name(edge->to));
}

void RunMonitor::peekEdge(const QString &edgeId)
{
    if (m_peek->edgeId() != edgeId)
        m_peek->setEdge(edgeId, edgeTitle(edgeId));
    m_peek->show();
    m_peek->raise();
    updatePeek();
}

void RunMonitor::updatePeek()
{
    if (!m_peek->isVisible() || m_peek->edgeId().isEmpty() || !m_bridge->hasRun())
        return;
    m_peek->setRecords(m_bridge->peek(m_peek->edgeId()));
}

void RunMonitor::followSelection()
{
    const QStringList edges = m_window->scene()->selectedEdgeIds();
    // Editing without a run must not pop up docks; with run data, a clicked edge is peeked.
    if (edges.size() == 1 && m_window->scene()->selectedNodeIds().isEmpty() && (m_bridge->hasRun() || m_peek->isVisible()))
        peekEdge(edges.front());
}

bool RunMonitor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && watched == m_window->view()->viewport()) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QGraphicsItem *item = m_window->view()->itemAt(menuEvent->pos());
        if (item && item->type() == EdgeItem::Type) {
            const QString edgeId = static_cast<EdgeItem *>(item)->id();
            QMenu menu;
            QAction *peek = menu.addAction(tr("Peek at Records"));
            peek->setEnabled(m_bridge->hasRun());
            if (!m_bridge->hasRun())
                peek->setToolTip(tr("Run the pipeline first"));
            if (menu.exec(menuEvent->globalPos()) == peek)
                peekEdge(edgeId);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RunMonitor::updateTopicConnection()
{
    Target target;
    QString error;
    const bool connected = currentTarget(&target, &error, false);
    emit clusterChanged(connected ? QString::fromStdString(target.bootstrap) : QString(),
                        connected ? target.properties : pipeline::runtime::ClientProperties{});
    if (connected) {
        m_topics->setConnection(target.sandbox ? tr("Sandbox (%1)").arg(QString::fromStdString(target.bootstrap))
                                               : tr("%1 (%2)").arg(target.label, QString::fromStdString(target.bootstrap)));
    } else {
        m_topics->setConnection({});
        m_topics->setTopics({});
        m_topics->setStatus(error);
    }
}

void RunMonitor::refreshTopics()
{
    Target target;
    QString error;
    if (!currentTarget(&target, &error, false))
        return;
    const int generation = ++m_topicGeneration;
    struct Listing {
        std::vector<pipeline::runtime::TopicDescription> topics;
        std::string error;
    };
    runInBackground<Listing>(
        this,
        [bootstrap = target.bootstrap, properties = target.properties] {
            Listing listing;
            TopicInspector inspector(bootstrap, properties);
            listing.topics = inspector.describeTopics(&listing.error, 5000);
            return listing;
        },
        [this, generation](Listing listing) {
            if (generation != m_topicGeneration)
                return;
            if (!listing.error.empty()) {
                m_topics->setStatus(QString::fromStdString(listing.error));
                return;
            }
            m_topics->setTopics(SandboxController::toRows(listing.topics));
        });
}

void RunMonitor::loadMessages(const QString &topic)
{
    Target target;
    QString error;
    if (!currentTarget(&target, &error, false))
        return;
    struct Sample {
        std::vector<pipeline::runtime::SampledMessage> messages;
        std::string error;
    };
    runInBackground<Sample>(
        this,
        [bootstrap = target.bootstrap, properties = target.properties, name = topic.toStdString()] {
            Sample sample;
            TopicInspector inspector(bootstrap, properties);
            sample.messages = inspector.latestMessages(name, BrowsedMessages, &sample.error, 5000);
            return sample;
        },
        [this, topic](Sample sample) {
            QList<TopicMessageRow> rows;
            for (const auto &m : sample.messages)
                rows.append({m.partition, m.offset, m.timestampMillis, QString::fromStdString(m.key.value_or(std::string())),
                             QString::fromStdString(m.value)});
            m_topics->setMessages(topic, rows);
            if (!sample.error.empty())
                m_topics->setStatus(QString::fromStdString(sample.error));
        });
}

void RunMonitor::useTopicAsSource(const QString &topic)
{
    Target target;
    QString error;
    if (!currentTarget(&target, &error, false)) {
        m_topics->setStatus(error);
        return;
    }
    m_topics->setStatus(tr("Sampling %1…").arg(topic));
    struct Sample {
        QStringList values;
        std::string error;
    };
    runInBackground<Sample>(
        this,
        [bootstrap = target.bootstrap, properties = target.properties, name = topic.toStdString()] {
            Sample sample;
            TopicInspector inspector(bootstrap, properties);
            for (const auto &m : inspector.latestMessages(name, SampleSize, &sample.error, 5000))
                sample.values << QString::fromStdString(m.value);
            return sample;
        },
        [this, topic](Sample sample) {
            if (!sample.error.empty())
                m_topics->setStatus(QString::fromStdString(sample.error));
            addSourceNode(topic, sample.values);
        });
}

QString RunMonitor::addSourceNode(const QString &topic, const QStringList &sampledValues)
{
    GraphModel *model = m_window->document()->model();
    std::vector<std::string> values;
    for (const QString &v : sampledValues)
        values.push_back(v.toStdString());
    const pipeline::runtime::SampledSchema sampled = pipeline::runtime::inferSchemaFromJson(values);

    QString base = topic.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("kafka-source");
    pipeline::Node node;
    node.id = model->graph().node(base.toStdString()) ? model->graph().uniqueNodeId(base.toStdString()) : base.toStdString();
    node.kind = "kafka-source";
    node.label = topic.toStdString();
    node.parameters["topic"] = topic.toStdString();
    const bool json = sampled.parsed > 0 || values.empty();
    node.parameters["format"] = json ? "json" : "string";
    if (json && !sampled.schema.fields.empty())
        node.parameters["schema"] = pipeline::schemaToParameter(sampled.schema);
    node.parameters["startOffset"] = "earliest";
    const QPointF center = PipelineScene::snapToGrid(
        m_window->view()->mapToScene(m_window->view()->viewport()->rect().center()) - QPointF(100, 30));
    node.position = {center.x(), center.y()};
    const std::string id = node.id;
    model->execute(std::make_unique<pipeline::edit::InsertSubgraphCommand>(
        std::vector<pipeline::Node>{node}, std::vector<pipeline::Edge>{},
        tr("Add Source %1").arg(topic).toStdString()));
    const QString nodeId = QString::fromStdString(id);
    m_window->scene()->selectNodes({nodeId});
    QString message;
    if (values.empty())
        message = tr("Added a source for %1; the topic is empty, so no schema was sampled.").arg(topic);
    else if (!json)
        message = tr("Added a source for %1 as string messages (the samples are not JSON objects).").arg(topic);
    else
        message = tr("Added a source for %1 with %n field(s) sampled from its messages.", "",
                     int(sampled.schema.fields.size()))
                      .arg(topic);
    m_topics->setStatus(message);
    m_window->statusBar()->showMessage(message, 8000);
    emit sourceAdded(nodeId);
    return nodeId;
}

void RunMonitor::settingsChanged()
{
    updateTopicConnection();
    refreshTopics();
}
