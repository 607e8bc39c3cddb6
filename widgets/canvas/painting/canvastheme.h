#pragma once

#include <QColor>

/// Colours of the canvas for one theme. Resolved once per theme change, never in
/// paint(): paint code only reads these fields.
struct CanvasTheme {
    QColor background;
    QColor gridDot;
    QColor nodeBody;
    QColor nodeBorder;
    QColor nodeText;
    QColor nodeSubtleText;
    QColor selection;
    QColor edge;
    QColor edgeHover;
    QColor portFill;
    QColor accepted;
    QColor refused;
    QColor error;
    QColor warning;
    bool dark = false;

    static CanvasTheme light();
    static CanvasTheme darkTheme();
};
