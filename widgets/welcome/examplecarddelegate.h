#pragma once

#include <QStyledItemDelegate>

/// Paints an example gallery card: the graph's thumbnail, the name in bold and
/// the description in up to three lines (elided; the tooltip has all of it).
class ExampleCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int DescriptionLines = 3;
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The description broken into at most `maxLines` lines of `width` pixels, the last one elided.
    static QStringList wrapText(const QString &text, const QFont &font, int width, int maxLines);
};
