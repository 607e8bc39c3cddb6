#include "widgets/welcome/examplecarddelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int Margin = 8;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont descriptionFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

QStringList ExampleCardDelegate::wrapText(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0 || maxLines <= 0)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line holds the rest, elided.
            const QString rest = text.mid(line.textStart()).simplified();
            lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QSize ExampleCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize icon = option.decorationSize;
    const int title = QFontMetrics(titleFont(option.font)).lineSpacing();
    const int description = QFontMetrics(descriptionFont(option.font)).lineSpacing() * DescriptionLines;
    Q_UNUSED(index);
    return {icon.width() + 2 * Margin, icon.height() + title + description + 4 * Margin};
}

void ExampleCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QPalette &palette = opt.palette;
    const QRect card = opt.rect.adjusted(2, 2, -2, -2);
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hovered = opt.state & QStyle::State_MouseOver;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->setBrush(hovered ? palette.color(QPalette::AlternateBase) : palette.color(QPalette::Base));
    painter->drawRoundedRect(card, 6, 6);

    const QSize iconSize = opt.decorationSize;
    const QRect iconRect(card.left() + (card.width() - iconSize.width()) / 2, card.top() + Margin, iconSize.width(),
                         iconSize.height());
    opt.icon.paint(painter, iconRect);

    const int width = card.width() - 2 * Margin;
    int y = iconRect.bottom() + Margin;
    const QFont title = titleFont(opt.font);
    painter->setFont(title);
    painter->setPen(palette.color(QPalette::Text));
    const QFontMetrics titleMetrics(title);
    painter->drawText(QRect(card.left() + Margin, y, width, titleMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(opt.text, Qt::ElideRight, width));
    y += titleMetrics.lineSpacing() + 2;

    const QFont description = descriptionFont(opt.font);
    painter->setFont(description);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const int lineHeight = QFontMetrics(description).lineSpacing();
    const QString text = index.data(Qt::AccessibleDescriptionRole).toString();
    for (const QString &line : wrapText(text, description, width, DescriptionLines)) {
        painter->drawText(QRect(card.left() + Margin, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    painter->restore();
}
