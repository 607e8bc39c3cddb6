#pragma once

#include "pipeline/core/nodetype.h"

#include <QFrame>
#include <QVector>

class QLineEdit;
class QListWidget;

/// The search box that pops up on a canvas double-click (or when a wire is
/// dropped on empty canvas): type to filter node kinds, Enter or click adds one.
class QuickAddPopup : public QFrame {
    Q_OBJECT

public:
    explicit QuickAddPopup(QWidget *parent = nullptr);

    void setKinds(const QVector<const pipeline::NodeType *> &kinds);
    void popupAt(const QPoint &globalPos);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    /// Kind ids currently listed (after filtering), in order.
    QStringList visibleKinds() const;

signals:
    void kindChosen(const QString &kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void choose();

    QLineEdit *m_search;
    QListWidget *m_list;
};
