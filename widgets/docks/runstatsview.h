#pragma once

#include <QMetaType>
#include <QString>

/// A node's run counters as the canvas shows them. The widgets layer does not
/// depend on the runtime: the app's bridge converts engine snapshots into these.
struct NodeRunStats {
    quint64 in = 0;
    quint64 out = 0;
    quint64 filtered = 0;
    quint64 deadLettered = 0;
    quint64 errors = 0;
    double ratePerSecond = 0;
    // AI nodes only (llm-prompt, llm-classify, llm-extract, embed).
    bool llm = false;
    quint64 llmCalls = 0;
    quint64 llmCacheHits = 0;
    quint64 llmRetries = 0;
    quint64 llmTokens = 0;
    double llmCost = 0; // price table currency (USD by convention)
    bool operator==(const NodeRunStats &) const = default;
};

/// A run's totals and state for the run panel and the status bar.
struct RunSummary {
    QString state; // "idle", "running", "stopping", "finished", "failed"
    qint64 elapsedMillis = 0;
    quint64 input = 0;
    quint64 output = 0;
    quint64 filtered = 0;
    quint64 deadLettered = 0;
    quint64 skipped = 0;
    quint64 stored = 0;
    quint64 failed = 0;
    quint64 inFlight = 0;
    quint64 produced = 0;
    double inputRatePerSecond = 0;
    // Sums over the AI nodes; shown only when the pipeline has any.
    bool llm = false;
    quint64 llmCalls = 0;
    quint64 llmCacheHits = 0;
    quint64 llmPromptTokens = 0;
    quint64 llmCompletionTokens = 0;
    double llmCost = 0;
    double llmEstimatedCost = 0;
    QString error;
    QString target; // where it runs: "sandbox 127.0.0.1:…" or a profile name
    bool balanced() const
    {
        return inFlight == 0 && input == output + filtered + deadLettered + skipped + stored + failed;
    }
    bool isActive() const { return state == QLatin1String("running") || state == QLatin1String("stopping"); }
};

Q_DECLARE_METATYPE(NodeRunStats)
Q_DECLARE_METATYPE(RunSummary)
