#pragma once

#include <QGraphicsItem>

/// The parent of the tools' transient items (the wire being dragged, the rubber
/// band, the refusal text). It paints nothing itself; keeping them under one
/// parent lets the overview renderer find them without a scene query.
class OverlayLayer : public QGraphicsItem {
public:
    enum { Type = UserType + 30 };

    OverlayLayer()
    {
        setFlag(ItemHasNoContents);
        setZValue(50);
    }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};
