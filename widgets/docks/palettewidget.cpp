#include "widgets/docks/palettewidget.h"

#include "widgets/model/catalogtext.h"

#include "widgets/canvas/mimetypes.h"
#include "widgets/canvas/painting/nodestyle.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;

// Items carry the kind id; dragging one offers it in the node-kind format.
class PaletteTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {MimeTypes::NodeKind}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.front()->data(0, KindRole).toString().isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(MimeTypes::NodeKind, items.front()->data(0, KindRole).toString().toUtf8());
        return mime;
    }
};

} // namespace

PaletteWidget::PaletteWidget(const pipeline::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    m_search->setPlaceholderText(tr("Search nodes…"));
    m_search->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setRootIsDecorated(true);
    m_tree->setIconSize(QSize(18, 18));

    for (pipeline::Category category : {pipeline::Category::Source, pipeline::Category::Transform,
                                        pipeline::Category::Ai, pipeline::Category::Sink}) {
        auto *group = new QTreeWidgetItem(m_tree, {NodeStyle::categoryTitle(category)});
        group->setFlags(Qt::ItemIsEnabled);
        group->setForeground(0, NodeStyle::categoryColor(category));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const pipeline::NodeType *type : catalog.byCategory(category)) {
            auto *item = new QTreeWidgetItem(group, {CatalogText::translate(type->label)});
            item->setIcon(0, NodeStyle::tintedIcon(type));
            item->setData(0, KindRole, QString::fromStdString(type->kind));
            // Search finds a kind by its English and its translated words.
            item->setData(0, SearchRole, QString::fromStdString(type->kind + " " + type->label + " " + type->description) + QLatin1Char(' ')
                                             + CatalogText::translate(type->label) + QLatin1Char(' ') + CatalogText::translate(type->description));
            item->setToolTip(0, CatalogText::translate(type->description));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setExpanded(true);
    }
    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::filter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString kind = item->data(0, KindRole).toString();
        if (!kind.isEmpty())
            emit kindActivated(kind);
    });
}

QTreeWidgetItem *PaletteWidget::itemForKind(const QString &kind) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, KindRole).toString() == kind)
                return group->child(i);
    }
    return nullptr;
}

QStringList PaletteWidget::visibleKinds() const
{
    QStringList kinds;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden() && !group->isHidden())
                kinds << group->child(i)->data(0, KindRole).toString();
    }
    return kinds;
}

void PaletteWidget::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->data(0, SearchRole).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
}
