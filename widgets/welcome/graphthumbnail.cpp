#include "widgets/welcome/graphthumbnail.h"

#include "widgets/canvas/painting/canvastheme.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/model/graphmodel.h"

#include "pipeline/core/graph.h"

#include <QPainter>

QImage renderGraphThumbnail(const pipeline::Graph &graph, const QSize &size, bool dark)
{
    if (graph.nodes().empty() || size.isEmpty())
        return {};
    // The real scene, so the thumbnail shows the same nodes, colours and wires as
    // the canvas (scene items paint their wires themselves when no view draws them).
    GraphModel model;
    model.resetGraph(graph);
    PipelineScene scene(&model);
    const CanvasTheme theme = dark ? CanvasTheme::darkTheme() : CanvasTheme::light();
    scene.setTheme(theme);
    scene.setGridVisible(false);
    const QRectF bounds = scene.nodesBoundingRect().adjusted(-24, -24, 24, 24);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(dark ? QColor(0x1e, 0x21, 0x24) : QColor(0xf7, 0xf8, 0xfa));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), bounds, Qt::KeepAspectRatio);
    return image;
}
