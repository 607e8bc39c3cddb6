#include "widgets/docks/assistantdock.h"

#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include "pipeline/assist/topicsampler.h"
#include "pipeline/edit/replacegraphcommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPen>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

using namespace pipeline;
using namespace pipeline::assist;

namespace {

constexpr int MaxHistory = 20;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

AssistantDock::AssistantDock(GraphModel *document, QWidget *parent)
    : QDockWidget(tr("Assistant"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("AssistantDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *profileRow = new QFormLayout;
    m_profile = new QComboBox(content);
    m_profile->setObjectName(QStringLiteral("AssistantProfile"));
    m_profile->setToolTip(tr("The LLM endpoint profile the assistant asks (Tools → Settings → LLM Endpoints; the "
                             "profile marked for the assistant is preselected)"));
    profileRow->addRow(tr("Endpoint:"), m_profile);
    // A profile the user picks here stays picked when Settings reload the list.
    connect(m_profile, &QComboBox::activated, this, [this] { m_profile->setProperty("userPicked", true); });
    layout->addLayout(profileRow);

    m_history = new QComboBox(content);
    m_history->setObjectName(QStringLiteral("AssistantHistory"));
    m_history->setPlaceholderText(tr("Recent prompts"));
    m_history->setToolTip(tr("Pick an earlier prompt to edit or run it again"));
    layout->addWidget(m_history);

    m_prompt = new QPlainTextEdit(content);
    m_prompt->setObjectName(QStringLiteral("AssistantPrompt"));
    m_prompt->setPlaceholderText(tr("Describe a pipeline, e.g. \"Consume the temperature readings, send readings "
                                    "above 132 or below 32 to TempRangeAlert and invalid ones to a dead-letter "
                                    "topic\" — or a change to the current one."));
    m_prompt->setTabChangesFocus(true);
    layout->addWidget(m_prompt, 1);

    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate"), content);
    m_generate->setToolTip(tr("Create a new pipeline from the description (previewed before it replaces the document)"));
    m_edit = new QPushButton(tr("&Edit"), content);
    m_edit->setToolTip(tr("Change the current pipeline as the text says"));
    m_explain = new QPushButton(tr("E&xplain"), content);
    m_explain->setToolTip(tr("Describe the current pipeline in plain language"));
    m_cancel = new QPushButton(tr("Cancel"), content);
    m_cancel->setEnabled(false);
    for (QPushButton *b : {m_generate, m_edit, m_explain, m_cancel})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setRange(0, 0); // busy indicator: a model gives no percentage
    m_progress->setMaximumHeight(10);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_stage = new QLabel(content);
    m_stage->setObjectName(QStringLiteral("AssistantStage"));
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_stage, 1);
    layout->addLayout(progressRow);

    m_message = new QTextBrowser(content);
    m_message->setObjectName(QStringLiteral("AssistantMessage"));
    m_message->setOpenLinks(false);
    m_message->hide();
    layout->addWidget(m_message, 1);

    m_previewPanel = new QWidget(content);
    auto *previewLayout = new QVBoxLayout(m_previewPanel);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_diffLabel = new QLabel(m_previewPanel);
    m_diffLabel->setWordWrap(true);
    previewLayout->addWidget(m_diffLabel);
    m_previewModel = new GraphModel(this);
    m_previewScene = new PipelineScene(m_previewModel, this);
    m_previewView = new PipelineView(m_previewScene, m_previewPanel);
    m_previewView->setObjectName(QStringLiteral("AssistantPreview"));
    m_previewView->setInteractive(false); // a preview is looked at, not edited
    m_previewView->setMinimapVisible(false);
    m_previewView->setMinimumHeight(180);
    previewLayout->addWidget(m_previewView, 2);
    auto *previewButtons = new QHBoxLayout;
    m_apply = new QPushButton(tr("&Apply"), m_previewPanel);
    m_apply->setToolTip(tr("Replace the document's pipeline with the preview (one undo step)"));
    m_discard = new QPushButton(tr("&Discard"), m_previewPanel);
    previewButtons->addStretch();
    previewButtons->addWidget(m_discard);
    previewButtons->addWidget(m_apply);
    previewLayout->addLayout(previewButtons);
    m_previewPanel->hide();
    layout->addWidget(m_previewPanel, 3);

    m_tick = new QTimer(this);
    m_tick->setInterval(200); // the elapsed time moves while the model thinks
    connect(m_tick, &QTimer::timeout, this, &AssistantDock::updateProgressText);
    setWidget(content);

    readSettings();

    connect(m_generate, &QPushButton::clicked, this, &AssistantDock::generate);
    connect(m_edit, &QPushButton::clicked, this, &AssistantDock::editPipeline);
    connect(m_explain, &QPushButton::clicked, this, &AssistantDock::explainPipeline);
    connect(m_cancel, &QPushButton::clicked, this, &AssistantDock::cancel);
    connect(m_apply, &QPushButton::clicked, this, &AssistantDock::apply);
    connect(m_discard, &QPushButton::clicked, this, &AssistantDock::discard);
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_historyItems.size())
            m_prompt->setPlainText(m_historyItems.at(index));
    });
    // A document loaded from a file makes any preview meaningless.
    connect(m_document, &GraphModel::modelReset, this, &AssistantDock::discard);
}

AssistantDock::~AssistantDock()
{
    if (m_assistant)
        m_assistant->cancel();
    if (m_thread)
        m_thread->wait();
}

void AssistantDock::readSettings()
{
    QSettings settings;
    m_historyItems = settings.value(QStringLiteral("assistant/history")).toStringList().mid(0, MaxHistory);
    m_history->addItems(m_historyItems);
    m_history->setCurrentIndex(-1);
    // Without profiles (a first start) the environment still works, like the CLI.
    auto endpoint = std::make_shared<runtime::LlmEndpoint>();
    endpoint->name = "assistant";
    const QByteArray base = qgetenv("OPENAI_BASE_URL");
    endpoint->baseUrl = base.isEmpty() ? std::string("https://api.openai.com/v1") : base.toStdString();
    endpoint->model = "gpt-4o-mini";
    if (!qEnvironmentVariableIsEmpty("OPENAI_API_KEY"))
        endpoint->apiKeyRef = "env:OPENAI_API_KEY";
    m_options.endpoint = endpoint;
    setProfiles({}, QString());
}

void AssistantDock::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("assistant/history"), m_historyItems);
}

void AssistantDock::setAssistantOptions(PipelineAssistant::Options options)
{
    m_options = std::move(options);
    if (m_profiles.empty())
        setProfiles({}, QString()); // shows the options' endpoint
}

void AssistantDock::setProfiles(const std::vector<runtime::LlmEndpoint> &profiles, const QString &assistantProfile)
{
    const QString picked = m_profile->currentData().toString();
    const bool userPicked = m_profile->property("userPicked").toBool();
    m_profiles = profiles;
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const auto &p : m_profiles)
        m_profile->addItem(QStringLiteral("%1 — %2").arg(q(p.name), q(p.model)), q(p.name));
    if (m_profiles.empty()) {
        const QString fallback = m_options.endpoint ? q(m_options.endpoint->baseUrl) : QString();
        m_profile->addItem(tr("No profile: %1 (add profiles in Tools → Settings)").arg(fallback), QString());
        m_profile->setEnabled(false);
        return;
    }
    m_profile->setEnabled(true);
    int index = userPicked ? m_profile->findData(picked) : -1;
    if (index < 0) {
        index = std::max(0, m_profile->findData(assistantProfile));
        m_profile->setProperty("userPicked", false);
    }
    m_profile->setCurrentIndex(index);
}

void AssistantDock::setResolverSource(ResolverSource source)
{
    m_resolverSource = std::move(source);
}

QString AssistantDock::currentProfile() const
{
    return m_profile->currentData().toString();
}

const runtime::LlmEndpoint *AssistantDock::selectedProfile() const
{
    const QString name = currentProfile();
    for (const auto &p : m_profiles)
        if (q(p.name) == name)
            return &p;
    return nullptr;
}

PipelineAssistant::Options AssistantDock::assistantOptions() const
{
    return m_options;
}

void AssistantDock::setBootstrapServers(const QString &bootstrap)
{
    setCluster(bootstrap, {});
}

void AssistantDock::setCluster(const QString &bootstrap, const pipeline::runtime::ClientProperties &properties)
{
    m_bootstrap = bootstrap;
    m_clusterProperties = properties;
}

bool AssistantDock::isBusy() const
{
    return m_assistant != nullptr;
}

QString AssistantDock::messageText() const
{
    return m_message->toPlainText();
}

QString AssistantDock::stageText() const
{
    return m_stage->text();
}

QString AssistantDock::previewMark(const QString &nodeId) const
{
    return m_markOf.value(nodeId);
}

void AssistantDock::generate()
{
    start(AssistMode::Generate);
}

void AssistantDock::editPipeline()
{
    start(AssistMode::Edit);
}

void AssistantDock::explainPipeline()
{
    start(AssistMode::Explain);
}

void AssistantDock::addToHistory(const QString &prompt)
{
    m_historyItems.removeAll(prompt);
    m_historyItems.prepend(prompt);
    while (m_historyItems.size() > MaxHistory)
        m_historyItems.removeLast();
    m_history->clear();
    m_history->addItems(m_historyItems);
    m_history->setCurrentIndex(-1);
    writeSettings();
}

void AssistantDock::setBusy(bool busy)
{
    for (QPushButton *b : {m_generate, m_edit, m_explain})
        b->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_profile->setEnabled(!busy && !m_profiles.empty());
    m_progress->setVisible(busy);
    if (busy) {
        m_elapsed.start();
        m_tick->start();
    } else {
        m_tick->stop();
    }
    emit busyChanged(busy);
}

void AssistantDock::setMessage(const QString &html)
{
    m_message->setHtml(html);
    m_message->setVisible(!html.isEmpty());
}

void AssistantDock::start(AssistMode mode)
{
    if (isBusy())
        return;
    const QString text = m_prompt->toPlainText().trimmed();
    if (mode != AssistMode::Explain && text.isEmpty()) {
        setMessage(tr("Describe the pipeline or the change first."));
        return;
    }
    if (mode != AssistMode::Generate && m_document->graph().nodes().empty()) {
        setMessage(tr("The pipeline is empty: there is nothing to edit or explain. Use Generate."));
        return;
    }
    if (!text.isEmpty())
        addToHistory(text);
    clearPreview();
    setMessage({});

    AssistRequest request;
    request.mode = mode;
    request.text = text.toStdString();
    request.current = m_document->graph();
    if (mode == AssistMode::Explain)
        request.language = QLocale().name().section(QLatin1Char('_'), 0, 0).toStdString();
    m_base = request.current;

    PipelineAssistant::Options options = m_options;
    if (const runtime::LlmEndpoint *profile = selectedProfile()) {
        options.endpoint = std::make_shared<runtime::LlmEndpoint>(*profile);
        // A keychain key is read here, on the GUI thread; the worker only uses it.
        const QString reference = q(profile->apiKeyRef);
        if (m_resolverSource && !reference.isEmpty() && !reference.startsWith(QLatin1String("env:"))) {
            QString error;
            options.secretResolver = m_resolverSource(reference, &error);
            if (!options.secretResolver) {
                setMessage(tr("The API key of the profile \"%1\" cannot be read: %2").arg(q(profile->name), error.toHtmlEscaped()));
                return;
            }
        }
    }
    auto assistant = std::make_shared<PipelineAssistant>(options);
    m_assistant = assistant;
    m_stageName.clear();
    m_round = 0;
    m_rounds = 1 + std::max(0, options.repairRounds);
    m_tokens = 0;
    const int run = ++m_run;
    const std::string bootstrap = m_bootstrap.toStdString();
    const runtime::ClientProperties properties = m_clusterProperties;
    setBusy(true);
    m_stage->setText(bootstrap.empty() || mode == AssistMode::Explain ? tr("Asking the model…") : tr("Sampling topics…"));

    QPointer<AssistantDock> self(this);
    QThread *thread = QThread::create([self, assistant, request, bootstrap, properties, run, mode]() mutable {
        if (!bootstrap.empty() && mode != AssistMode::Explain) {
            TopicSampler::Options sampling;
            sampling.bootstrapServers = bootstrap;
            sampling.properties = properties;
            std::string error; // unreachable cluster: generate without grounding
            request.topics = TopicSampler::sample(sampling, &error);
        }
        AssistResult result;
        if (assistant->isCancelled()) {
            result.status = AssistResult::Status::Cancelled;
        } else {
            result = assistant->run(request, [self, run](const AssistProgress &progress) {
                QMetaObject::invokeMethod(self, [self, run, progress] {
                    if (self)
                        self->showProgress(run, progress);
                }, Qt::QueuedConnection);
            });
        }
        QMetaObject::invokeMethod(self, [self, run, mode, result = std::move(result)]() mutable {
            if (self)
                self->finish(run, mode, std::move(result));
        }, Qt::QueuedConnection);
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void AssistantDock::showProgress(int run, const AssistProgress &progress)
{
    if (run != m_run)
        return;
    m_round = progress.round;
    m_rounds = progress.rounds;
    switch (progress.stage) {
    case AssistStage::Asking: m_stageName = tr("Asking the model…"); m_tokens = 0; break;
    case AssistStage::Receiving:
        m_stageName = tr("Receiving the answer…");
        m_tokens = progress.tokens;
        break;
    case AssistStage::Expanding: m_stageName = tr("Describing more node kinds…"); break;
    case AssistStage::Checking: m_stageName = tr("Checking the answer…"); break;
    case AssistStage::Repairing:
        m_stageName = tr("Repairing %n problem(s)…", nullptr, progress.problems);
        m_tokens = 0;
        break;
    case AssistStage::LayingOut: m_stageName = tr("Laying out…"); break;
    case AssistStage::Finished: m_stageName = tr("Done."); break;
    }
    updateProgressText();
}

void AssistantDock::updateProgressText()
{
    if (!isBusy() || m_stageName.isEmpty())
        return;
    const QString elapsed = QLocale().toString(double(m_elapsed.elapsed()) / 1000.0, 'f', 1);
    m_stage->setText(tr("Round %1 of %2 · %3 · %n token(s) · %4 s", nullptr, m_tokens)
                         .arg(m_round + 1)
                         .arg(m_rounds)
                         .arg(m_stageName, elapsed));
}

void AssistantDock::cancel()
{
    if (!m_assistant)
        return;
    m_assistant->cancel();
    m_stageName = tr("Cancelling…");
    m_stage->setText(m_stageName);
}

void AssistantDock::finish(int run, AssistMode mode, AssistResult result)
{
    if (run != m_run)
        return;
    m_assistant.reset();
    setBusy(false);
    switch (result.status) {
    case AssistResult::Status::Cancelled:
        m_stage->setText(tr("Cancelled; nothing was changed."));
        emit finished(false);
        return;
    case AssistResult::Status::Failed:
        m_stage->setText(tr("Failed."));
        setMessage(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                       .arg(tr("The assistant could not reach the model; nothing was changed."),
                            q(result.error).toHtmlEscaped()));
        emit finished(false);
        return;
    case AssistResult::Status::Invalid: {
        m_stage->setText(tr("No valid pipeline."));
        QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                           .arg(tr("The model's pipeline still has %n problem(s) after %1 repair round(s); "
                                   "nothing was changed.",
                                   nullptr, int(result.diagnostics.size()))
                                    .arg(result.calls - 1));
        for (const auto &d : result.diagnostics)
            html += QStringLiteral("<li>%1</li>").arg(q(formatDiagnostic(d)).toHtmlEscaped());
        html += QStringLiteral("</ul><p>%1</p><pre>%2</pre>")
                    .arg(tr("The model's last answer:"), q(result.lastAnswer).toHtmlEscaped());
        setMessage(html);
        emit finished(false);
        return;
    }
    case AssistResult::Status::Ok:
        break;
    }
    if (mode == AssistMode::Explain) {
        m_stage->setText(tr("Done."));
        setMessage(q(result.explanation).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        emit finished(true);
        return;
    }
    m_proposed = std::move(result.graph);
    m_diff = std::move(result.diff);
    if (!result.diagnostics.empty()) {
        QString html = QStringLiteral("<p>%1</p><ul>").arg(tr("The proposed pipeline is valid, with these notes:"));
        for (const auto &d : result.diagnostics)
            html += QStringLiteral("<li>%1</li>").arg(q(formatDiagnostic(d)).toHtmlEscaped());
        setMessage(html + QStringLiteral("</ul>"));
    }
    m_stage->setText(m_diff.empty() ? tr("The model proposes no changes.") : tr("Review the preview, then Apply or Discard."));
    showPreview();
    emit finished(true);
}

void AssistantDock::showPreview()
{
    // The preview holds the proposed graph plus the removed nodes as ghosts below it,
    // so every change has a place to be marked.
    Graph preview = *m_proposed;
    double bottom = 0, left = 0;
    bool first = true;
    for (const auto &[id, node] : preview.nodes()) {
        bottom = first ? node.position.y : std::max(bottom, node.position.y);
        left = first ? node.position.x : std::min(left, node.position.x);
        first = false;
    }
    double x = left;
    for (const auto &id : m_diff.nodesRemoved) {
        Node ghost = *m_base.node(id);
        ghost.position = {x, bottom + 160};
        x += 260;
        preview.putNode(std::move(ghost));
    }
    m_previewModel->resetGraph(std::move(preview));

    QStringList parts;
    if (!m_diff.nodesAdded.empty())
        parts << tr("%n node(s) added", nullptr, int(m_diff.nodesAdded.size()));
    if (!m_diff.nodesChanged.empty())
        parts << tr("%n changed", nullptr, int(m_diff.nodesChanged.size()));
    if (!m_diff.nodesRemoved.empty())
        parts << tr("%n removed", nullptr, int(m_diff.nodesRemoved.size()));
    if (!m_diff.edgesAdded.empty() || !m_diff.edgesRemoved.empty())
        parts << tr("edges: %1 added, %2 removed").arg(m_diff.edgesAdded.size()).arg(m_diff.edgesRemoved.size());
    m_diffLabel->setText(parts.isEmpty() ? tr("No changes.") : parts.join(QStringLiteral("; ")));

    for (const auto &id : m_diff.nodesAdded)
        markNode(q(id), QStringLiteral("added"), QColor(0x2e, 0xa0, 0x43));
    for (const auto &change : m_diff.nodesChanged)
        markNode(q(change.id), QStringLiteral("changed"), QColor(0xd9, 0x8e, 0x04));
    for (const auto &id : m_diff.nodesRemoved)
        markNode(q(id), QStringLiteral("removed"), QColor(0xcf, 0x22, 0x2e));
    m_apply->setEnabled(!m_diff.empty());
    m_previewPanel->show();
    m_previewView->fitToView();
}

void AssistantDock::markNode(const QString &id, const QString &mark, const QColor &color)
{
    NodeItem *item = m_previewScene->nodeItem(id);
    if (!item)
        return;
    const QRectF rect = item->sceneBoundingRect().adjusted(-6, -6, 6, 6);
    auto *frame = new QGraphicsRectItem(rect);
    QPen pen(color, 3);
    if (mark == QLatin1String("removed"))
        pen.setStyle(Qt::DashLine);
    pen.setCosmetic(true);
    frame->setPen(pen);
    frame->setBrush(Qt::NoBrush);
    frame->setZValue(1000);
    frame->setAcceptedMouseButtons(Qt::NoButton);
    const QString caption = mark == QLatin1String("added")     ? tr("new")
                            : mark == QLatin1String("changed") ? tr("changed")
                                                               : tr("removed");
    auto *tag = new QGraphicsSimpleTextItem(caption, frame);
    tag->setBrush(color);
    tag->setPos(rect.left(), rect.top() - tag->boundingRect().height() - 2);
    if (const NodeChange *change = m_diff.change(id.toStdString())) {
        QStringList what;
        for (const auto &p : change->parameters)
            what << q(p);
        if (change->labelChanged)
            what.prepend(tr("label"));
        if (change->kindChanged)
            what.prepend(tr("kind"));
        frame->setToolTip(tr("Changed: %1").arg(what.join(QStringLiteral(", "))));
    }
    m_previewScene->addItem(frame);
    m_marks.append(frame);
    m_markOf.insert(id, mark);
}

void AssistantDock::clearPreview()
{
    for (QGraphicsItem *item : std::as_const(m_marks)) {
        m_previewScene->removeItem(item);
        delete item;
    }
    m_marks.clear();
    m_markOf.clear();
    m_proposed.reset();
    m_diff = {};
    m_previewModel->resetGraph({});
    m_previewPanel->hide();
}

bool AssistantDock::apply()
{
    if (!m_proposed)
        return false;
    if (!(m_document->graph() == m_base)) {
        setMessage(tr("The pipeline was changed after the request; the preview no longer fits it. "
                      "Ask again or discard the preview."));
        return false;
    }
    const std::string text = m_base.empty() ? tr("Generate Pipeline").toStdString() : tr("Assistant Edit").toStdString();
    m_document->execute(std::make_unique<edit::ReplaceGraphCommand>(m_document->graph(), *m_proposed, text));
    clearPreview();
    m_stage->setText(tr("Applied. Undo reverts it in one step."));
    return true;
}

void AssistantDock::discard()
{
    if (!m_proposed)
        return;
    clearPreview();
    m_stage->setText(tr("Discarded; nothing was changed."));
}
