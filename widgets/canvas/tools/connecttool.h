#pragma once

#include "widgets/canvas/tools/canvastool.h"
#include "widgets/canvas/painting/nodegeometry.h"

#include "pipeline/core/graph.h"

#include <QPointer>

class NodeItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

/// Drags a wire from a port. Over a compatible port (or a node with one) the
/// target lights green and release connects; an incompatible one lights red with
/// the reason next to the cursor and release does nothing; release on empty
/// canvas offers the node kinds that could be connected there.
class ConnectTool : public CanvasTool {
public:
    using CanvasTool::CanvasTool;
    ~ConnectTool() override;

    /// True when `viewPos` is on a port dot (the view then starts this tool).
    bool isOverPort(const QPoint &viewPos) const;

    bool mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void cancel() override;

private:
    struct Target {
        NodeItem *node = nullptr;
        NodeGeometry::PortHit port;
        bool ok = false;
        bool replaces = false;
        QString reason;
        pipeline::PortRef from;
        pipeline::PortRef to;
    };
    Target findTarget(const QPointF &scenePos) const;
    void clearFeedback();
    void finish();

    NodeItem *m_source = nullptr;
    NodeGeometry::PortHit m_sourcePort;
    pipeline::PortRef m_sourceRef;
    QGraphicsPathItem *m_wire = nullptr;
    QGraphicsSimpleTextItem *m_reason = nullptr;
    NodeItem *m_highlighted = nullptr;
};
