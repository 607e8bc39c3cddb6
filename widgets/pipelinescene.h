#pragma once

#include "canvastheme.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QStringList>

class EdgeItem;
class GraphModel;
class NodeItem;

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
    bool m_gridVisible = true;
};
