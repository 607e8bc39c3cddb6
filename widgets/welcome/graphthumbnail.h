#pragma once

#include <QImage>
#include <QSize>

namespace pipeline {
class Graph;
}

/// Draws a pipeline as the canvas would (the real node items and wires, scaled
/// down to fit `size`), for the example gallery. Returns a null image for a
/// graph without nodes.
QImage renderGraphThumbnail(const pipeline::Graph &graph, const QSize &size, bool dark = false);
