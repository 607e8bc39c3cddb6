#pragma once

#include "widgets/docks/runstatsview.h"

#include <QHash>
#include <QObject>
#include <QString>

class PipelineScene;
class RunBadgeItem;

/// Per-node run counters on the canvas: one RunBadgeItem under each node that has
/// numbers. Additive to the scene (badges are children of the node items), so
/// the editor's items know nothing about runs. Callers throttle updates (the
/// runtime bridge publishes at most ten times a second).
class RunOverlay : public QObject {
    Q_OBJECT

public:
    explicit RunOverlay(PipelineScene *scene, QObject *parent = nullptr);

    /// Shows `stats` under the node (creates its badge on first use). `active`
    /// draws the badge in the accent colour while the run is live.
    void setNodeStats(const QString &nodeId, const NodeRunStats &stats, bool active = true);
    /// Keeps the numbers but shows them as a finished run's.
    void setActive(bool active);
    /// Removes every badge (a new run starts, or the user dismissed the numbers).
    void clear();

    bool hasStats(const QString &nodeId) const { return m_stats.contains(nodeId); }
    NodeRunStats stats(const QString &nodeId) const { return m_stats.value(nodeId); }
    /// The badge under a node, nullptr when it has none.
    RunBadgeItem *badge(const QString &nodeId) const;

private:
    void placeBadge(RunBadgeItem *badge) const;

    PipelineScene *m_scene;
    QHash<QString, NodeRunStats> m_stats;
    bool m_active = false;
};
