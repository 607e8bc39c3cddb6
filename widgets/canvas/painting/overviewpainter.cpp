#include "widgets/canvas/painting/overviewpainter.h"

#include "widgets/canvas/painting/canvastheme.h"
#include "widgets/canvas/items/edgeitem.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/overlaylayer.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/items/runbadgeitem.h"
#include "widgets/canvas/scaletranslate.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace {

// Far out, wire segments about this many pixels long keep curves recognisable.
constexpr qreal SegmentPixels = 16;

bool intersects(const QRectF &a, const QRectF &b)
{
    // QRectF::intersects() is false for zero-height rects.
    return a.right() >= b.left() && a.left() <= b.right() && a.bottom() >= b.top() && a.top() <= b.bottom();
}

} // namespace

QVector<QRectF> &OverviewPainter::batchFor(QVector<RectBatch> &batches, const QColor &color)
{
    // A handful of colours (one per node category): a linear scan beats a hash.
    for (RectBatch &batch : batches)
        if (batch.color == color)
            return batch.rects;
    batches.append(RectBatch{color, {}});
    return batches.last().rects;
}

void OverviewPainter::paint(QPainter *painter, const QTransform &viewTransform, const PipelineScene &scene,
                            const QRectF &exposed, QWidget *widget)
{
    const CanvasTheme &theme = scene.theme();
    const qreal scale = std::max<qreal>(viewTransform.m11(), 1e-6);
    const QRectF visible = exposed.adjusted(-4 / scale, -4 / scale, 4 / scale, 4 / scale);
    m_nodesPainted = m_edgesPainted = 0;

    // The few highlighted, selected or broken wires (plain ones are in the frame).
    for (QVector<QLineF> &lines : m_wires)
        lines.clear();
    for (const EdgeItem *edge : scene.edgeItems()) {
        const EdgeItem::Look look = edge->look();
        if ((look == EdgeItem::Look::Plain && scene.plainWiresInLayer()) || !edge->isVisible())
            continue;
        const int before = int(m_wires[int(look)].size());
        edge->forEachSegment(visible, ScaleTranslate(viewTransform), edge->strideFor(scale, SegmentPixels),
                             [&](const QPointF &a, const QPointF &b) { m_wires[int(look)].append(QLineF(a, b)); });
        m_edgesPainted += m_wires[int(look)].size() > before;
    }

    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    auto drawWires = [&](EdgeItem::Look look, const QColor &color, qreal width, Qt::PenStyle style) {
        const QVector<QLineF> &lines = m_wires[int(look)];
        if (lines.isEmpty())
            return;
        QPen pen(color, width, style);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(lines);
    };
    // Collected in view coordinates: drawn without the scene transform.
    drawWires(EdgeItem::Look::Plain, theme.edge, 1, Qt::SolidLine);
    drawWires(EdgeItem::Look::Dangling, theme.refused, 1, Qt::DashLine);
    drawWires(EdgeItem::Look::Highlighted, theme.edgeHover, 2, Qt::SolidLine);
    drawWires(EdgeItem::Look::Selected, theme.selection, 2, Qt::SolidLine);
    painter->setWorldTransform(viewTransform);

    // Nodes as blocks in their category colour (selection colour when selected),
    // a red corner for errors, run badges as boxes.
    for (RectBatch &batch : m_blocks)
        batch.rects.clear();
    for (RectBatch &batch : m_badges)
        batch.rects.clear();
    m_errorMarks.clear();
    for (const NodeItem *node : scene.nodeItems()) {
        const QRectF rect = node->geometry().rect().translated(node->pos());
        if (!node->isVisible() || !intersects(rect, visible))
            continue;
        ++m_nodesPainted;
        batchFor(m_blocks, node->isSelected() ? theme.selection : node->color()).append(rect);
        if (node->diagnosticSeverity() == 2)
            m_errorMarks.append(QRectF(rect.right() - 30, rect.top(), 30, 30));
        for (const QGraphicsItem *child : node->childItems()) {
            if (child->type() != RunBadgeItem::Type || !child->isVisible())
                continue;
            const auto *badge = static_cast<const RunBadgeItem *>(child);
            if (!badge->isEmpty())
                batchFor(m_badges, badge->frameColor()).append(badge->box().translated(node->pos() + badge->pos()));
        }
    }
    painter->setPen(Qt::NoPen);
    for (const RectBatch &batch : std::as_const(m_blocks)) {
        if (batch.rects.isEmpty())
            continue;
        painter->setBrush(batch.color);
        painter->drawRects(batch.rects);
    }
    if (!m_errorMarks.isEmpty()) {
        painter->setBrush(theme.error);
        painter->drawRects(m_errorMarks);
    }
    QColor badgeFill = theme.nodeBody;
    badgeFill.setAlpha(235);
    painter->setBrush(badgeFill);
    for (const RectBatch &batch : std::as_const(m_badges)) {
        if (batch.rects.isEmpty())
            continue;
        QPen pen(batch.color, 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawRects(batch.rects);
    }

    // The tools' transient items (a dragged wire, the rubber band) paint themselves.
    for (QGraphicsItem *item : scene.overlayLayer()->childItems()) {
        if (!item->isVisible())
            continue;
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        option.rect = option.exposedRect.toAlignedRect();
        painter->save();
        painter->setWorldTransform(item->deviceTransform(viewTransform));
        item->paint(painter, &option, widget);
        painter->restore();
    }
    painter->setWorldTransform(viewTransform);
}
