#include "widgets/docks/pipelinetestscheduler.h"

#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_METATYPE(pipeline::runtime::PipelineTestsResult)

PipelineTestScheduler::PipelineTestScheduler(InputProvider provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{
    qRegisterMetaType<pipeline::runtime::PipelineTestsResult>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &PipelineTestScheduler::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PipelineTestScheduler::onFinished);
}

PipelineTestScheduler::~PipelineTestScheduler()
{
    // The worker holds its own copies; only its result would reach this object.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void PipelineTestScheduler::schedule()
{
    ++m_generation;
    m_timer.start();
}

void PipelineTestScheduler::runNow()
{
    ++m_generation;
    m_timer.stop();
    start();
}

void PipelineTestScheduler::start()
{
    if (m_watcher.isRunning()) {
        // One run at a time: this one's result is stale; start again when it ends.
        m_restart = true;
        return;
    }
    m_restart = false;
    if (m_awaitingResult)
        ++m_discarded; // finished, but its result was not handled yet: it is replaced unseen
    m_awaitingResult = true;
    Input input = m_provider();
    m_runningGeneration = m_generation;
    ++m_started;
    emit runStarted();
    m_watcher.setFuture(QtConcurrent::run([input = std::move(input)] {
        pipeline::runtime::PipelineTestOptions options;
        options.settings = input.settings;
        try {
            return pipeline::runtime::runPipelineTests(input.graph, input.tests, options);
        } catch (const std::exception &e) {
            // The runner reports user errors as values; anything else still must not
            // take the designer down with it.
            pipeline::runtime::PipelineTestsResult failed;
            pipeline::Diagnostic d;
            d.code = "test-run-failed";
            d.message = std::string("the tests could not run: ") + e.what();
            failed.errors.push_back(std::move(d));
            return failed;
        }
    }));
}

void PipelineTestScheduler::onFinished()
{
    m_awaitingResult = false;
    const bool stale = m_runningGeneration != m_generation;
    if (stale) {
        ++m_discarded;
        if (m_restart || !m_timer.isActive())
            start();
        return;
    }
    ++m_delivered;
    emit finished(m_watcher.result());
}
