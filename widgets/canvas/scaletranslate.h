#pragma once

#include <QPointF>
#include <QTransform>

/// The canvas's view transform (a uniform zoom plus a scroll offset) as a plain
/// multiply-add. QTransform::map() re-examines the matrix type on every call,
/// which showed as a tenth of a frame when mapping every wire point.
struct ScaleTranslate {
    qreal sx = 1, sy = 1, dx = 0, dy = 0;

    ScaleTranslate() = default;
    /// `transform` must be a scale and translation only (as a PipelineView's is).
    explicit ScaleTranslate(const QTransform &transform)
        : sx(transform.m11())
        , sy(transform.m22())
        , dx(transform.dx())
        , dy(transform.dy())
    {
    }
    QPointF operator()(const QPointF &p) const { return QPointF(p.x() * sx + dx, p.y() * sy + dy); }
};
