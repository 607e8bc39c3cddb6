#include "app/designer/run/runtimebridge.h"

#include "app/designer/run/enginereaper.h"

using pipeline::runtime::Engine;
using pipeline::runtime::RunState;

RuntimeBridge::RuntimeBridge(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(UpdateIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RuntimeBridge::poll);
}

RuntimeBridge::~RuntimeBridge()
{
    // A run still going drains in the background; the window closes at once.
    if (m_engine && m_running)
        EngineReaper::adopt(std::move(m_engine));
}

RuntimeBridge::Compiled RuntimeBridge::compile(const pipeline::Graph &graph, pipeline::runtime::RunOptions options)
{
    Compiled compiled;
    compiled.engine = std::make_unique<Engine>();
    options.peekCapacity = PeekCapacity;
    options.eventsAvailable = nullptr; // the timer drains; nothing may call into the GUI from the engine thread
    compiled.diagnostics = compiled.engine->compile(graph, options);
    return compiled;
}

pipeline::Diagnostics RuntimeBridge::start(Compiled compiled)
{
    if (m_running) {
        pipeline::Diagnostic d;
        d.severity = pipeline::Severity::Error;
        d.code = "already-running";
        d.message = "the pipeline is already running";
        return {d};
    }
    const pipeline::Diagnostics &all = compiled.diagnostics;
    pipeline::Diagnostics errors;
    for (const auto &d : all)
        if (d.severity == pipeline::Severity::Error)
            errors.push_back(d);
    if (!errors.empty() || !compiled.engine || !compiled.engine->isCompiled())
        return errors.empty() ? all : errors;
    // The previous run's engine (kept for its final numbers and peeks) goes now.
    if (m_engine)
        m_engine->wait();
    if (!compiled.engine->start()) {
        pipeline::Diagnostic d;
        d.severity = pipeline::Severity::Error;
        d.code = "start-failed";
        d.message = "the engine could not start";
        return {d};
    }
    m_engine = std::move(compiled.engine);
    m_snapshot = {};
    m_snapshot.state = RunState::Running;
    m_running = true;
    m_timer.start();
    emit started();
    for (const auto &d : all) // warnings from compiling
        emit eventReceived(int(pipeline::runtime::RunEvent::Kind::Warning), QString::fromStdString(d.nodeId),
                           QString::fromStdString(d.message));
    return {};
}

void RuntimeBridge::stop()
{
    if (m_engine && m_running)
        m_engine->requestStop();
}

void RuntimeBridge::poll()
{
    if (!m_engine)
        return;
    pipeline::runtime::RunSnapshot snap = m_engine->snapshot();
    const bool ended = snap.state == RunState::Finished || snap.state == RunState::Failed;
    if (snap.sequence != m_snapshot.sequence || ended) {
        m_snapshot = std::move(snap);
        emit updated();
    }
    for (const auto &event : m_engine->takeEvents(500))
        emit eventReceived(int(event.kind), QString::fromStdString(event.nodeId), QString::fromStdString(event.message));
    if (ended && m_running) {
        // The engine thread has published its last snapshot; joining is immediate.
        m_engine->wait();
        m_timer.stop();
        m_running = false;
        emit finished();
    }
}

NodeRunStats RuntimeBridge::toView(const pipeline::runtime::NodeStats &s)
{
    NodeRunStats v;
    v.in = s.in;
    v.out = s.out;
    v.filtered = s.filtered;
    v.deadLettered = s.deadLettered;
    v.errors = s.errors;
    v.ratePerSecond = s.ratePerSecond;
    v.llm = s.llm.any();
    v.llmCalls = s.llm.calls;
    v.llmCacheHits = s.llm.cacheHits;
    v.llmRetries = s.llm.retries;
    v.llmTokens = s.llm.promptTokens + s.llm.completionTokens;
    v.llmCost = s.llm.cost;
    return v;
}

RunSummary RuntimeBridge::toView(const pipeline::runtime::RunSnapshot &snap)
{
    RunSummary s;
    s.state = QString::fromLatin1(pipeline::runtime::runStateName(snap.state).data(),
                                  qsizetype(pipeline::runtime::runStateName(snap.state).size()));
    s.elapsedMillis = snap.elapsedMillis;
    s.input = snap.totals.input;
    s.output = snap.totals.output;
    s.filtered = snap.totals.filtered;
    s.deadLettered = snap.totals.deadLettered;
    s.skipped = snap.totals.skipped;
    s.stored = snap.totals.stored;
    s.failed = snap.totals.failed;
    s.inFlight = snap.totals.inFlight;
    s.produced = snap.totals.produced;
    s.inputRatePerSecond = snap.inputRatePerSecond;
    s.error = QString::fromStdString(snap.error);
    for (const auto &node : snap.nodes) {
        if (!node.llm.any())
            continue;
        s.llm = true;
        s.llmCalls += node.llm.calls;
        s.llmCacheHits += node.llm.cacheHits;
        s.llmPromptTokens += node.llm.promptTokens;
        s.llmCompletionTokens += node.llm.completionTokens;
        s.llmCost += node.llm.cost;
        s.llmEstimatedCost += node.llm.estimatedCost;
    }
    return s;
}

RunSummary RuntimeBridge::summary() const
{
    return toView(m_snapshot);
}

NodeRunStats RuntimeBridge::nodeStats(const QString &nodeId) const
{
    const std::string id = nodeId.toStdString();
    for (const auto &n : m_snapshot.nodes)
        if (n.nodeId == id)
            return toView(n);
    return {};
}

QStringList RuntimeBridge::peek(const QString &edgeId) const
{
    QStringList out;
    if (!m_engine)
        return out;
    for (const std::string &text : m_engine->peek(edgeId.toStdString()))
        out << QString::fromStdString(text);
    return out;
}
