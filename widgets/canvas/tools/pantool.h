#pragma once

#include "widgets/canvas/tools/canvastool.h"

#include <QPoint>

/// Pans with the middle button, or the left button while Space is held.
class PanTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;

    bool mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;

private:
    QPoint m_last;
};
