#pragma once

class PipelineView;
class QKeyEvent;
class QMouseEvent;

/// One way of interacting with the canvas (select/move, pan, connect). The view
/// picks a tool on mouse press and forwards that drag's events to it, so no
/// single mouse handler has to know every gesture.
class CanvasTool {
public:
    explicit CanvasTool(PipelineView *view) : m_view(view) {}
    virtual ~CanvasTool() = default;

    /// Starts a gesture; returns false when the tool does not want this press.
    virtual bool mousePress(QMouseEvent *event) = 0;
    virtual void mouseMove(QMouseEvent *event) = 0;
    virtual void mouseRelease(QMouseEvent *event) = 0;
    /// Escape or focus loss: abandon the gesture without changing the document.
    virtual void cancel() {}

protected:
    PipelineView *m_view;
};
