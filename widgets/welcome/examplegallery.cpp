#include "widgets/welcome/examplegallery.h"

#include "widgets/welcome/examplecarddelegate.h"
#include "widgets/welcome/graphthumbnail.h"

#include "pipeline/serialization/pipelinereader.h"

#include <QFile>
#include <QFileInfo>

ExampleGallery::ExampleGallery(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("exampleGallery"));
    setViewMode(QListView::IconMode);
    setIconSize(ThumbnailSize);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setWrapping(true);
    setWordWrap(true);
    setSpacing(8);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMouseTracking(true); // hover highlight on the cards
    setItemDelegate(new ExampleCardDelegate(this));
    QStyleOptionViewItem option;
    option.initFrom(this);
    option.decorationSize = ThumbnailSize;
    setGridSize(itemDelegate()->sizeHint(option, {}) + QSize(8, 8));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit exampleActivated(item->data(Qt::UserRole).toString());
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (m_singleClickOpens)
            emit exampleActivated(item->data(Qt::UserRole).toString());
    });
}

QString ExampleGallery::titleFromFileName(const QString &path)
{
    QString title = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    title.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    // Abbreviations as people write them.
    static const QStringList upper{QStringLiteral("llm"), QStringLiteral("rag"), QStringLiteral("pii"), QStringLiteral("sql")};
    QStringList words = title.split(QLatin1Char(' '));
    for (QString &word : words) {
        if (upper.contains(word.toLower()))
            word = word.toUpper();
        else if (word.compare(QLatin1String("iot"), Qt::CaseInsensitive) == 0)
            word = QStringLiteral("IoT");
    }
    return words.join(QLatin1Char(' '));
}

QList<ExampleEntry> ExampleGallery::loadExamples(const QStringList &files, bool dark)
{
    QList<ExampleEntry> entries;
    for (const QString &path : files) {
        ExampleEntry entry;
        entry.path = path;
        entry.title = titleFromFileName(path);
        const pipeline::LoadResult result = pipeline::readPipelineFile(QFile::encodeName(path).toStdString());
        if (!result.ok()) {
            entry.error = QString::fromStdString(result.errorText()).trimmed();
        } else {
            entry.description = QString::fromStdString(result.graph->description);
            entry.thumbnail = renderGraphThumbnail(*result.graph, ThumbnailSize * 2, dark); // sharp on HiDPI
            entry.thumbnail.setDevicePixelRatio(2);
        }
        entries << entry;
    }
    return entries;
}

void ExampleGallery::setExamples(const QList<ExampleEntry> &examples)
{
    m_examples = examples;
    clear();
    for (const ExampleEntry &entry : examples) {
        auto *item = new QListWidgetItem(this);
        item->setText(entry.title);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(entry.error.isEmpty() ? entry.description
                                               : tr("Cannot read this example: %1").arg(entry.error));
        item->setData(Qt::AccessibleDescriptionRole, entry.error.isEmpty() ? entry.description : entry.error);
        if (!entry.thumbnail.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(entry.thumbnail)));
        item->setSizeHint(gridSize() - QSize(8, 8));
    }
}

QString ExampleGallery::currentPath() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}
