#include "widgets/canvas/painting/linerasterizer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

LineRasterizer::LineRasterizer(QImage &image)
    : m_bits(image.bits())
    , m_stride(image.bytesPerLine())
    , m_width(image.width())
    , m_height(image.height())
{
    Q_ASSERT(image.depth() == 32);
}

bool LineRasterizer::clip(QPointF &from, QPointF &to, double right, double bottom) const
{
    // Liang–Barsky against [0, right] x [0, bottom].
    const double dx = to.x() - from.x(), dy = to.y() - from.y();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {from.x(), right - from.x(), from.y(), bottom - from.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = from;
    from = start + QPointF(dx * t0, dy * t0);
    to = start + QPointF(dx * t1, dy * t1);
    return true;
}

bool LineRasterizer::clipped(QPointF &from, QPointF &to) const
{
    const double right = m_width - 1, bottom = m_height - 1;
    const bool inside = from.x() >= 0 && from.y() >= 0 && to.x() >= 0 && to.y() >= 0 && from.x() <= right
                        && to.x() <= right && from.y() <= bottom && to.y() <= bottom;
    return inside || clip(from, to, right, bottom);
}

namespace {
bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}
} // namespace

void LineRasterizer::drawLine(QPointF from, QPointF to)
{
    if (m_width <= 0 || m_height <= 0 || !finite(from) || !finite(to) || !clipped(from, to))
        return;
    // Bresenham on the clipped, rounded end points (all >= 0, so +0.5 rounds);
    // the clamp guards rounding at the border.
    auto clampX = [this](double v) { return std::min(int(v + 0.5), m_width - 1); };
    auto clampY = [this](double v) { return std::min(int(v + 0.5), m_height - 1); };
    int x = clampX(from.x()), y = clampY(from.y());
    const int x1 = clampX(to.x()), y1 = clampY(to.y());
    const int dx = std::abs(x1 - x), dy = -std::abs(y1 - y);
    const int sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1;
    const qsizetype rowStep = sy * m_stride;
    uchar *row = m_bits + y * m_stride;
    int error = dx + dy;
    for (;;) {
        reinterpret_cast<quint32 *>(row)[x] = m_color;
        if (x == x1 && y == y1)
            break;
        const int twice = 2 * error;
        if (twice >= dy) {
            error += dy;
            x += sx;
        }
        if (twice <= dx) {
            error += dx;
            y += sy;
            row += rowStep;
        }
    }
}

void LineRasterizer::fillSquare(QPointF at, int size)
{
    if (!finite(at))
        return;
    const int left = std::max(0, int(std::floor(at.x() + 0.5))), top = std::max(0, int(std::floor(at.y() + 0.5)));
    const int right = std::min(m_width, int(std::floor(at.x() + 0.5)) + size);
    const int bottom = std::min(m_height, int(std::floor(at.y() + 0.5)) + size);
    for (int y = top; y < bottom; ++y) {
        auto *row = reinterpret_cast<quint32 *>(m_bits + y * m_stride);
        for (int x = left; x < right; ++x)
            row[x] = m_color;
    }
}

namespace {

// colour over pixel with alpha 0..255, exact at both ends: red and blue in one
// packed multiply (16 bits apart, so they cannot carry into each other), green
// in another; x / 255 as (x + 128 + ((x + 128) >> 8)) >> 8.
inline quint32 mix(quint32 color, quint32 pixel, quint32 alpha)
{
    const quint32 inverse = 255 - alpha;
    quint32 rb = (color & 0xff00ffu) * alpha + (pixel & 0xff00ffu) * inverse + 0x800080u;
    rb = ((rb + ((rb >> 8) & 0xff00ffu)) >> 8) & 0xff00ffu;
    quint32 g = ((color >> 8) & 0xffu) * alpha + ((pixel >> 8) & 0xffu) * inverse + 0x80u;
    g = ((g + (g >> 8)) >> 8) & 0xffu;
    return 0xff000000u | rb | (g << 8);
}

} // namespace

void LineRasterizer::blend(int x, int y, quint32 alpha)
{
    // Rounding the end points can step a pixel past the clipped line.
    if (alpha == 0 || x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    quint32 &pixel = reinterpret_cast<quint32 *>(m_bits + y * m_stride)[x];
    pixel = alpha >= 255 ? m_color : mix(m_color, pixel, alpha);
}

void LineRasterizer::drawSmoothLine(QPointF from, QPointF to)
{
    // A two-pixel band along the minor axis, antialiased at both edges (Wu's
    // algorithm widened): per column one full pixel and two partial ones.
    if (m_width < 4 || m_height < 4 || !finite(from) || !finite(to) || !clipped(from, to))
        return;
    double x0 = from.x(), y0 = from.y(), x1 = to.x(), y1 = to.y();
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    if (steep) {
        std::swap(x0, y0);
        std::swap(x1, y1);
    }
    const bool reversed = x0 > x1;
    if (reversed) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    const double gradient = x1 - x0 < 1e-9 ? 0 : (y1 - y0) / (x1 - x0);
    const int start = int(x0 + 0.5), end = int(x1 + 0.5);
    // Leave out the pixel the next segment starts with, so joints are not drawn twice.
    const int first = reversed ? start + 1 : start;
    const int last = reversed ? end : end - 1;
    if (first > last)
        return;
    // The band's top edge in 24.8 fixed point, centred on the line.
    constexpr int One = 256;
    int top = int(std::floor((y0 + gradient * (first - x0) - 0.5) * One));
    const int step = int(gradient * One);
    const int topEnd = top + step * (last - first);
    const int majorLimit = steep ? m_height : m_width, minorLimit = steep ? m_width : m_height;
    const bool inside = first >= 0 && last < majorLimit && std::min(top, topEnd) >= 0
                        && (std::max(top, topEnd) >> 8) + 2 < minorLimit;
    if (!inside) {
        // Near the border: the careful way, pixel by pixel.
        for (int x = first; x <= last; ++x, top += step) {
            const int row = top >> 8;
            const quint32 below = quint32(top & (One - 1));
            if (steep) {
                blend(row, x, 255 - below);
                blend(row + 1, x, 255);
                blend(row + 2, x, below);
            } else {
                blend(x, row, 255 - below);
                blend(x, row + 1, 255);
                blend(x, row + 2, below);
            }
        }
        return;
    }
    // Every pixel is inside: no checks, addresses stepped directly.
    const quint32 color = m_color;
    if (steep) {
        for (int y = first; y <= last; ++y, top += step) {
            quint32 *p = reinterpret_cast<quint32 *>(m_bits + y * m_stride) + (top >> 8);
            const quint32 below = quint32(top & (One - 1));
            p[0] = mix(color, p[0], 255 - below);
            p[1] = color;
            p[2] = mix(color, p[2], below);
        }
    } else {
        const qsizetype stride = m_stride / 4;
        for (int x = first; x <= last; ++x, top += step) {
            quint32 *p = reinterpret_cast<quint32 *>(m_bits + (top >> 8) * m_stride) + x;
            const quint32 below = quint32(top & (One - 1));
            p[0] = mix(color, p[0], 255 - below);
            p[stride] = color;
            p[2 * stride] = mix(color, p[2 * stride], below);
        }
    }
}
