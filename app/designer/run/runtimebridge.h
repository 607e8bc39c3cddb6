#pragma once

#include "widgets/docks/runstatsview.h"

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/engine/engine.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

/// Runs a pipeline engine for the GUI. The engine works on its own thread; the
/// bridge drains its snapshots and events on the GUI thread with a timer (at most
/// ten times a second), so the UI never waits for the engine and the engine never
/// waits for the UI. start() and stop() return at once; stop() drains gracefully
/// (in-flight messages acknowledged, offsets committed) and finished() tells when.
class RuntimeBridge : public QObject {
    Q_OBJECT

public:
    static constexpr int UpdateIntervalMs = 100;
    static constexpr size_t PeekCapacity = 100;

    explicit RuntimeBridge(QObject *parent = nullptr);
    ~RuntimeBridge() override; // a running engine is stopped and finished by EngineReaper

    /// A compiled engine (not started) and everything compiling said.
    struct Compiled {
        std::unique_ptr<pipeline::runtime::Engine> engine;
        pipeline::Diagnostics diagnostics;
    };
    /// Compiles without touching any bridge: call it on a worker thread, since
    /// compiling may connect to databases and load vector indexes.
    static Compiled compile(const pipeline::Graph &graph, pipeline::runtime::RunOptions options);
    /// Starts what compile() produced. Returns the compile errors; empty means it runs.
    pipeline::Diagnostics start(Compiled compiled);
    /// compile() and start() in one go, on the calling thread.
    pipeline::Diagnostics start(const pipeline::Graph &graph, pipeline::runtime::RunOptions options)
    {
        return start(compile(graph, std::move(options)));
    }
    /// Asks for a graceful stop; finished() follows.
    void stop();
    /// Started and not ended yet.
    bool isRunning() const { return m_running; }
    /// A run happened (running or ended): snapshot() and peek() have data.
    bool hasRun() const { return m_engine != nullptr; }

    const pipeline::runtime::RunSnapshot &snapshot() const { return m_snapshot; }
    RunSummary summary() const;
    NodeRunStats nodeStats(const QString &nodeId) const;
    /// The latest records along an edge (up to PeekCapacity, oldest first).
    QStringList peek(const QString &edgeId) const;

    static NodeRunStats toView(const pipeline::runtime::NodeStats &stats);
    static RunSummary toView(const pipeline::runtime::RunSnapshot &snapshot);

signals:
    void started();
    /// A new snapshot arrived (throttled to UpdateIntervalMs).
    void updated();
    void eventReceived(int kind, const QString &nodeId, const QString &message); // kind: RunEvent::Kind
    void finished();

private:
    void poll();

    std::unique_ptr<pipeline::runtime::Engine> m_engine;
    pipeline::runtime::RunSnapshot m_snapshot;
    QTimer m_timer;
    bool m_running = false;
};
