#pragma once

#include "widgets/canvas/tools/canvastool.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>

class NodeItem;
class QGraphicsRectItem;

/// Click and Ctrl-click selection, rubber band on empty canvas, and moving the
/// selection with snap-to-grid (Alt disables snapping). Items follow the mouse
/// live; one move command is pushed on release.
class SelectTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;
    ~SelectTool() override;

    bool mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void cancel() override;

private:
    enum class Mode { None, Pending, Moving, RubberBand };

    void updateRubberBand(const QPointF &scenePos);
    void restoreStartPositions();

    Mode m_mode = Mode::None;
    QPointF m_pressScenePos;
    QPoint m_pressViewPos;
    NodeItem *m_anchor = nullptr;
    QHash<QString, QPointF> m_startPositions;
    QGraphicsRectItem *m_band = nullptr;
    QSet<QString> m_selectionBefore;
    bool m_additive = false;
};
