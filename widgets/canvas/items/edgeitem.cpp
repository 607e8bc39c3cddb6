#include "widgets/canvas/items/edgeitem.h"

#include "widgets/canvas/painting/canvastheme.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
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
    if (PipelineScene *scene = pipelineScene(); scene && m_look == Look::Plain)
        scene->wiresChanged(m_bounds);
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

PipelineScene *EdgeItem::pipelineScene() const
{
    // Wires only ever live in a PipelineScene.
    return static_cast<PipelineScene *>(scene());
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
    const QRectF before = m_bounds;
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
    m_chunkBounds.clear();
    for (int first = 0; first < segments; first += ChunkPoints) {
        const int last = std::min(segments, first + ChunkPoints);
        qreal left = m_polyline[first].x(), right = left, top = m_polyline[first].y(), bottom = top;
        for (int i = first + 1; i <= last; ++i) {
            left = std::min(left, m_polyline[i].x());
            right = std::max(right, m_polyline[i].x());
            top = std::min(top, m_polyline[i].y());
            bottom = std::max(bottom, m_polyline[i].y());
        }
        m_chunkBounds.append(QRectF(QPointF(left, top), QPointF(right, bottom)));
    }
    refreshLook();
    if (PipelineScene *scene = pipelineScene(); scene && m_look == Look::Plain)
        scene->wiresChanged(before.united(m_bounds));
}

int EdgeItem::strideFor(qreal scale, qreal pixels) const
{
    if (m_polyline.size() < 2)
        return 1;
    const qreal step = QLineF(m_polyline[0], m_polyline[1]).length() * scale;
    return std::max(1, int(pixels / std::max<qreal>(step, 1e-6)));
}

EdgeItem::Look EdgeItem::deriveLook() const
{
    if (isSelected())
        return Look::Selected;
    if (m_dangling)
        return Look::Dangling;
    if (m_hovered || (m_from && m_from->isSelected()) || (m_to && m_to->isSelected()))
        return Look::Highlighted;
    return Look::Plain;
}

void EdgeItem::refreshLook()
{
    const Look look = deriveLook();
    PipelineScene *scene = pipelineScene();
    const bool inLayer = look == Look::Plain && scene && scene->plainWiresInLayer();
    if (look != m_look && scene && (look == Look::Plain || m_look == Look::Plain))
        scene->wiresChanged(m_bounds);
    m_look = look;
    // In the layer the item paints nothing, and QGraphicsView skips it entirely.
    if (bool(flags() & ItemHasNoContents) != inLayer)
        setFlag(ItemHasNoContents, inLayer);
    update();
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
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = m_theme->edge;
    qreal width = 2;
    switch (m_look) {
    case Look::Plain:
        break;
    case Look::Highlighted:
        color = m_theme->edgeHover;
        width = 2.5;
        break;
    case Look::Selected:
        color = m_theme->selection;
        width = 3;
        break;
    case Look::Dangling:
        color = m_theme->refused;
        break;
    }
    // Plain wires (only painted here when the wire layer is off) use a one-pixel
    // cosmetic pen: the raster engine's fast line path. Highlighted, selected and
    // broken wires (few at a time) get the full-quality wide pen.
    const bool plain = m_look == Look::Plain;
    QPen pen(color, plain ? 1 : width);
    pen.setCosmetic(plain || lod < 0.5); // stays visible when zoomed far out
    if (m_look == Look::Dangling)
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
        // all of it before clipping, so draw only the visible chunks, joined into
        // polylines where they follow each other.
        QPolygonF run;
        forEachSegment(visible, [](const QPointF &p) { return p; }, 1, [&](const QPointF &a, const QPointF &b) {
            if (!run.isEmpty() && run.last() != a) {
                painter->drawPolyline(run);
                run.clear();
            }
            if (run.isEmpty())
                run.append(a);
            run.append(b);
        });
        if (!run.isEmpty())
            painter->drawPolyline(run);
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

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        refreshLook();
    return QGraphicsItem::itemChange(change, value);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    refreshLook();
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    refreshLook();
}
