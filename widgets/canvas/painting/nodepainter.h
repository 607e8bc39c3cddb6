#pragma once

class NodeItem;
class QPainter;
class QStyleOptionGraphicsItem;

/// Draws a NodeItem with level of detail: zoomed far out a coloured block,
/// mid-range header and dots, close up everything (port names, summary, badge).
/// Fonts and pens are built once; paint() does no style lookups.
class NodePainter {
public:
    static void paint(QPainter *painter, const NodeItem &item, const QStyleOptionGraphicsItem *option);
    /// Off = always full detail; only the benchmark's naive baseline turns it off.
    static void setLevelOfDetailEnabled(bool enabled);
    /// Below this level of detail only blocks are drawn.
    static constexpr double BlockLod = 0.25;
    /// Below this, text other than the title is skipped.
    static constexpr double DetailLod = 0.45;
};
