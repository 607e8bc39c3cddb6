#include "widgets/canvas/quickaddpopup.h"

#include "widgets/model/catalogtext.h"

#include "widgets/canvas/painting/nodestyle.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

QuickAddPopup::QuickAddPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    m_search->setPlaceholderText(tr("Add node…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    resize(280, 320);
    connect(m_search, &QLineEdit::textChanged, this, &QuickAddPopup::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickAddPopup::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickAddPopup::choose);
    connect(m_list, &QListWidget::itemClicked, this, &QuickAddPopup::choose);
}

void QuickAddPopup::setKinds(const QVector<const pipeline::NodeType *> &kinds)
{
    m_list->clear();
    for (const pipeline::NodeType *type : kinds) {
        auto *item = new QListWidgetItem(NodeStyle::tintedIcon(type), CatalogText::translate(type->label), m_list);
        item->setData(Qt::UserRole, QString::fromStdString(type->kind));
        item->setToolTip(CatalogText::translate(type->description));
        // Also match on kind id and category when filtering.
        item->setData(Qt::UserRole + 1, QString::fromStdString(type->kind + " " + type->label + " "
                                                                 + std::string(pipeline::categoryName(type->category)))
                                   + QLatin1Char(' ') + CatalogText::translate(type->label));
    }
    m_search->clear();
    filter({});
}

void QuickAddPopup::popupAt(const QPoint &globalPos)
{
    move(globalPos);
    show();
    m_search->setFocus();
}

QStringList QuickAddPopup::visibleKinds() const
{
    QStringList kinds;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            kinds << m_list->item(i)->data(Qt::UserRole).toString();
    return kinds;
}

void QuickAddPopup::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = item->data(Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void QuickAddPopup::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const QString kind = item->data(Qt::UserRole).toString();
    hide();
    emit kindChosen(kind);
}

bool QuickAddPopup::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the search field move through the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            int row = m_list->currentRow();
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            for (int r = row + step; r >= 0 && r < m_list->count(); r += step) {
                if (!m_list->item(r)->isHidden()) {
                    m_list->setCurrentRow(r);
                    break;
                }
            }
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}
