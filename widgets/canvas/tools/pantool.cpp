#include "widgets/canvas/tools/pantool.h"

#include "widgets/canvas/pipelineview.h"

#include <QMouseEvent>
#include <QScrollBar>

bool PanTool::mousePress(QMouseEvent *event)
{
    m_last = event->position().toPoint();
    m_view->viewport()->setCursor(Qt::ClosedHandCursor);
    return true;
}

void PanTool::mouseMove(QMouseEvent *event)
{
    const QPoint now = event->position().toPoint();
    const QPoint delta = now - m_last;
    m_last = now;
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() - delta.x());
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() - delta.y());
}

void PanTool::mouseRelease(QMouseEvent *)
{
    m_view->viewport()->setCursor(m_view->isSpaceHeld() ? Qt::OpenHandCursor : Qt::ArrowCursor);
}
