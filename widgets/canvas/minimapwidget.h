#pragma once

#include <QPixmap>
#include <QWidget>

class PipelineView;

/// An overview of the whole pipeline in the corner of the canvas: nodes as
/// coloured blocks (rendered once per graph change into a pixmap) and the
/// visible area as a frame. Click or drag to move the view there.
class MinimapWidget : public QWidget {
    Q_OBJECT

public:
    explicit MinimapWidget(PipelineView *view);

    /// The graph changed: redraw the node pixmap on next paint.
    void invalidate();
    /// Scene rectangle the minimap shows (nodes plus a margin).
    QRectF sceneArea() const { return m_area; }
    QPointF mapToScene(const QPointF &widgetPos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void renderNodes();
    QRectF mapFromScene(const QRectF &rect) const;

    PipelineView *m_view;
    QPixmap m_nodes;
    QRectF m_area;
    bool m_dirty = true;
};
