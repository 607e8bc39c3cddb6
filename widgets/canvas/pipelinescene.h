#pragma once

#include "widgets/canvas/painting/canvastheme.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QStringList>

class EdgeItem;
class GraphModel;
class NodeItem;
class OverlayLayer;

/// The canvas contents. Keeps id -> item maps and follows the GraphModel one
/// change at a time (a moved node moves one item; a new edge adds one item), so
/// editing a 2,000-node pipeline never rebuilds the scene.
class PipelineScene : public QGraphicsScene {
    Q_OBJECT

public:
    static constexpr qreal GridSize = 20;

    explicit PipelineScene(GraphModel *model, QObject *parent = nullptr);
    ~PipelineScene() override;

    GraphModel *model() const { return m_model; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(const QString &id) const { return m_edges.value(id); }
    int nodeItemCount() const { return m_nodes.size(); }
    int edgeItemCount() const { return m_edges.size(); }
    const QHash<QString, NodeItem *> &nodeItems() const { return m_nodes; }
    const QHash<QString, EdgeItem *> &edgeItems() const { return m_edges; }

    /// Adds a tool's transient item (dragged wire, rubber band) above the nodes.
    void addOverlayItem(QGraphicsItem *item);
    const OverlayLayer *overlayLayer() const { return m_overlay; }

    QStringList selectedNodeIds() const;
    QStringList selectedEdgeIds() const;
    void selectNodes(const QStringList &ids);

    static QPointF snapToGrid(const QPointF &point);

    const CanvasTheme &theme() const { return m_theme; }
    void setTheme(const CanvasTheme &theme);
    /// Grid dots in the background (off in benchmarks' naive baseline).
    void setGridVisible(bool visible);

    /// The rectangle of all nodes, from the model (cheap, no item traversal).
    QRectF nodesBoundingRect() const;

    /// Background fill and grid dots for `rect` (scene coordinates).
    void paintBackground(QPainter *painter, const QRectF &rect);
    /// Scene units between the grid dots drawn at `scale`; 0 when none are drawn.
    qreal gridDotStep(qreal scale) const;

    /// When on, plain wires are painted by the view's WireLayer, not by their
    /// items. The PipelineView showing this scene turns it on; a scene rendered
    /// any other way keeps it off.
    bool plainWiresInLayer() const { return m_plainWiresInLayer; }
    void setPlainWiresInLayer(bool on);
    /// Bumped whenever what the wire layer draws changes (a plain wire added,
    /// removed, moved, or turned plain; theme or grid changed).
    quint64 wireRevision() const { return m_wireRevision; }
    /// Called by wires: the layer's picture is stale within `area`.
    void wiresChanged(const QRectF &area);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addNode(const QString &id);
    void removeNode(const QString &id);
    void refreshNode(const QString &id);
    void moveNode(const QString &id);
    void addEdge(const QString &id);
    void removeEdge(const QString &id);
    void applyDiagnostics();

    GraphModel *m_model;
    CanvasTheme m_theme;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, EdgeItem *> m_edges;
    QSet<QString> m_nodesWithDiagnostics;
    OverlayLayer *m_overlay;
    quint64 m_wireRevision = 0;
    bool m_plainWiresInLayer = false;
    bool m_tearingDown = false;
    bool m_gridVisible = true;
};
