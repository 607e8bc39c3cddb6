#pragma once

#include "pipeline/core/graph.h"
#include "pipeline/core/nodetype.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/// Where things are inside a node item: size, port dots, badge, summary lines.
/// Computed when the node changes (never in paint()), shared by painting,
/// hit-testing and edge routing.
class NodeGeometry {
public:
    static constexpr qreal Width = 200;
    static constexpr qreal HeaderHeight = 30;
    static constexpr qreal PortSpacing = 20;
    static constexpr qreal SummaryLineHeight = 16;
    static constexpr qreal PortRadius = 5;
    static constexpr qreal Padding = 8;
    static constexpr int MaxSummaryLines = 3;

    struct Port {
        QString key;
        QString label;
        bool many = false;
        bool optional = false;
    };
    struct PortHit {
        bool output = false;
        int index = -1;
        bool operator==(const PortHit &) const = default;
    };

    void update(const pipeline::Node &node, const pipeline::NodeType *type);

    QSizeF size() const { return m_size; }
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    /// rect() plus room for port dots and the badge that stick out.
    QRectF boundingRect() const;
    QRectF badgeRect() const;
    QRectF iconRect() const { return QRectF(Padding, (HeaderHeight - 18) / 2, 18, 18); }

    const QVector<Port> &inputs() const { return m_inputs; }
    const QVector<Port> &outputs() const { return m_outputs; }
    QPointF inputPos(int index) const;
    QPointF outputPos(int index) const;
    int inputIndex(const QString &key) const;
    int outputIndex(const QString &key) const;
    /// The port whose dot (or name) is under `local`, if any.
    std::optional<PortHit> portAt(const QPointF &local, qreal tolerance = 9) const;

    const QStringList &summary() const { return m_summary; }
    qreal summaryTop() const;

private:
    QSizeF m_size{Width, 60};
    QVector<Port> m_inputs;
    QVector<Port> m_outputs;
    QStringList m_summary;
};
