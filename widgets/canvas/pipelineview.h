#pragma once

#include "widgets/canvas/painting/overviewpainter.h"
#include "widgets/canvas/painting/wirelayer.h"

#include "pipeline/core/graph.h"

#include <QGraphicsView>
#include <QPointer>

#include <memory>
#include <optional>

class CanvasTool;
class ConnectTool;
class MinimapWidget;
class PanTool;
class PipelineScene;
class QuickAddPopup;
class SelectTool;
class QMimeData;

/// The canvas view: zoom to cursor (wheel), pan (middle drag, Space+drag), fit,
/// minimap, drop from the palette, quick-add on double-click, clipboard. Mouse
/// gestures are delegated to tool classes (select, pan, connect).
class PipelineView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.05;
    static constexpr qreal MaxZoom = 4.0;

    explicit PipelineView(PipelineScene *scene, QWidget *parent = nullptr);
    ~PipelineView() override;

    PipelineScene *pipelineScene() const { return m_scene; }

    qreal zoom() const;
    /// Scales around `viewAnchor` (view coordinates), keeping the scene point under it fixed.
    void setZoom(qreal zoom, const QPoint &viewAnchor);
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool on) { m_snapToGrid = on; }
    bool isSpaceHeld() const { return m_spaceHeld; }

    MinimapWidget *minimap() const { return m_minimap; }
    void setMinimapVisible(bool visible);
    QuickAddPopup *quickAddPopup() const { return m_quickAdd; }

    /// Creates a node of `kind` centred under `scenePos` (one undo step); returns its id.
    QString addNode(const QString &kind, const QPointF &scenePos);
    /// A wire dropped on empty canvas: offer kinds it can connect to.
    void offerNodesForWire(const pipeline::PortRef &port, bool fromOutput, const QPointF &scenePos);

    /// Connect-tool feedback for tests and the status bar: 1 accepted, -1 refused, 0 none.
    void setConnectFeedback(int state, const QString &reason);
    int connectFeedbackState() const { return m_feedbackState; }
    QString connectFeedbackReason() const { return m_feedbackReason; }

    /// Keeps the scrollable area a margin around the nodes.
    void updateSceneRect();

    /// Below NodePainter::BlockLod the view paints nodes and wires itself in a few
    /// batched calls (OverviewPainter) instead of item by item. On by default; off
    /// only for the benchmark's baseline.
    void setOverviewRendering(bool enabled);
    /// True when the current zoom is painted by the overview painter.
    bool isOverviewActive() const;
    const OverviewPainter &overviewPainter() const { return m_overview; }
    const WireLayer &wireLayer() const { return m_wireLayer; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();
    void resetZoom();
    void selectAll();
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void openQuickAdd(const QPointF &scenePos);

signals:
    void statusMessage(const QString &message);
    void zoomChanged(qreal zoom);
    void nodeDoubleClicked(const QString &id);
    void viewportChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    /// Inserts pipeline JSON text as one command; its top-left node goes to
    /// `anchor` (scene coordinates, snapped) or, without one, next to the copied nodes.
    void pasteText(const QString &text, const QString &commandText, std::optional<QPointF> anchor);
    /// Text that parses as pipeline JSON (a drag from a text editor).
    static bool isPipelineText(const QMimeData *mime);
    void nudgeSelection(qreal dx, qreal dy);
    void placeMinimap();
    void updateRenderingMode();

    PipelineScene *m_scene;
    std::unique_ptr<SelectTool> m_selectTool;
    std::unique_ptr<PanTool> m_panTool;
    std::unique_ptr<ConnectTool> m_connectTool;
    CanvasTool *m_activeTool = nullptr;
    MinimapWidget *m_minimap = nullptr;
    QuickAddPopup *m_quickAdd = nullptr;
    bool m_snapToGrid = true;
    bool m_spaceHeld = false;
    OverviewPainter m_overview;
    WireLayer m_wireLayer;
    bool m_overviewEnabled = true;
    int m_feedbackState = 0;
    QString m_feedbackReason;
};
