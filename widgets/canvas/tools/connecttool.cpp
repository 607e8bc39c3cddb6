#include "widgets/canvas/tools/connecttool.h"

#include "widgets/canvas/connectionrules.h"
#include "widgets/canvas/items/edgeitem.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include "pipeline/edit/connectcommand.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>

namespace {
NodeItem *nodeAt(PipelineView *view, const QPointF &scenePos)
{
    for (QGraphicsItem *item : view->scene()->items(scenePos, Qt::IntersectsItemBoundingRect))
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    return nullptr;
}

pipeline::PortRef refOf(const NodeItem *node, const NodeGeometry::PortHit &hit)
{
    const auto &ports = hit.output ? node->geometry().outputs() : node->geometry().inputs();
    return {node->id().toStdString(), ports[hit.index].key.toStdString()};
}
} // namespace

ConnectTool::~ConnectTool()
{
    clearFeedback();
}

bool ConnectTool::isOverPort(const QPoint &viewPos) const
{
    const QPointF scenePos = m_view->mapToScene(viewPos);
    NodeItem *node = nodeAt(m_view, scenePos);
    return node && node->geometry().portAt(node->mapFromScene(scenePos)).has_value();
}

bool ConnectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
    NodeItem *node = nodeAt(m_view, scenePos);
    if (!node)
        return false;
    auto hit = node->geometry().portAt(node->mapFromScene(scenePos));
    if (!hit)
        return false;
    m_source = node;
    m_sourcePort = *hit;
    m_sourceRef = refOf(node, *hit);
    m_wire = new QGraphicsPathItem;
    m_wire->setZValue(50);
    m_view->pipelineScene()->addOverlayItem(m_wire);
    mouseMove(event);
    return true;
}

ConnectTool::Target ConnectTool::findTarget(const QPointF &scenePos) const
{
    Target target;
    NodeItem *node = nodeAt(m_view, scenePos);
    if (!node)
        return target;
    target.node = node;
    const GraphModel &model = *m_view->pipelineScene()->model();
    auto check = [&](const NodeGeometry::PortHit &hit) {
        return checkConnection(model, m_sourceRef, m_sourcePort.output, refOf(node, hit), hit.output, &target.from,
                               &target.to);
    };
    if (auto hit = node->geometry().portAt(node->mapFromScene(scenePos), 12)) {
        target.port = *hit;
        const ConnectionCheck result = check(*hit);
        target.ok = result.ok;
        target.replaces = result.replacesExisting;
        target.reason = result.reason;
        return target;
    }
    // Over the body: the first port that accepts the wire, else the first
    // opposite port (so the refusal reason is shown).
    const auto &ports = m_sourcePort.output ? node->geometry().inputs() : node->geometry().outputs();
    ConnectionCheck firstRefusal;
    int firstIndex = -1;
    for (int i = 0; i < ports.size(); ++i) {
        const NodeGeometry::PortHit hit{!m_sourcePort.output, i};
        const ConnectionCheck result = check(hit);
        if (result.ok) {
            target.port = hit;
            target.ok = true;
            target.replaces = result.replacesExisting;
            target.reason = result.reason;
            return target;
        }
        if (firstIndex < 0) {
            firstIndex = i;
            firstRefusal = result;
        }
    }
    if (firstIndex < 0) {
        target.port = {};
        target.reason = m_sourcePort.output ? PipelineView::tr("This node has no inputs")
                                            : PipelineView::tr("This node has no outputs");
        return target;
    }
    target.port = NodeGeometry::PortHit{!m_sourcePort.output, firstIndex};
    target.reason = firstRefusal.reason;
    return target;
}

void ConnectTool::mouseMove(QMouseEvent *event)
{
    if (!m_source)
        return;
    const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
    const Target target = findTarget(scenePos);
    const CanvasTheme &theme = m_view->pipelineScene()->theme();

    if (m_highlighted && m_highlighted != target.node)
        m_highlighted->setPortHighlight(std::nullopt, false);
    m_highlighted = target.node;
    if (target.node && target.port.index >= 0)
        target.node->setPortHighlight(target.port, target.ok);
    else if (target.node)
        target.node->setPortHighlight(std::nullopt, false);

    const QPointF start = m_source->mapToScene(m_sourcePort.output ? m_source->geometry().outputPos(m_sourcePort.index)
                                                                   : m_source->geometry().inputPos(m_sourcePort.index));
    QPointF end = scenePos;
    if (target.node && target.port.index >= 0)
        end = target.node->mapToScene(target.port.output ? target.node->geometry().outputPos(target.port.index)
                                                         : target.node->geometry().inputPos(target.port.index));
    m_wire->setPath(m_sourcePort.output ? EdgeItem::curve(start, end) : EdgeItem::curve(end, start));
    QColor color = theme.edgeHover;
    if (target.node)
        color = target.ok ? theme.accepted : theme.refused;
    QPen pen(color, 2.5, target.node && !target.ok ? Qt::DashLine : Qt::SolidLine);
    m_wire->setPen(pen);

    const bool refused = target.node && !target.ok;
    m_view->viewport()->setCursor(refused ? Qt::ForbiddenCursor : Qt::CrossCursor);
    if (!target.reason.isEmpty()) {
        if (!m_reason) {
            m_reason = new QGraphicsSimpleTextItem;
            m_reason->setZValue(60);
            m_reason->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            m_view->pipelineScene()->addOverlayItem(m_reason);
        }
        m_reason->setText(target.reason);
        m_reason->setBrush(target.ok ? theme.nodeText : theme.refused);
        m_reason->setPos(scenePos + QPointF(14 / m_view->zoom(), 14 / m_view->zoom()));
        m_reason->show();
    } else if (m_reason) {
        m_reason->hide();
    }
    m_view->setConnectFeedback(target.node ? (target.ok ? 1 : -1) : 0, target.reason);
}

void ConnectTool::mouseRelease(QMouseEvent *event)
{
    if (!m_source)
        return;
    const QPointF scenePos = m_view->mapToScene(event->position().toPoint());
    const Target target = findTarget(scenePos);
    const pipeline::PortRef source = m_sourceRef;
    const bool fromOutput = m_sourcePort.output;
    finish();
    if (target.node && target.ok) {
        GraphModel *model = m_view->pipelineScene()->model();
        model->execute(std::make_unique<pipeline::edit::ConnectCommand>(
            model->graph(), target.from, target.to, target.replaces, PipelineView::tr("Connect").toStdString()));
    } else if (target.node) {
        emit m_view->statusMessage(target.reason);
    } else {
        m_view->offerNodesForWire(source, fromOutput, scenePos);
    }
}

void ConnectTool::clearFeedback()
{
    if (m_highlighted)
        m_highlighted->setPortHighlight(std::nullopt, false);
    m_highlighted = nullptr;
    delete m_wire;
    m_wire = nullptr;
    delete m_reason;
    m_reason = nullptr;
}

void ConnectTool::finish()
{
    clearFeedback();
    m_source = nullptr;
    m_view->viewport()->setCursor(Qt::ArrowCursor);
    m_view->setConnectFeedback(0, {});
}

void ConnectTool::cancel()
{
    finish();
}
