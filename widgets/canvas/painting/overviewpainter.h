#pragma once

#include <QColor>
#include <QTransform>
#include <QLineF>
#include <QRectF>
#include <QVector>

#include <array>

class PipelineScene;
class QPainter;
class QWidget;

/// Paints the canvas zoomed far out, where nodes are coloured blocks, in a few
/// batched calls: one drawRects per node colour and per run-badge colour, one
/// drawLines per highlighted wire look. Far out, QGraphicsView's cost per item
/// (index query, style option, cache lookup, painter set-up) is what a frame
/// spends; batching removes it. Same colours and looks as the items' own
/// painting at that zoom. The plain wires are already in the frame (WireLayer).
class OverviewPainter {
public:
    /// Paints highlighted wires, nodes, run badges and the tools' overlay items
    /// that intersect `exposed` (scene coordinates) over what `painter` already
    /// shows (background and plain wires); `viewTransform` maps scene to logical
    /// viewport coordinates. Leaves the painter in `viewTransform`.
    void paint(QPainter *painter, const QTransform &viewTransform, const PipelineScene &scene, const QRectF &exposed,
               QWidget *widget);

    /// What the last paint drew (tests check culling with these).
    int nodesPainted() const { return m_nodesPainted; }
    int highlightedEdgesPainted() const { return m_edgesPainted; }

private:
    struct RectBatch {
        QColor color;
        QVector<QRectF> rects;
    };
    static QVector<QRectF> &batchFor(QVector<RectBatch> &batches, const QColor &color);

    // Kept between frames so a repaint allocates nothing once warmed up.
    QVector<RectBatch> m_blocks;
    QVector<RectBatch> m_badges;
    QVector<QRectF> m_errorMarks;
    std::array<QVector<QLineF>, 4> m_wires; // highlighted ones, indexed by EdgeItem::Look
    int m_nodesPainted = 0;
    int m_edgesPainted = 0;
};
