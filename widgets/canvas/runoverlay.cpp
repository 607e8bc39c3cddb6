#include "widgets/canvas/runoverlay.h"

#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/items/runbadgeitem.h"

RunOverlay::RunOverlay(PipelineScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    // A rebuilt scene (file loaded) has new node items: badges come back with the next update.
    connect(scene->model(), &GraphModel::modelReset, this, [this] { m_stats.clear(); });
    connect(scene->model(), &GraphModel::nodeRemoved, this, [this](const QString &id) { m_stats.remove(id); });
    // The node's size changes with its parameters: keep the badge under it.
    connect(scene->model(), &GraphModel::nodeChanged, this, [this](const QString &id) {
        if (RunBadgeItem *b = badge(id))
            placeBadge(b);
    });
}

RunBadgeItem *RunOverlay::badge(const QString &nodeId) const
{
    NodeItem *node = m_scene->nodeItem(nodeId);
    if (!node)
        return nullptr;
    for (QGraphicsItem *child : node->childItems())
        if (child->type() == RunBadgeItem::Type)
            return static_cast<RunBadgeItem *>(child);
    return nullptr;
}

void RunOverlay::placeBadge(RunBadgeItem *badge) const
{
    auto *node = static_cast<NodeItem *>(badge->parentItem());
    badge->setPos(0, node->geometry().size().height() + 6);
}

void RunOverlay::setNodeStats(const QString &nodeId, const NodeRunStats &stats, bool active)
{
    m_active = active;
    m_stats.insert(nodeId, stats);
    RunBadgeItem *b = badge(nodeId);
    if (!b) {
        NodeItem *node = m_scene->nodeItem(nodeId);
        if (!node)
            return;
        b = new RunBadgeItem(&m_scene->theme(), node);
    }
    b->setTheme(&m_scene->theme());
    b->setStats(stats, active);
    placeBadge(b);
}

void RunOverlay::setActive(bool active)
{
    m_active = active;
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it)
        if (RunBadgeItem *b = badge(it.key()))
            b->setStats(it.value(), active);
}

void RunOverlay::clear()
{
    for (auto it = m_stats.cbegin(); it != m_stats.cend(); ++it)
        delete badge(it.key());
    m_stats.clear();
}
