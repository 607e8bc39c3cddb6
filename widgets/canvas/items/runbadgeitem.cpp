#include "widgets/canvas/items/runbadgeitem.h"

#include "widgets/canvas/painting/canvastheme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace {

constexpr qreal LineHeight = 15;
constexpr qreal Margin = 5;

QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

QString count(quint64 value)
{
    return QLocale().toString(value);
}

} // namespace

RunBadgeItem::RunBadgeItem(const CanvasTheme *theme, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_theme(theme)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(5);
    setCacheMode(DeviceCoordinateCache);
}

void RunBadgeItem::setTheme(const CanvasTheme *theme)
{
    m_theme = theme;
    update();
}

void RunBadgeItem::setStats(const NodeRunStats &stats, bool active)
{
    if (stats == m_stats && active == m_active && !m_lines.isEmpty())
        return;
    m_stats = stats;
    m_active = active;
    QStringList lines;
    lines << QCoreApplication::translate("RunBadgeItem", "in %1 · out %2 · %3/s")
                 .arg(count(stats.in), count(stats.out), QLocale().toString(stats.ratePerSecond, 'f', stats.ratePerSecond < 10 ? 1 : 0));
    QStringList extra;
    if (stats.filtered)
        extra << QCoreApplication::translate("RunBadgeItem", "filtered %1").arg(count(stats.filtered));
    if (stats.deadLettered)
        extra << QCoreApplication::translate("RunBadgeItem", "dlq %1").arg(count(stats.deadLettered));
    if (stats.errors)
        extra << QCoreApplication::translate("RunBadgeItem", "errors %1").arg(count(stats.errors));
    if (!extra.isEmpty())
        lines << extra.join(QStringLiteral(" · "));
    if (stats.llm) {
        QString llm = QCoreApplication::translate("RunBadgeItem", "calls %1").arg(count(stats.llmCalls));
        if (stats.llmCacheHits)
            llm += QStringLiteral(" · ") + QCoreApplication::translate("RunBadgeItem", "cache %1").arg(count(stats.llmCacheHits));
        llm += QStringLiteral(" · ") + QCoreApplication::translate("RunBadgeItem", "%1 tok · $%2")
                                           .arg(count(stats.llmTokens), QLocale().toString(stats.llmCost, 'f', 4));
        if (stats.llmRetries)
            llm += QStringLiteral(" · ") + QCoreApplication::translate("RunBadgeItem", "retries %1").arg(count(stats.llmRetries));
        lines << llm;
    }
    m_problems = stats.errors > 0 || stats.deadLettered > 0;

    const QFontMetricsF metrics(badgeFont());
    qreal width = 0;
    for (const QString &line : std::as_const(lines))
        width = std::max(width, metrics.horizontalAdvance(line));
    prepareGeometryChange();
    m_lines = lines;
    m_rect = QRectF(0, 0, width + 2 * Margin, lines.size() * LineHeight + 2);
    update();
}

QRectF RunBadgeItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

QColor RunBadgeItem::frameColor() const
{
    if (!m_active)
        return m_theme->nodeBorder;
    return m_problems ? m_theme->warning : m_theme->accepted;
}

void RunBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_lines.isEmpty())
        return;
    // Unreadable when zoomed far out: a plain bar keeps the hint that numbers are there.
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor fill = m_theme->nodeBody;
    fill.setAlpha(235);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.5);
    painter->setPen(QPen(frameColor(), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 4, 4);
    if (lod < 0.4)
        return;
    painter->setFont(badgeFont());
    painter->setPen(m_theme->nodeText);
    for (int i = 0; i < m_lines.size(); ++i) {
        if (i > 0)
            painter->setPen(m_problems ? m_theme->warning : m_theme->nodeSubtleText);
        painter->drawText(QRectF(Margin, 1 + i * LineHeight, m_rect.width() - Margin, LineHeight),
                          Qt::AlignVCenter | Qt::AlignLeft, m_lines[i]);
    }
}
