#pragma once

#include "widgets/canvas/painting/nodegeometry.h"

#include <QGraphicsItem>
#include <QIcon>
#include <QList>

#include <optional>

class EdgeItem;
struct CanvasTheme;

/// One node on the canvas. Holds only what painting needs (title, colour, icon,
/// geometry, diagnostics), refreshed by the scene when the model announces a
/// change. Painted by NodePainter into a device-coordinate cache.
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    NodeItem(const QString &id, const CanvasTheme *theme);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }

    void updateFromNode(const pipeline::Node &node, const pipeline::NodeType *type);
    void setTheme(const CanvasTheme *theme);
    const CanvasTheme &theme() const { return *m_theme; }

    const NodeGeometry &geometry() const { return m_geometry; }
    const QString &title() const { return m_title; }
    const QString &kindLabel() const { return m_kindLabel; }
    const QColor &color() const { return m_color; }
    const QIcon &icon() const { return m_icon; }

    /// Diagnostics badge: worst severity (0 none, 1 warning, 2 error) and the messages.
    void setDiagnostics(int severity, const QStringList &messages);
    int diagnosticSeverity() const { return m_severity; }
    const QStringList &diagnosticMessages() const { return m_messages; }

    /// Port feedback while a wire is dragged over this node.
    void setPortHighlight(std::optional<NodeGeometry::PortHit> port, bool accepted);
    std::optional<NodeGeometry::PortHit> highlightedPort() const { return m_highlight; }
    bool highlightAccepted() const { return m_highlightAccepted; }

    QPointF inputScenePos(const QString &key) const;
    QPointF outputScenePos(const QString &key) const;

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    void removeEdge(EdgeItem *edge) { m_edges.removeAll(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateToolTip();

    QString m_id;
    const CanvasTheme *m_theme;
    NodeGeometry m_geometry;
    QString m_title;
    QString m_kindLabel;
    QColor m_color;
    QIcon m_icon;
    int m_severity = 0;
    QStringList m_messages;
    std::optional<NodeGeometry::PortHit> m_highlight;
    bool m_highlightAccepted = false;
    QList<EdgeItem *> m_edges;
};
