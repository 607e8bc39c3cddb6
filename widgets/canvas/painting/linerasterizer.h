#pragma once

#include <QImage>
#include <QLineF>
#include <QRgb>

/// Draws opaque lines straight into an opaque 32-bit image (RGB32),
/// in device pixels: one pixel aliased (Bresenham) or two pixels antialiased (Wu). A 2,000-node canvas
/// draws thousands of wires hundreds of pixels long each; QPainter's cosmetic
/// stroker spends about 20 ns per pixel on clipping and span blending, this a
/// nanosecond or two: the difference between a 35 ms and a 5 ms frame. Lines are
/// clipped to the image (Liang–Barsky) first, so any coordinates are safe.
/// Pixel (x, y) is centred on integer coordinates, in both modes.
class LineRasterizer {
public:
    explicit LineRasterizer(QImage &image);

    void setColor(QRgb color) { m_color = 0xff000000u | color; }
    void drawLine(QPointF from, QPointF to);
    /// A `size` x `size` square with its top-left corner at the pixel nearest `at`.
    void fillSquare(QPointF at, int size);
    /// Two pixels wide and antialiased; the end pixel is left to the next
    /// segment of a polyline.
    void drawSmoothLine(QPointF from, QPointF to);

private:
    /// True when some of the line is in the image; then from/to are inside it.
    bool clipped(QPointF &from, QPointF &to) const;
    bool clip(QPointF &from, QPointF &to, double right, double bottom) const;
    void blend(int x, int y, quint32 alpha);

    uchar *m_bits;
    qsizetype m_stride;
    int m_width;
    int m_height;
    quint32 m_color = 0xff000000u;
};
