#include "widgets/canvas/minimapwidget.h"

#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include <QMouseEvent>
#include <QPainter>

MinimapWidget::MinimapWidget(PipelineView *view)
    : QWidget(view)
    , m_view(view)
{
    resize(200, 140);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    connect(view, &PipelineView::viewportChanged, this, qOverload<>(&QWidget::update));
}

void MinimapWidget::invalidate()
{
    m_dirty = true;
    update();
}

QRectF MinimapWidget::mapFromScene(const QRectF &rect) const
{
    if (m_area.isEmpty())
        return {};
    const qreal sx = width() / m_area.width();
    const qreal sy = height() / m_area.height();
    return QRectF((rect.left() - m_area.left()) * sx, (rect.top() - m_area.top()) * sy, rect.width() * sx,
                  rect.height() * sy);
}

QPointF MinimapWidget::mapToScene(const QPointF &widgetPos) const
{
    return QPointF(m_area.left() + widgetPos.x() / width() * m_area.width(),
                   m_area.top() + widgetPos.y() / height() * m_area.height());
}

void MinimapWidget::renderNodes()
{
    PipelineScene *scene = m_view->pipelineScene();
    QRectF bounds = scene->nodesBoundingRect();
    if (bounds.isNull())
        bounds = QRectF(0, 0, 400, 300);
    bounds.adjust(-100, -100, 100, 100);
    // Keep the widget's aspect ratio so blocks are not stretched.
    const qreal aspect = qreal(width()) / height();
    if (bounds.width() / bounds.height() < aspect) {
        const qreal w = bounds.height() * aspect;
        bounds.adjust(-(w - bounds.width()) / 2, 0, (w - bounds.width()) / 2, 0);
    } else {
        const qreal h = bounds.width() / aspect;
        bounds.adjust(0, -(h - bounds.height()) / 2, 0, (h - bounds.height()) / 2);
    }
    m_area = bounds;
    const qreal dpr = devicePixelRatioF();
    m_nodes = QPixmap(size() * dpr);
    m_nodes.setDevicePixelRatio(dpr);
    QColor background = scene->theme().background;
    background.setAlpha(230);
    m_nodes.fill(background);
    QPainter painter(&m_nodes);
    const auto items = scene->items();
    for (QGraphicsItem *item : items) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        const QRectF r = mapFromScene(node->geometry().rect().translated(node->pos()));
        painter.fillRect(r.adjusted(0, 0, std::max<qreal>(0, 2 - r.width()), std::max<qreal>(0, 2 - r.height())),
                         node->color());
    }
    m_dirty = false;
}

void MinimapWidget::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_nodes.size() != size() * devicePixelRatioF())
        renderNodes();
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_nodes);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QColor frame = m_view->pipelineScene()->theme().selection;
    painter.setPen(QPen(frame, 1.5));
    frame.setAlpha(18);
    painter.setBrush(frame);
    painter.drawRect(mapFromScene(visible).intersected(QRectF(rect()).adjusted(0, 0, -1, -1)));
    painter.setPen(m_view->pipelineScene()->theme().nodeBorder);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void MinimapWidget::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(mapToScene(event->position()));
}

void MinimapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(mapToScene(event->position()));
}
