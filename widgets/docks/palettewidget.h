#pragma once

#include "pipeline/core/catalog.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

/// The node palette: every catalog kind grouped by category, filtered by a
/// search field. Drag an entry onto the canvas to create the node there, or
/// activate it (double-click/Enter) to add it in the middle of the view.
class PaletteWidget : public QWidget {
    Q_OBJECT

public:
    explicit PaletteWidget(const pipeline::Catalog &catalog, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }
    /// The tree item of a kind (for tests and keyboard navigation).
    QTreeWidgetItem *itemForKind(const QString &kind) const;
    /// Kinds still shown under the current filter.
    QStringList visibleKinds() const;

signals:
    void kindActivated(const QString &kind);

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
};
