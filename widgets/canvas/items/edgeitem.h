#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QVector>

class NodeItem;
class PipelineScene;
struct CanvasTheme;

/// A wire between two ports, drawn as a horizontal cubic curve. The path is
/// recomputed only when an end node moves or changes (updatePath), never in paint().
///
/// Plain wires (neither hovered, selected nor broken: nearly all of them) are not
/// painted by the item when the scene's wire layer is on: the view rasterises all
/// of them in one pass (WireLayer), and the item only takes part in hit tests,
/// hover and selection. Highlighted, selected and broken wires paint themselves.
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    /// How the wire is drawn: plain, highlighted (hovered or an end node selected),
    /// selected, or dangling (a port that no longer exists).
    enum class Look { Plain, Highlighted, Selected, Dangling };

    EdgeItem(const QString &id, NodeItem *from, const QString &fromPort, NodeItem *to, const QString &toPort,
             const CanvasTheme *theme);
    ~EdgeItem() override;

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    NodeItem *fromNode() const { return m_from; }
    NodeItem *toNode() const { return m_to; }
    /// Unhooks from the nodes (before either is deleted).
    void detach();

    void updatePath();
    void setTheme(const CanvasTheme *theme) { m_theme = theme; update(); }
    bool isHovered() const { return m_hovered; }
    const QPainterPath &path() const { return m_path; }

    Look look() const { return m_look; }
    /// Re-derives the look after hover, selection or an end node's selection
    /// changed; hands the wire to or takes it from the wire layer.
    void refreshLook();
    /// The four control points of the cubic curve (start, two handles, end).
    QPointF controlPoint(int index) const { return m_path.elementAt(index); }

    /// Every point index step such that segments are about `pixels` long at `scale`.
    int strideFor(qreal scale, qreal pixels) const;
    /// Calls segment(map(a), map(b)) for each piece of the flattened curve (every
    /// `stride`th point) in chunks that touch `visible` (scene coordinates).
    template<typename Map, typename Segment>
    void forEachSegment(const QRectF &visible, Map map, int stride, Segment segment) const;

    /// The curve the canvas uses for wires, also for the wire being dragged.
    static QPainterPath curve(const QPointF &from, const QPointF &to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    PipelineScene *pipelineScene() const;
    Look deriveLook() const;
    static bool touches(const QRectF &a, const QRectF &b);

    // Bounds of each run of ChunkPoints polyline points: a long wire crossing the
    // view is culled chunk by chunk instead of point by point.
    static constexpr int ChunkPoints = 16;

    QString m_id;
    NodeItem *m_from;
    QString m_fromPort;
    NodeItem *m_to;
    QString m_toPort;
    const CanvasTheme *m_theme;
    QPainterPath m_path;
    QPolygonF m_polyline; // the curve flattened, for drawing just the visible part of long wires
    QVector<QRectF> m_chunkBounds;
    mutable QPainterPath m_shape; // stroked outline for hit tests, built lazily
    QRectF m_bounds;
    Look m_look = Look::Plain;
    bool m_hovered = false;
    bool m_dangling = false;
};

inline bool EdgeItem::touches(const QRectF &a, const QRectF &b)
{
    // QRectF::intersects() is false for zero-height rects (a horizontal run of a wire).
    return a.right() >= b.left() && a.left() <= b.right() && a.bottom() >= b.top() && a.top() <= b.bottom();
}

template<typename Map, typename Segment>
void EdgeItem::forEachSegment(const QRectF &visible, Map map, int stride, Segment segment) const
{
    if (!touches(m_bounds, visible))
        return;
    const int last = int(m_polyline.size()) - 1;
    int i = 0;
    while (i < last) {
        const int chunk = i / ChunkPoints;
        if (!touches(m_chunkBounds[chunk], visible)) {
            // Nothing of this chunk is on screen: continue from the next one.
            i = std::min(last, (chunk + 1) * ChunkPoints);
            continue;
        }
        // A segment may run on through later chunks: far out, one segment covers many.
        const int j = std::min(i + stride, last);
        segment(map(m_polyline[i]), map(m_polyline[j]));
        i = j;
    }
}
