#include "widgets/canvas/painting/nodepainter.h"

#include "widgets/canvas/painting/canvastheme.h"
#include "widgets/canvas/items/nodeitem.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace {

struct Fonts {
    QFont title;
    QFont port;
    QFont summary;
    QFont badge;
    Fonts()
    {
        title.setPointSizeF(9.5);
        title.setBold(true);
        port.setPointSizeF(8);
        summary.setPointSizeF(8);
        summary.setFamily(QStringLiteral("monospace"));
        summary.setStyleHint(QFont::Monospace);
        badge.setPointSizeF(8);
        badge.setBold(true);
    }
};

const Fonts &fonts()
{
    static const Fonts f;
    return f;
}

bool levelOfDetailEnabled = true;

// The header outline: rounded top, square bottom. A path union is costly and
// every node has the same width, so it is built once per width, not per paint.
const QPainterPath &headerPath(qreal width)
{
    static qreal builtFor = -1;
    static QPainterPath header;
    if (width != builtFor) {
        QPainterPath top;
        top.addRoundedRect(QRectF(0, 0, width, NodeGeometry::HeaderHeight), 6, 6);
        QPainterPath bottomHalf;
        bottomHalf.addRect(QRectF(0, NodeGeometry::HeaderHeight / 2, width, NodeGeometry::HeaderHeight / 2));
        header = top.united(bottomHalf);
        builtFor = width;
    }
    return header;
}

} // namespace

void NodePainter::paint(QPainter *painter, const NodeItem &item, const QStyleOptionGraphicsItem *option)
{
    const CanvasTheme &theme = item.theme();
    const NodeGeometry &g = item.geometry();
    const QRectF rect = g.rect();
    const bool selected = option->state & QStyle::State_Selected;
    const double lod = levelOfDetailEnabled ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1.0;

    if (lod < BlockLod) {
        painter->fillRect(rect, selected ? theme.selection : item.color());
        if (item.diagnosticSeverity() == 2)
            painter->fillRect(QRectF(rect.right() - 30, 0, 30, 30), theme.error);
        return;
    }

    // Below DetailLod a 6 px corner is two pixels: antialiasing would not show but
    // costs most of a node's paint, and every visible node repaints on a zoom step.
    painter->setRenderHint(QPainter::Antialiasing, lod >= DetailLod);
    // Body and border.
    painter->setPen(QPen(selected ? theme.selection : theme.nodeBorder, selected ? 2.5 : 1));
    painter->setBrush(theme.nodeBody);
    painter->drawRoundedRect(rect, 6, 6);

    // Header in the category colour: rounded top, square bottom edge.
    painter->setPen(Qt::NoPen);
    painter->setBrush(item.color());
    painter->drawPath(headerPath(rect.width()));
    if (selected) {
        painter->setPen(QPen(theme.selection, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect, 6, 6);
    }

    const QRectF iconRect = g.iconRect();
    if (!item.icon().isNull())
        item.icon().paint(painter, iconRect.toRect());
    painter->setFont(fonts().title);
    painter->setPen(Qt::white);
    const QRectF titleRect(iconRect.right() + 6, 0, rect.width() - iconRect.right() - 14, NodeGeometry::HeaderHeight);
    const QString title = QFontMetricsF(fonts().title).elidedText(item.title(), Qt::ElideRight, titleRect.width());
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft, title);

    // Ports.
    auto drawPort = [&](const QPointF &at, bool output, int index, const NodeGeometry::Port &port) {
        QColor fill = theme.portFill;
        QColor ring = item.color();
        const auto highlight = item.highlightedPort();
        if (highlight && highlight->output == output && highlight->index == index) {
            ring = item.highlightAccepted() ? theme.accepted : theme.refused;
            fill = ring;
        }
        painter->setPen(QPen(ring, 2));
        painter->setBrush(fill);
        const qreal r = NodeGeometry::PortRadius + (ring != item.color() ? 2 : 0);
        if (port.many)
            painter->drawRoundedRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), 2, 2);
        else
            painter->drawEllipse(at, r, r);
        if (lod < DetailLod)
            return;
        painter->setPen(theme.nodeSubtleText);
        painter->setFont(fonts().port);
        const QRectF label = output ? QRectF(rect.width() / 2, at.y() - 8, rect.width() / 2 - 10, 16)
                                    : QRectF(10, at.y() - 8, rect.width() / 2 - 10, 16);
        painter->drawText(label, (output ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, port.label);
    };
    for (int i = 0; i < g.inputs().size(); ++i)
        drawPort(g.inputPos(i), false, i, g.inputs()[i]);
    for (int i = 0; i < g.outputs().size(); ++i)
        drawPort(g.outputPos(i), true, i, g.outputs()[i]);

    if (lod >= DetailLod && !g.summary().isEmpty()) {
        painter->setFont(fonts().summary);
        painter->setPen(theme.nodeText);
        const QFontMetricsF metrics(fonts().summary);
        qreal y = g.summaryTop();
        for (const QString &line : g.summary()) {
            const QRectF lineRect(10, y, rect.width() - 20, NodeGeometry::SummaryLineHeight);
            painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(line, Qt::ElideRight, lineRect.width()));
            y += NodeGeometry::SummaryLineHeight;
        }
    }

    if (item.diagnosticSeverity() > 0) {
        const QRectF badge = g.badgeRect();
        painter->setPen(QPen(theme.nodeBody, 1.5));
        painter->setBrush(item.diagnosticSeverity() == 2 ? theme.error : theme.warning);
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->setFont(fonts().badge);
        painter->drawText(badge, Qt::AlignCenter, QString::number(item.diagnosticMessages().size()));
    }
}

void NodePainter::setLevelOfDetailEnabled(bool enabled)
{
    levelOfDetailEnabled = enabled;
}
