#include "widgets/canvas/painting/wirelayer.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/canvas/painting/linerasterizer.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/scaletranslate.h"

#include <QPainter>

namespace {
// Target segment length in device pixels: short enough that curves look round
// when antialiased, longer when aliased, longer still far out, where nobody
// sees corners.
constexpr qreal SmoothSegmentPixels = 10;
constexpr qreal AliasedSegmentPixels = 16;
constexpr qreal FarSegmentPixels = 32;
constexpr qreal FarZoom = 0.25;
} // namespace

const QImage &WireLayer::frame(PipelineScene &scene, const QTransform &viewTransform, const QSize &deviceSize,
                               qreal devicePixelRatio)
{
    if (!m_valid || m_frame.size() != deviceSize || m_frame.devicePixelRatio() != devicePixelRatio
        || m_transform != viewTransform || m_revision != scene.wireRevision()) {
        if (m_frame.size() != deviceSize)
            m_frame = QImage(deviceSize, QImage::Format_RGB32);
        m_frame.setDevicePixelRatio(devicePixelRatio);
        m_transform = viewTransform;
        m_revision = scene.wireRevision();
        render(scene);
        m_valid = true;
    }
    return m_frame;
}

void WireLayer::render(PipelineScene &scene)
{
    ++m_renders;
    m_wiresPainted = 0;
    const qreal dpr = m_frame.devicePixelRatio();
    const QRectF visible = m_transform.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(m_frame.size()) / dpr));
    const ScaleTranslate toDevice(m_transform * QTransform::fromScale(dpr, dpr));
    LineRasterizer raster(m_frame);

    // The background as PipelineScene::paintBackground draws it, pixel by pixel:
    // QPainter's point drawing costs ~2 ms for a zoomed-out grid, this a tenth.
    m_frame.fill(scene.theme().background);
    if (const qreal step = scene.gridDotStep(m_transform.m11()); step > 0) {
        raster.setColor(scene.theme().gridDot.rgb());
        const int dot = std::max(1, int(2 * dpr + 0.5));
        for (qreal x = std::floor(visible.left() / step) * step; x < visible.right(); x += step)
            for (qreal y = std::floor(visible.top() / step) * step; y < visible.bottom(); y += step)
                raster.fillSquare(toDevice(QPointF(x, y)) - QPointF(dot / 2.0, dot / 2.0), dot);
    }
    if (!scene.plainWiresInLayer())
        return;

    const qreal scale = m_transform.m11() * dpr;
    const QRectF cull = visible.adjusted(-4, -4, 4, 4);
    const bool smooth = m_transform.m11() >= SmoothFromZoom;
    const qreal segmentPixels = smooth ? SmoothSegmentPixels
                                : m_transform.m11() < FarZoom ? FarSegmentPixels
                                                              : AliasedSegmentPixels;
    raster.setColor(scene.theme().edge.rgb());
    for (const EdgeItem *edge : scene.edgeItems()) {
        if (edge->look() != EdgeItem::Look::Plain || !edge->isVisible())
            continue;
        bool drawn = false;
        const int stride = edge->strideFor(scale, segmentPixels);
        edge->forEachSegment(cull, toDevice, stride, [&](const QPointF &a, const QPointF &b) {
            drawn = true;
            if (smooth) {
                raster.drawSmoothLine(a, b);
            } else {
                raster.drawLine(a, b);
            }
        });
        m_wiresPainted += drawn;
    }
}
