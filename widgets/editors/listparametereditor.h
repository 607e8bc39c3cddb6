#pragma once

#include "widgets/editors/parametereditor.h"

class QTableWidget;
class QToolButton;

/// Lists: ItemList (one column per item field), Schema (name, type, sensitive),
/// StringList and ExpressionList (one column). Rows can be added, removed and
/// reordered (route order matters: the first matching route wins).
class ListParameterEditor : public ParameterEditor {
    Q_OBJECT

public:
    ListParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent);
    void setValue(const nlohmann::json &value) override;
    nlohmann::json value() const override;
    QTableWidget *table() const { return m_table; }

    void addRow();
    void removeSelectedRow();
    void moveSelectedRow(int delta);

private:
    struct Column {
        std::string key;
        QString title;
        pipeline::ParameterType type = pipeline::ParameterType::String;
    };
    bool isObjectList() const;
    void commit();
    void fillRow(int row, const nlohmann::json &item);

    QVector<Column> m_columns;
    QTableWidget *m_table;
    nlohmann::json m_items = nlohmann::json::array(); // keeps members the table does not show
    bool m_filling = false;
};
