#pragma once

#include "pipeline/core/graph.h"
#include "pipeline/runtime/dataflow/runsettings.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetests.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

/// Runs a pipeline's test cases off the GUI thread, a moment after edits settle.
/// schedule() (re)starts the debounce; when it fires, the graph and the tests as
/// they are then are copied and run on the thread pool (QtConcurrent). At most one
/// run is in flight: edits during a run mark its result stale, it is dropped when
/// it arrives and a new run starts at once, so what finished() reports always
/// belongs to the latest graph and test file.
class PipelineTestScheduler : public QObject {
    Q_OBJECT

public:
    /// Hands out the graph and tests to run at the moment the run starts.
    struct Input {
        pipeline::Graph graph;
        pipeline::runtime::PipelineTests tests;
        pipeline::runtime::RunSettings settings;
    };
    using InputProvider = std::function<Input()>;

    explicit PipelineTestScheduler(InputProvider provider, QObject *parent = nullptr);
    ~PipelineTestScheduler() override;

    void setDelay(int ms) { m_timer.setInterval(ms); }
    int delay() const { return m_timer.interval(); }
    /// The graph or the tests changed: run again after the delay.
    void schedule();
    /// Runs now (no debounce); a run in flight becomes stale.
    void runNow();
    /// A debounce is waiting or a run is in flight.
    bool isBusy() const { return m_timer.isActive() || m_watcher.isRunning() || m_restart || m_awaitingResult; }
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Runs started / results delivered / results dropped as stale (for tests and the status line).
    int startedRuns() const { return m_started; }
    int deliveredRuns() const { return m_delivered; }
    int discardedRuns() const { return m_discarded; }

signals:
    void runStarted();
    /// The result of the latest graph and tests.
    void finished(const pipeline::runtime::PipelineTestsResult &result);

private:
    void start();
    void onFinished();

    InputProvider m_provider;
    QTimer m_timer;
    QFutureWatcher<pipeline::runtime::PipelineTestsResult> m_watcher;
    quint64 m_generation = 0; // bumped by every change
    quint64 m_runningGeneration = 0;
    bool m_restart = false; // a change arrived while a run was in flight and the timer fired
    bool m_awaitingResult = false; // a run started whose result has not been handled
    int m_started = 0;
    int m_delivered = 0;
    int m_discarded = 0;
};
