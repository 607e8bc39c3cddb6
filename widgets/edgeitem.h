#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

class NodeItem;
struct CanvasTheme;

/// A wire between two ports, drawn as a horizontal cubic curve. The path is
/// recomputed only when an end node moves or changes (updatePath), never in paint().
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

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

    /// The curve the canvas uses for wires, also for the wire being dragged.
    static QPainterPath curve(const QPointF &from, const QPointF &to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_id;
    NodeItem *m_from;
    QString m_fromPort;
    NodeItem *m_to;
    QString m_toPort;
    const CanvasTheme *m_theme;
    QPainterPath m_path;
    QPolygonF m_polyline; // the curve flattened, for drawing just the visible part of long wires
    mutable QPainterPath m_shape; // stroked outline for hit tests, built lazily
    QRectF m_bounds;
    bool m_hovered = false;
    bool m_dangling = false;
};
