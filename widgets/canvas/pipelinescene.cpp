#include "widgets/canvas/pipelinescene.h"

#include "widgets/model/diagnostictext.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/overlaylayer.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <limits>

PipelineScene::PipelineScene(GraphModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
    , m_theme(CanvasTheme::light())
    , m_overlay(new OverlayLayer)
{
    addItem(m_overlay);
    connect(model, &GraphModel::nodeAdded, this, &PipelineScene::addNode);
    connect(model, &GraphModel::nodeRemoved, this, &PipelineScene::removeNode);
    connect(model, &GraphModel::nodeChanged, this, &PipelineScene::refreshNode);
    connect(model, &GraphModel::nodeMoved, this, &PipelineScene::moveNode);
    connect(model, &GraphModel::edgeAdded, this, &PipelineScene::addEdge);
    connect(model, &GraphModel::edgeRemoved, this, &PipelineScene::removeEdge);
    connect(model, &GraphModel::modelReset, this, &PipelineScene::rebuild);
    connect(model, &GraphModel::validated, this, &PipelineScene::applyDiagnostics);
    // Moving thousands of items one by one through the BSP index is quadratic-ish;
    // drop the index for the batch and let it rebuild once.
    connect(model, &GraphModel::bulkChangeStarted, this, [this] { setItemIndexMethod(NoIndex); });
    connect(model, &GraphModel::bulkChangeFinished, this, [this] { setItemIndexMethod(BspTreeIndex); });
    rebuild();
}

PipelineScene::~PipelineScene()
{
    // Observers must not hear about selection changes of a scene being torn down.
    blockSignals(true);
    m_tearingDown = true;
    // Removing thousands of items one by one from the BSP index is quadratic-ish.
    setItemIndexMethod(NoIndex);
    // Edges first: they unhook from their nodes.
    qDeleteAll(m_edges);
    m_edges.clear();
}

void PipelineScene::rebuild()
{
    setItemIndexMethod(NoIndex);
    for (EdgeItem *edge : std::as_const(m_edges))
        delete edge;
    m_edges.clear();
    for (NodeItem *node : std::as_const(m_nodes))
        delete node;
    m_nodes.clear();
    m_nodesWithDiagnostics.clear();
    for (const auto &[id, node] : m_model->graph().nodes())
        addNode(QString::fromStdString(id));
    for (const auto &[id, edge] : m_model->graph().edges())
        addEdge(QString::fromStdString(id));
    setItemIndexMethod(BspTreeIndex);
    wiresChanged(sceneRect());
    applyDiagnostics();
}

void PipelineScene::addNode(const QString &id)
{
    const pipeline::Node *node = m_model->graph().node(id.toStdString());
    if (!node)
        return;
    if (m_nodes.contains(id)) {
        refreshNode(id);
        return;
    }
    auto *item = new NodeItem(id, &m_theme);
    item->updateFromNode(*node, m_model->catalog().find(node->kind));
    addItem(item);
    m_nodes.insert(id, item);
}

void PipelineScene::removeNode(const QString &id)
{
    NodeItem *item = m_nodes.take(id);
    if (!item)
        return;
    // Edges of a removed node are announced first; any left over are dropped here.
    const QList<EdgeItem *> edges = item->edges(); // detach() edits the node's list
    for (EdgeItem *edge : edges) {
        m_edges.remove(edge->id());
        edge->detach();
        delete edge;
    }
    m_nodesWithDiagnostics.remove(id);
    delete item;
}

void PipelineScene::refreshNode(const QString &id)
{
    const pipeline::Node *node = m_model->graph().node(id.toStdString());
    NodeItem *item = m_nodes.value(id);
    if (node && item)
        item->updateFromNode(*node, m_model->catalog().find(node->kind));
}

void PipelineScene::moveNode(const QString &id)
{
    const pipeline::Node *node = m_model->graph().node(id.toStdString());
    NodeItem *item = m_nodes.value(id);
    if (node && item)
        item->setPos(node->position.x, node->position.y); // edges follow via itemChange
}

void PipelineScene::addEdge(const QString &id)
{
    const pipeline::Edge *edge = m_model->graph().edge(id.toStdString());
    if (!edge)
        return;
    removeEdge(id);
    NodeItem *from = m_nodes.value(QString::fromStdString(edge->from.node));
    NodeItem *to = m_nodes.value(QString::fromStdString(edge->to.node));
    if (!from || !to)
        return; // dangling in the file: the diagnostics dock reports it
    auto *item = new EdgeItem(id, from, QString::fromStdString(edge->from.port), to,
                              QString::fromStdString(edge->to.port), &m_theme);
    addItem(item);
    m_edges.insert(id, item);
    item->refreshLook(); // now in the scene: hands a plain wire to the layer
    wiresChanged(item->boundingRect());
}

void PipelineScene::removeEdge(const QString &id)
{
    if (EdgeItem *item = m_edges.take(id))
        delete item;
}

void PipelineScene::addOverlayItem(QGraphicsItem *item)
{
    item->setParentItem(m_overlay);
}

QStringList PipelineScene::selectedNodeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
    ids.sort();
    return ids;
}

QStringList PipelineScene::selectedEdgeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == EdgeItem::Type)
            ids << static_cast<EdgeItem *>(item)->id();
    ids.sort();
    return ids;
}

void PipelineScene::selectNodes(const QStringList &ids)
{
    // One selectionChanged for the whole batch.
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : ids)
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

QPointF PipelineScene::snapToGrid(const QPointF &point)
{
    return QPointF(std::round(point.x() / GridSize) * GridSize, std::round(point.y() / GridSize) * GridSize);
}

void PipelineScene::setPlainWiresInLayer(bool on)
{
    if (on == m_plainWiresInLayer)
        return;
    m_plainWiresInLayer = on;
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->refreshLook();
    wiresChanged(sceneRect());
}

void PipelineScene::wiresChanged(const QRectF &area)
{
    if (m_tearingDown)
        return;
    ++m_wireRevision;
    // Items in the layer have no contents, so QGraphicsView would not repaint
    // where they were or are: ask for it here.
    if (m_plainWiresInLayer)
        update(area);
}

void PipelineScene::setTheme(const CanvasTheme &theme)
{
    m_theme = theme;
    ++m_wireRevision;
    for (NodeItem *node : std::as_const(m_nodes))
        node->update();
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->update();
    update();
}

void PipelineScene::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    ++m_wireRevision;
    update();
}

QRectF PipelineScene::nodesBoundingRect() const
{
    if (m_nodes.isEmpty())
        return {};
    qreal left = std::numeric_limits<qreal>::max(), top = left;
    qreal right = std::numeric_limits<qreal>::lowest(), bottom = right;
    for (const NodeItem *node : m_nodes) {
        const QRectF r = node->geometry().rect().translated(node->pos());
        left = std::min(left, r.left());
        top = std::min(top, r.top());
        right = std::max(right, r.right());
        bottom = std::max(bottom, r.bottom());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

void PipelineScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    paintBackground(painter, rect);
}

qreal PipelineScene::gridDotStep(qreal scale) const
{
    if (!m_gridVisible)
        return 0;
    // Dots only where they are at least 8 px apart; far out, every 5th; then none.
    qreal step = GridSize;
    if (step * scale < 8)
        step *= 5;
    return step * scale < 8 ? 0 : step;
}

void PipelineScene::paintBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    const qreal step = gridDotStep(painter->worldTransform().m11());
    if (step <= 0)
        return;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    dots.reserve(int((rect.width() / step + 2) * (rect.height() / step + 2)));
    for (qreal x = left; x < rect.right(); x += step)
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    // Cosmetic, aliased dots: thousands of them must stay cheap to draw.
    QPen pen(m_theme.gridDot, 2);
    pen.setCosmetic(true);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pen);
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void PipelineScene::applyDiagnostics()
{
    // Badges: worst severity and all messages per node.
    QHash<QString, QPair<int, QStringList>> perNode;
    for (const pipeline::Diagnostic &d : m_model->validation().diagnostics) {
        if (d.nodeId.empty())
            continue;
        auto &entry = perNode[QString::fromStdString(d.nodeId)];
        const int severity = d.severity == pipeline::Severity::Error ? 2 : d.severity == pipeline::Severity::Warning ? 1 : 0;
        entry.first = std::max(entry.first, severity);
        entry.second << DiagnosticText::text(d);
    }
    for (const QString &id : std::as_const(m_nodesWithDiagnostics))
        if (!perNode.contains(id))
            if (NodeItem *item = m_nodes.value(id))
                item->setDiagnostics(0, {});
    m_nodesWithDiagnostics.clear();
    for (auto it = perNode.cbegin(); it != perNode.cend(); ++it) {
        if (NodeItem *item = m_nodes.value(it.key())) {
            item->setDiagnostics(it.value().first, it.value().second);
            m_nodesWithDiagnostics.insert(it.key());
        }
    }
}
