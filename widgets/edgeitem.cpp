#include "edgeitem.h"

#include "canvastheme.h"
#include "nodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

EdgeItem::EdgeItem(const QString &id, NodeItem *from, const QString &fromPort, NodeItem *to, const QString &toPort,
                   const CanvasTheme *theme)
    : m_id(id)
    , m_from(from)
    , m_fromPort(fromPort)
    , m_to(to)
    , m_toPort(toPort)
    , m_theme(theme)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption); // exposedRect for long wires
    setAcceptHoverEvents(true);
    setZValue(0);
    m_from->addEdge(this);
    m_to->addEdge(this);
    updatePath();
}

EdgeItem::~EdgeItem()
{
    detach();
}

void EdgeItem::detach()
{
    if (m_from)
        m_from->removeEdge(this);
    if (m_to)
        m_to->removeEdge(this);
    m_from = m_to = nullptr;
}

QPainterPath EdgeItem::curve(const QPointF &from, const QPointF &to)
{
    // Horizontal tangents at both ends; wires going backwards loop out wider.
    const qreal dx = to.x() - from.x();
    const qreal reach = std::max<qreal>(40, dx > 0 ? dx / 2 : std::abs(dx) / 2 + 60);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);
    return path;
}

void EdgeItem::updatePath()
{
    if (!m_from || !m_to)
        return;
    prepareGeometryChange();
    m_dangling = m_from->geometry().outputIndex(m_fromPort) < 0 || m_to->geometry().inputIndex(m_toPort) < 0;
    m_path = curve(m_from->outputScenePos(m_fromPort), m_to->inputScenePos(m_toPort));
    m_bounds = m_path.boundingRect().adjusted(-6, -6, 6, 6);
    m_shape = QPainterPath();
    // About one point per 6 scene units: smooth at the highest zoom.
    const QLineF chord(m_path.elementAt(0), m_path.currentPosition());
    const int segments = std::clamp(int(chord.length() / 6), 16, 400);
    const QPointF p0 = m_path.elementAt(0), p1 = m_path.elementAt(1), p2 = m_path.elementAt(2), p3 = m_path.elementAt(3);
    m_polyline.resize(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const qreal t = qreal(i) / segments, u = 1 - t;
        m_polyline[i] = u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const bool nodeSelected = (m_from && m_from->isSelected()) || (m_to && m_to->isSelected());
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = m_theme->edge;
    qreal width = 2;
    if (m_dangling)
        color = m_theme->refused;
    if (m_hovered || nodeSelected) {
        color = m_theme->edgeHover;
        width = 2.5;
    }
    if (selected) {
        color = m_theme->selection;
        width = 3;
    }
    // Plain wires use a one-pixel cosmetic pen: the raster engine's fast line
    // path, about twenty times cheaper than stroking a wide curve. Highlighted,
    // selected and broken wires (few at a time) get the full-quality wide pen.
    const bool plain = !m_dangling && !m_hovered && !nodeSelected && !selected;
    QPen pen(color, plain ? 1 : width);
    pen.setCosmetic(plain || lod < 0.5); // stays visible when zoomed far out
    if (m_dangling)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (lod < 0.2) {
        // Far out, a straight line reads the same and is much cheaper.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawLine(m_path.elementAt(0), m_path.currentPosition());
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.5);
    const QRectF visible = option->exposedRect.adjusted(-4, -4, 4, 4);
    auto draw = [&] {
        if (visible.contains(m_bounds)) {
            painter->drawPath(m_path);
            return;
        }
        // A wire much longer than what is on screen: the raster engine would stroke
        // all of it before clipping, so draw only the runs of points near the view.
        int runStart = -1;
        for (int i = 0; i < m_polyline.size(); ++i) {
            const bool near = visible.contains(m_polyline[i])
                              || (i > 0 && QRectF(m_polyline[i - 1], m_polyline[i]).normalized().intersects(visible));
            if (near && runStart < 0)
                runStart = std::max(0, i - 1);
            if ((!near || i + 1 == m_polyline.size()) && runStart >= 0) {
                // Up to and including the point that leaves the view.
                painter->drawPolyline(m_polyline.constData() + runStart, i - runStart + 1);
                runStart = -1;
            }
        }
    };
    draw();
    if (plain && lod >= 0.5) {
        // A second pass one pixel lower reads as a two-pixel wire.
        const qreal offset = 0.9 / lod;
        painter->translate(0, offset);
        draw();
        painter->translate(0, -offset);
    }
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}
