#pragma once

#include <QImage>
#include <QTransform>

class PipelineScene;

/// The canvas background with every plain wire on it, rendered for the viewport
/// into one cached frame that QGraphicsView draws as its background. Nearly all
/// wires are plain; painting them item by item through QPainter costs tens of
/// milliseconds on a 2,000-node pipeline, rasterising them in one pass a few.
/// The frame is rendered again only when the view transform, the viewport size
/// or the scene's wire revision changed, so hover and run-badge updates just blit.
class WireLayer {
public:
    /// Zoom from which wires are antialiased and drawn two pixels wide.
    static constexpr qreal SmoothFromZoom = 0.5;

    /// The frame for a viewport of `deviceSize` pixels seen through
    /// `viewTransform` (scene to logical viewport coordinates).
    const QImage &frame(PipelineScene &scene, const QTransform &viewTransform, const QSize &deviceSize,
                        qreal devicePixelRatio);
    /// How many wires the last render drew, and how many renders there were.
    int wiresPainted() const { return m_wiresPainted; }
    int renders() const { return m_renders; }

private:
    void render(PipelineScene &scene);

    QImage m_frame;
    QTransform m_transform;
    quint64 m_revision = 0;
    bool m_valid = false;
    int m_wiresPainted = 0;
    int m_renders = 0;
};
