#pragma once

#include "widgets/docks/runstatsview.h"

#include <QGraphicsItem>
#include <QStringList>

struct CanvasTheme;

/// The live counters under a node while a pipeline runs: in/out, msg/s and, when
/// non-zero, filtered, dead-lettered and errors. A child of the node item, so it
/// moves with it and goes away with it; the node's own cache is not touched when
/// the numbers change.
class RunBadgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 20 };

    RunBadgeItem(const CanvasTheme *theme, QGraphicsItem *parent);

    int type() const override { return Type; }
    void setStats(const NodeRunStats &stats, bool active);
    const NodeRunStats &stats() const { return m_stats; }
    /// The lines painted, e.g. "in 1,204 · out 1,150 · 48/s".
    const QStringList &lines() const { return m_lines; }
    void setTheme(const CanvasTheme *theme);
    /// The badge's box in item coordinates and its frame colour (accent while live).
    const QRectF &box() const { return m_rect; }
    QColor frameColor() const;
    bool isEmpty() const { return m_lines.isEmpty(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const CanvasTheme *m_theme;
    NodeRunStats m_stats;
    QStringList m_lines;
    QRectF m_rect;
    bool m_active = false;
    bool m_problems = false;
};
