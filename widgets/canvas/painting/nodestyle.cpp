#include "widgets/canvas/painting/nodestyle.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace {
QIcon cachedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it != cache.end())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(name, icon);
    return icon;
}
} // namespace

QColor NodeStyle::categoryColor(pipeline::Category category)
{
    switch (category) {
    case pipeline::Category::Source: return QColor(0x2e, 0x7d, 0x32);
    case pipeline::Category::Transform: return QColor(0x15, 0x65, 0xc0);
    case pipeline::Category::Ai: return QColor(0x8e, 0x24, 0xaa);
    case pipeline::Category::Sink: return QColor(0xd8, 0x43, 0x15);
    }
    return unknownKindColor();
}

QColor NodeStyle::unknownKindColor()
{
    return QColor(0x61, 0x61, 0x61);
}

QString NodeStyle::categoryTitle(pipeline::Category category)
{
    switch (category) {
    case pipeline::Category::Source: return QCoreApplication::translate("NodeStyle", "Sources");
    case pipeline::Category::Transform: return QCoreApplication::translate("NodeStyle", "Transforms");
    case pipeline::Category::Ai: return QCoreApplication::translate("NodeStyle", "AI");
    case pipeline::Category::Sink: return QCoreApplication::translate("NodeStyle", "Sinks");
    }
    return {};
}

QIcon NodeStyle::categoryIcon(pipeline::Category category)
{
    return cachedIcon(QStringLiteral("category-") + QString::fromStdString(std::string(pipeline::categoryName(category))));
}

QIcon NodeStyle::icon(const pipeline::NodeType *type)
{
    if (!type)
        return cachedIcon(QStringLiteral("warning"));
    QIcon icon = cachedIcon(QString::fromStdString(type->icon.empty() ? type->kind : type->icon));
    return icon.isNull() ? categoryIcon(type->category) : icon;
}

QIcon NodeStyle::tintedIcon(const pipeline::NodeType *type)
{
    static QHash<QString, QIcon> cache;
    const QString key = type ? QString::fromStdString(type->kind) : QString();
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    const QIcon plain = icon(type);
    QIcon tinted;
    if (!plain.isNull()) {
        QPixmap pixmap = plain.pixmap(QSize(48, 48));
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), type ? categoryColor(type->category) : unknownKindColor());
        painter.end();
        tinted = QIcon(pixmap);
    }
    cache.insert(key, tinted);
    return tinted;
}
