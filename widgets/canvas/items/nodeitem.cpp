#include "widgets/canvas/items/nodeitem.h"

#include "widgets/model/catalogtext.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/canvas/painting/nodepainter.h"
#include "widgets/canvas/painting/nodestyle.h"

#include <QCoreApplication>

NodeItem::NodeItem(const QString &id, const CanvasTheme *theme)
    : m_id(id)
    , m_theme(theme)
{
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges);
    // Thousands of nodes: paint each into a pixmap once per zoom level, not per frame.
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
}

void NodeItem::updateFromNode(const pipeline::Node &node, const pipeline::NodeType *type)
{
    prepareGeometryChange();
    m_geometry.update(node, type);
    m_kindLabel = type ? CatalogText::translate(type->label) : QString::fromStdString(node.kind);
    // A label still equal to the kind's (English) default shows in the UI language; a user's own label as typed.
    m_title = node.label.empty() || (type && node.label == type->label) ? m_kindLabel : QString::fromStdString(node.label);
    m_color = type ? NodeStyle::categoryColor(type->category) : NodeStyle::unknownKindColor();
    m_icon = NodeStyle::icon(type);
    setPos(node.position.x, node.position.y);
    updateToolTip();
    for (EdgeItem *edge : m_edges)
        edge->updatePath();
    update();
}

void NodeItem::setTheme(const CanvasTheme *theme)
{
    m_theme = theme;
    update();
}

void NodeItem::setDiagnostics(int severity, const QStringList &messages)
{
    if (severity == m_severity && messages == m_messages)
        return;
    m_severity = severity;
    m_messages = messages;
    updateToolTip();
    update();
}

void NodeItem::setPortHighlight(std::optional<NodeGeometry::PortHit> port, bool accepted)
{
    if (port == m_highlight && accepted == m_highlightAccepted)
        return;
    m_highlight = port;
    m_highlightAccepted = accepted;
    update();
}

QPointF NodeItem::inputScenePos(const QString &key) const
{
    const int index = m_geometry.inputIndex(key);
    const QPointF local = index >= 0 ? m_geometry.inputPos(index) : QPointF(0, m_geometry.size().height() / 2);
    return pos() + local;
}

QPointF NodeItem::outputScenePos(const QString &key) const
{
    const int index = m_geometry.outputIndex(key);
    const QPointF local = index >= 0 ? m_geometry.outputPos(index)
                                     : QPointF(m_geometry.size().width(), m_geometry.size().height() / 2);
    return pos() + local;
}

QRectF NodeItem::boundingRect() const
{
    return m_geometry.boundingRect();
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(m_geometry.rect().adjusted(-NodeGeometry::PortRadius - 2, 0, NodeGeometry::PortRadius + 2, 0));
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    NodePainter::paint(painter, *this, option);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged || change == ItemSelectedHasChanged) {
        for (EdgeItem *edge : m_edges)
            change == ItemPositionHasChanged ? edge->updatePath() : edge->refreshLook();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b> (%2)").arg(m_title.toHtmlEscaped(), m_kindLabel.toHtmlEscaped());
    if (!m_messages.isEmpty()) {
        tip += QStringLiteral("<ul>");
        for (const QString &message : m_messages)
            tip += QStringLiteral("<li>%1</li>").arg(message.toHtmlEscaped());
        tip += QStringLiteral("</ul>");
    }
    setToolTip(tip);
}
