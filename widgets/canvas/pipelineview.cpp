#include "widgets/canvas/pipelineview.h"

#include "widgets/canvas/tools/connecttool.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/mimetypes.h"
#include "widgets/canvas/minimapwidget.h"
#include "widgets/canvas/painting/nodegeometry.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/painting/nodepainter.h"
#include "widgets/canvas/tools/pantool.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/quickaddpopup.h"
#include "widgets/canvas/tools/selecttool.h"

#include "pipeline/edit/clipboard.h"
#include "pipeline/edit/compositecommand.h"
#include "pipeline/edit/connectcommand.h"
#include "pipeline/edit/insertsubgraphcommand.h"
#include "pipeline/edit/removecommand.h"
#include "pipeline/edit/setpositionscommand.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <set>

namespace {
std::set<std::string> toSet(const QStringList &ids)
{
    std::set<std::string> out;
    for (const QString &id : ids)
        out.insert(id.toStdString());
    return out;
}
} // namespace

PipelineView::PipelineView(PipelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_selectTool(std::make_unique<SelectTool>(this))
    , m_panTool(std::make_unique<PanTool>(this))
    , m_connectTool(std::make_unique<ConnectTool>(this))
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(NoDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Items set every pen/brush they use; saving painter state per item is waste.
    setOptimizationFlags(DontSavePainterState);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    // This view draws the scene's plain wires itself (WireLayer in drawBackground).
    scene->setPlainWiresInLayer(true);
    m_minimap = new MinimapWidget(this);
    m_quickAdd = new QuickAddPopup(this);
    connect(scene->model(), &GraphModel::graphChanged, this, &PipelineView::updateSceneRect);
    updateSceneRect();
}

PipelineView::~PipelineView() = default;

qreal PipelineView::zoom() const
{
    return transform().m11();
}

void PipelineView::setZoom(qreal zoom, const QPoint &viewAnchor)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    const QPointF sceneAnchor = mapToScene(viewAnchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(sceneAnchor) - QPointF(viewAnchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(moved.y())));
    updateRenderingMode();
    emit zoomChanged(zoom);
    emit viewportChanged();
}

void PipelineView::zoomIn()
{
    setZoom(zoom() * 1.25, viewport()->rect().center());
}

void PipelineView::zoomOut()
{
    setZoom(zoom() / 1.25, viewport()->rect().center());
}

void PipelineView::resetZoom()
{
    setZoom(1.0, viewport()->rect().center());
}

void PipelineView::fitToView()
{
    const QRectF bounds = m_scene->nodesBoundingRect();
    if (bounds.isNull()) {
        resetZoom();
        return;
    }
    const QRectF padded = bounds.adjusted(-40, -40, 40, 40);
    const qreal scale = std::min(viewport()->width() / padded.width(), viewport()->height() / padded.height());
    setTransform(QTransform::fromScale(std::clamp(scale, MinZoom, 1.5), std::clamp(scale, MinZoom, 1.5)));
    centerOn(padded.center());
    updateRenderingMode();
    emit zoomChanged(zoom());
    emit viewportChanged();
}

void PipelineView::updateSceneRect()
{
    QRectF bounds = m_scene->nodesBoundingRect();
    if (bounds.isNull())
        bounds = QRectF(0, 0, 1, 1);
    // Room to pan past the edges and to drop new nodes around the pipeline.
    setSceneRect(bounds.adjusted(-3000, -3000, 3000, 3000));
    if (m_minimap)
        m_minimap->invalidate();
}

void PipelineView::setOverviewRendering(bool enabled)
{
    m_overviewEnabled = enabled;
    updateRenderingMode();
    viewport()->update();
}

bool PipelineView::isOverviewActive() const
{
    return m_overviewEnabled && zoom() < NodePainter::BlockLod;
}

void PipelineView::updateRenderingMode()
{
    // The overview paints the whole viewport in one go and records no per-item
    // painted areas, so QGraphicsView must not try to update parts of it: any
    // change (a moved node, a scroll) repaints everything, which is cheap there.
    const ViewportUpdateMode mode = isOverviewActive() ? FullViewportUpdate : MinimalViewportUpdate;
    if (viewportUpdateMode() != mode)
        setViewportUpdateMode(mode);
}

void PipelineView::paintEvent(QPaintEvent *event)
{
    if (!isOverviewActive()) {
        updateRenderingMode();
        QGraphicsView::paintEvent(event);
        return;
    }
    updateRenderingMode();
    // Background and plain wires from the wire layer's frame, everything else in
    // a few batched calls on top.
    const qreal dpr = viewport()->devicePixelRatioF();
    const QTransform viewTransform = viewportTransform();
    const QImage &frame = m_wireLayer.frame(*m_scene, viewTransform, viewport()->size() * dpr, dpr);
    const QRectF exposed = mapToScene(viewport()->rect()).boundingRect();
    QPainter painter(viewport());
    painter.drawImage(QPointF(0, 0), frame);
    m_overview.paint(&painter, viewTransform, *m_scene, exposed, viewport());
    drawForeground(&painter, exposed);
}

void PipelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (!m_scene->plainWiresInLayer()) {
        QGraphicsView::drawBackground(painter, rect);
        return;
    }
    // The painter carries the view transform: blit the exposed part of the frame
    // in device pixels.
    const QTransform viewTransform = painter->worldTransform();
    const qreal dpr = viewport()->devicePixelRatioF();
    const QImage &frame = m_wireLayer.frame(*m_scene, viewTransform, viewport()->size() * dpr, dpr);
    const QRect target = viewTransform.mapRect(rect).toAlignedRect().intersected(viewport()->rect());
    painter->setWorldTransform(QTransform());
    painter->drawImage(target, frame, QRectF(QPointF(target.topLeft()) * dpr, QSizeF(target.size()) * dpr));
    painter->setWorldTransform(viewTransform);
}

void PipelineView::setMinimapVisible(bool visible)
{
    m_minimap->setVisible(visible);
    placeMinimap();
}

void PipelineView::placeMinimap()
{
    const QRect area = viewport()->geometry();
    m_minimap->move(area.right() - m_minimap->width() - 8, area.bottom() - m_minimap->height() - 8);
}

void PipelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
    emit viewportChanged();
}

void PipelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportChanged();
}

void PipelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

void PipelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (m_activeTool)
        return;
    CanvasTool *tool = nullptr;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld))
        tool = m_panTool.get();
    else if (event->button() == Qt::LeftButton && m_connectTool->isOverPort(event->position().toPoint()))
        tool = m_connectTool.get();
    else if (event->button() == Qt::LeftButton)
        tool = m_selectTool.get();
    if (tool && tool->mousePress(event)) {
        m_activeTool = tool;
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PipelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_activeTool) {
        m_activeTool->mouseMove(event);
        event->accept();
        return;
    }
    if (!m_spaceHeld)
        viewport()->setCursor(m_connectTool->isOverPort(event->position().toPoint()) ? Qt::CrossCursor
                                                                                      : Qt::ArrowCursor);
    QGraphicsView::mouseMoveEvent(event); // hover highlight of edges
}

void PipelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_activeTool) {
        CanvasTool *tool = m_activeTool;
        m_activeTool = nullptr;
        tool->mouseRelease(event);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PipelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    QGraphicsItem *item = itemAt(event->position().toPoint());
    if (item && item->type() == NodeItem::Type) {
        emit nodeDoubleClicked(static_cast<NodeItem *>(item)->id());
        return;
    }
    if (!item)
        openQuickAdd(mapToScene(event->position().toPoint()));
}

void PipelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_activeTool) {
            m_activeTool->cancel();
            m_activeTool = nullptr;
        } else {
            m_scene->clearSelection();
        }
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const qreal step = event->modifiers() & Qt::ShiftModifier ? PipelineScene::GridSize * 5 : PipelineScene::GridSize;
        const qreal dx = event->key() == Qt::Key_Left ? -step : event->key() == Qt::Key_Right ? step : 0;
        const qreal dy = event->key() == Qt::Key_Up ? -step : event->key() == Qt::Key_Down ? step : 0;
        nudgeSelection(dx, dy);
        return;
    }
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (m_activeTool != m_panTool.get())
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void PipelineView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

void PipelineView::dragEnterEvent(QDragEnterEvent *event)
{
    // Node kinds from the palette, pipeline JSON text from an editor; files go to
    // the main window (open).
    if (event->mimeData()->hasFormat(MimeTypes::NodeKind) || isPipelineText(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(MimeTypes::NodeKind) || isPipelineText(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PipelineView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QPointF at = mapToScene(event->position().toPoint());
    if (mime->hasFormat(MimeTypes::NodeKind)) {
        if (!addNode(QString::fromUtf8(mime->data(MimeTypes::NodeKind)), at).isEmpty())
            event->acceptProposedAction();
    } else if (isPipelineText(mime)) {
        pasteText(mime->text(), tr("Drop"), at);
        event->acceptProposedAction();
    } else {
        event->ignore();
        return;
    }
    setFocus(Qt::OtherFocusReason);
}

QString PipelineView::addNode(const QString &kind, const QPointF &scenePos)
{
    GraphModel *model = m_scene->model();
    const pipeline::NodeType *type = model->catalog().find(kind.toStdString());
    if (!type) {
        emit statusMessage(tr("Unknown node kind \"%1\"").arg(kind));
        return {};
    }
    const std::string id = model->graph().uniqueNodeId(type->kind);
    pipeline::Node node = model->catalog().instantiate(type->kind, id);
    if (node.label.empty())
        node.label = type->label;
    QPointF topLeft = scenePos - QPointF(NodeGeometry::Width / 2, NodeGeometry::HeaderHeight / 2);
    if (m_snapToGrid)
        topLeft = PipelineScene::snapToGrid(topLeft);
    node.position = {topLeft.x(), topLeft.y()};
    model->execute(std::make_unique<pipeline::edit::InsertSubgraphCommand>(
        std::vector<pipeline::Node>{node}, std::vector<pipeline::Edge>{},
        tr("Add %1").arg(QString::fromStdString(type->label)).toStdString()));
    const QString qid = QString::fromStdString(id);
    m_scene->selectNodes({qid});
    return qid;
}

void PipelineView::openQuickAdd(const QPointF &scenePos)
{
    QVector<const pipeline::NodeType *> kinds;
    for (const auto &type : m_scene->model()->catalog().types())
        kinds << &type;
    m_quickAdd->disconnect(this);
    m_quickAdd->setKinds(kinds);
    connect(m_quickAdd, &QuickAddPopup::kindChosen, this, [this, scenePos](const QString &kind) {
        addNode(kind, scenePos);
        setFocus(Qt::OtherFocusReason);
    });
    m_quickAdd->popupAt(mapToGlobal(mapFromScene(scenePos)));
}

void PipelineView::offerNodesForWire(const pipeline::PortRef &port, bool fromOutput, const QPointF &scenePos)
{
    GraphModel *model = m_scene->model();
    QVector<const pipeline::NodeType *> kinds;
    for (const auto &type : model->catalog().types()) {
        pipeline::Node probe;
        probe.kind = type.kind;
        if (fromOutput ? !type.inputs.empty() : !type.outputPorts(probe).empty())
            kinds << &type;
    }
    m_quickAdd->disconnect(this);
    m_quickAdd->setKinds(kinds);
    connect(m_quickAdd, &QuickAddPopup::kindChosen, this, [this, port, fromOutput, scenePos](const QString &kind) {
        GraphModel *model = m_scene->model();
        const pipeline::NodeType *type = model->catalog().find(kind.toStdString());
        if (!type)
            return;
        const std::string id = model->graph().uniqueNodeId(type->kind);
        pipeline::Node node = model->catalog().instantiate(type->kind, id);
        if (node.label.empty())
            node.label = type->label;
        // The new node's port lands where the wire was dropped.
        QPointF topLeft = scenePos - QPointF(fromOutput ? 0 : NodeGeometry::Width, NodeGeometry::HeaderHeight + 13);
        if (m_snapToGrid)
            topLeft = PipelineScene::snapToGrid(topLeft);
        node.position = {topLeft.x(), topLeft.y()};
        const auto ports = fromOutput ? type->inputs : type->outputPorts(node);
        if (ports.empty())
            return;
        const pipeline::PortRef other{id, ports.front().key};
        const pipeline::PortRef from = fromOutput ? port : other;
        const pipeline::PortRef to = fromOutput ? other : port;
        const pipeline::NodeType *toType = fromOutput ? type : model->nodeType(QString::fromStdString(port.node));
        const pipeline::PortDescriptor *input = toType ? toType->input(to.port) : nullptr;
        const bool replace = input && input->cardinality == pipeline::Cardinality::One;
        auto composite = std::make_unique<pipeline::edit::CompositeCommand>(
            tr("Add %1").arg(QString::fromStdString(type->label)).toStdString());
        composite->add(std::make_unique<pipeline::edit::InsertSubgraphCommand>(std::vector<pipeline::Node>{node},
                                                                               std::vector<pipeline::Edge>{}));
        composite->add(std::make_unique<pipeline::edit::ConnectCommand>(model->graph(), from, to, replace));
        model->execute(std::move(composite));
        m_scene->selectNodes({QString::fromStdString(id)});
        setFocus(Qt::OtherFocusReason);
    });
    m_quickAdd->popupAt(mapToGlobal(mapFromScene(scenePos)));
}

void PipelineView::setConnectFeedback(int state, const QString &reason)
{
    m_feedbackState = state;
    m_feedbackReason = reason;
}

void PipelineView::selectAll()
{
    QStringList ids;
    for (const auto &[id, node] : m_scene->model()->graph().nodes())
        ids << QString::fromStdString(id);
    m_scene->selectNodes(ids);
}

void PipelineView::deleteSelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    const QStringList edges = m_scene->selectedEdgeIds();
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    GraphModel *model = m_scene->model();
    const QString text = nodes.isEmpty() ? tr("Disconnect") : tr("Delete %n Node(s)", "", int(nodes.size()));
    model->execute(std::make_unique<pipeline::edit::RemoveCommand>(model->graph(), toSet(nodes), toSet(edges),
                                                                   text.toStdString()));
}

void PipelineView::copySelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    if (nodes.isEmpty())
        return;
    const QString text = QString::fromStdString(pipeline::edit::clipboardText(m_scene->model()->graph(), toSet(nodes)));
    auto *mime = new QMimeData;
    mime->setData(MimeTypes::Pipeline, text.toUtf8());
    mime->setText(text);
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %n node(s)", "", int(nodes.size())));
}

void PipelineView::cutSelection()
{
    if (m_scene->selectedNodeIds().isEmpty())
        return;
    copySelection();
    GraphModel *model = m_scene->model();
    const QStringList nodes = m_scene->selectedNodeIds();
    model->execute(std::make_unique<pipeline::edit::RemoveCommand>(model->graph(), toSet(nodes), std::set<std::string>{},
                                                                   tr("Cut").toStdString()));
}

void PipelineView::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QString text = mime->hasFormat(MimeTypes::Pipeline) ? QString::fromUtf8(mime->data(MimeTypes::Pipeline))
                                                             : mime->text();
    // At the cursor when it is over the canvas, else next to where it was copied from.
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    std::optional<QPointF> anchor;
    if (viewport()->rect().contains(cursor) && underMouse())
        anchor = mapToScene(cursor);
    pasteText(text, tr("Paste"), anchor);
}

void PipelineView::duplicateSelection()
{
    const QStringList nodes = m_scene->selectedNodeIds();
    if (nodes.isEmpty())
        return;
    GraphModel *model = m_scene->model();
    pipeline::Graph clip = pipeline::edit::extractSubgraph(model->graph(), toSet(nodes));
    auto command = pipeline::edit::makePasteCommand(model->graph(), clip, {2 * PipelineScene::GridSize, 2 * PipelineScene::GridSize},
                                                    tr("Duplicate").toStdString());
    QStringList ids;
    for (const auto &node : command->nodes())
        ids << QString::fromStdString(node.id);
    model->execute(std::move(command));
    m_scene->selectNodes(ids);
}

bool PipelineView::isPipelineText(const QMimeData *mime)
{
    return mime->hasText() && !mime->hasUrls() && pipeline::edit::parseClipboardText(mime->text().toStdString()).graph;
}

void PipelineView::pasteText(const QString &text, const QString &commandText, std::optional<QPointF> anchor)
{
    if (text.trimmed().isEmpty())
        return;
    pipeline::edit::ClipboardParse parsed = pipeline::edit::parseClipboardText(text.toStdString());
    if (!parsed.graph) {
        emit statusMessage(tr("Cannot paste: %1")
                               .arg(parsed.errors.empty() ? tr("not a pipeline")
                                                          : QString::fromStdString(parsed.errors.front().message)));
        return;
    }
    if (parsed.graph->nodes().empty())
        return;
    GraphModel *model = m_scene->model();
    QPointF offset(2 * PipelineScene::GridSize, 2 * PipelineScene::GridSize);
    if (anchor) {
        qreal left = 1e300, top = 1e300;
        for (const auto &[id, node] : parsed.graph->nodes()) {
            left = std::min(left, node.position.x);
            top = std::min(top, node.position.y);
        }
        offset = PipelineScene::snapToGrid(*anchor) - QPointF(left, top);
    }
    auto command = pipeline::edit::makePasteCommand(model->graph(), *parsed.graph, {offset.x(), offset.y()},
                                                    commandText.toStdString());
    QStringList ids;
    for (const auto &node : command->nodes())
        ids << QString::fromStdString(node.id);
    model->execute(std::move(command));
    m_scene->selectNodes(ids);
}

void PipelineView::nudgeSelection(qreal dx, qreal dy)
{
    GraphModel *model = m_scene->model();
    std::map<std::string, pipeline::Position> positions;
    for (const QString &id : m_scene->selectedNodeIds())
        if (const pipeline::Node *node = model->graph().node(id.toStdString()))
            positions[node->id] = {node->position.x + dx, node->position.y + dy};
    if (positions.empty())
        return;
    const int count = int(positions.size());
    model->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
        model->graph(), std::move(positions), pipeline::edit::SetPositionsCommand::Kind::Nudge,
        tr("Move %n Node(s)", "", count).toStdString()));
}
