#include "widgets/canvas/tools/selecttool.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include "pipeline/edit/setpositionscommand.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QMouseEvent>

SelectTool::~SelectTool()
{
    delete m_band;
}

bool SelectTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    PipelineScene *scene = m_view->pipelineScene();
    m_pressViewPos = event->position().toPoint();
    m_pressScenePos = m_view->mapToScene(m_pressViewPos);
    m_additive = event->modifiers() & Qt::ControlModifier;
    QGraphicsItem *hit = m_view->itemAt(m_pressViewPos);

    if (hit && hit->type() == NodeItem::Type) {
        auto *node = static_cast<NodeItem *>(hit);
        if (m_additive) {
            node->setSelected(!node->isSelected());
            m_mode = Mode::None;
            return true;
        }
        if (!node->isSelected()) {
            scene->clearSelection();
            node->setSelected(true);
        }
        m_anchor = node;
        m_startPositions.clear();
        for (const QString &id : scene->selectedNodeIds())
            if (NodeItem *item = scene->nodeItem(id))
                m_startPositions.insert(id, item->pos());
        m_mode = Mode::Pending;
        return true;
    }
    if (hit && hit->type() == EdgeItem::Type) {
        if (m_additive) {
            hit->setSelected(!hit->isSelected());
        } else {
            scene->clearSelection();
            hit->setSelected(true);
        }
        m_mode = Mode::None;
        return true;
    }
    // Empty canvas: rubber band.
    m_selectionBefore.clear();
    if (m_additive) {
        for (const QString &id : scene->selectedNodeIds())
            m_selectionBefore.insert(id);
    } else {
        scene->clearSelection();
    }
    m_mode = Mode::RubberBand;
    return true;
}

void SelectTool::mouseMove(QMouseEvent *event)
{
    const QPoint viewPos = event->position().toPoint();
    const QPointF scenePos = m_view->mapToScene(viewPos);
    if (m_mode == Mode::Pending
        && (viewPos - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance())
        m_mode = Mode::Moving;
    if (m_mode == Mode::Moving && m_anchor) {
        // Snap the grabbed node; the rest of the selection keeps its offsets.
        QPointF anchorTarget = m_startPositions.value(m_anchor->id()) + (scenePos - m_pressScenePos);
        if (m_view->snapToGrid() && !(event->modifiers() & Qt::AltModifier))
            anchorTarget = PipelineScene::snapToGrid(anchorTarget);
        const QPointF delta = anchorTarget - m_startPositions.value(m_anchor->id());
        for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it)
            if (NodeItem *item = m_view->pipelineScene()->nodeItem(it.key()))
                item->setPos(it.value() + delta);
        return;
    }
    if (m_mode == Mode::RubberBand)
        updateRubberBand(scenePos);
}

void SelectTool::updateRubberBand(const QPointF &scenePos)
{
    PipelineScene *scene = m_view->pipelineScene();
    if (!m_band) {
        m_band = new QGraphicsRectItem;
        QColor fill = scene->theme().selection;
        fill.setAlpha(40);
        QPen pen(scene->theme().selection, 1, Qt::DashLine);
        pen.setCosmetic(true);
        m_band->setPen(pen);
        m_band->setBrush(fill);
        m_band->setZValue(100);
        scene->addOverlayItem(m_band);
    }
    const QRectF band = QRectF(m_pressScenePos, scenePos).normalized();
    m_band->setRect(band);
    const QSignalBlocker blocker(scene);
    QSet<QString> inside = m_selectionBefore;
    for (QGraphicsItem *item : scene->items(band, Qt::IntersectsItemShape))
        if (item->type() == NodeItem::Type)
            inside.insert(static_cast<NodeItem *>(item)->id());
    for (const QString &id : scene->selectedNodeIds())
        if (!inside.contains(id))
            scene->nodeItem(id)->setSelected(false);
    for (const QString &id : std::as_const(inside))
        if (NodeItem *node = scene->nodeItem(id))
            node->setSelected(true);
}

void SelectTool::mouseRelease(QMouseEvent *)
{
    PipelineScene *scene = m_view->pipelineScene();
    if (m_mode == Mode::Moving) {
        std::map<std::string, pipeline::Position> positions;
        for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it)
            if (NodeItem *item = scene->nodeItem(it.key()))
                positions[it.key().toStdString()] = {item->pos().x(), item->pos().y()};
        GraphModel *model = scene->model();
        // The items are already where the user dropped them; the command records
        // old and new positions for undo (obsolete ones, e.g. snapped back, are dropped).
        const int count = int(positions.size());
        model->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
            model->graph(), std::move(positions), pipeline::edit::SetPositionsCommand::Kind::Move,
            PipelineView::tr("Move %n Node(s)", "", count).toStdString()));
    }
    if (m_mode == Mode::RubberBand) {
        delete m_band;
        m_band = nullptr;
        emit scene->selectionChanged();
    }
    m_mode = Mode::None;
    m_anchor = nullptr;
    m_startPositions.clear();
}

void SelectTool::restoreStartPositions()
{
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it)
        if (NodeItem *item = m_view->pipelineScene()->nodeItem(it.key()))
            item->setPos(it.value());
}

void SelectTool::cancel()
{
    if (m_mode == Mode::Moving)
        restoreStartPositions();
    delete m_band;
    m_band = nullptr;
    m_mode = Mode::None;
    m_anchor = nullptr;
    m_startPositions.clear();
}
