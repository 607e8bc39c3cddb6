#include "widgets/editors/listparametereditor.h"

#include "widgets/model/catalogtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

ListParameterEditor::ListParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
    : ParameterEditor(descriptor, parent)
    , m_table(new QTableWidget(this))
{
    using pipeline::ParameterType;
    if (descriptor.type == ParameterType::ItemList) {
        for (const auto &field : descriptor.itemFields)
            m_columns.push_back({field.key, field.label.empty() ? QString::fromStdString(field.key) : CatalogText::translate(field.label), field.type});
    } else if (descriptor.type == ParameterType::Schema) {
        m_columns = {{"name", tr("Name"), ParameterType::String},
                     {"type", tr("Type"), ParameterType::String},
                     {"sensitive", tr("Sensitive"), ParameterType::Boolean}};
    } else {
        m_columns = {{"", descriptor.type == ParameterType::ExpressionList ? tr("Expression") : tr("Value"),
                      ParameterType::String}};
    }
    QStringList headers;
    for (const Column &column : m_columns)
        headers << column.title;
    m_table->setColumnCount(int(m_columns.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);

    auto *buttons = new QHBoxLayout;
    auto makeButton = [this, buttons](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        buttons->addWidget(button);
        connect(button, &QToolButton::clicked, this, slot);
        return button;
    };
    makeButton(QStringLiteral("+"), tr("Add an entry"), [this] { addRow(); });
    makeButton(QStringLiteral("−"), tr("Remove the selected entry"), [this] { removeSelectedRow(); });
    makeButton(QStringLiteral("↑"), tr("Move up"), [this] { moveSelectedRow(-1); });
    makeButton(QStringLiteral("↓"), tr("Move down"), [this] { moveSelectedRow(1); });
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commit();
    });
}

bool ListParameterEditor::isObjectList() const
{
    return descriptor().type == pipeline::ParameterType::ItemList || descriptor().type == pipeline::ParameterType::Schema;
}

void ListParameterEditor::fillRow(int row, const nlohmann::json &item)
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns[c];
        const nlohmann::json *value = nullptr;
        if (!isObjectList())
            value = &item;
        else if (item.is_object() && item.contains(column.key))
            value = &item[column.key];
        auto *cell = new QTableWidgetItem;
        if (column.type == pipeline::ParameterType::Boolean) {
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            cell->setCheckState(value && value->is_boolean() && value->get<bool>() ? Qt::Checked : Qt::Unchecked);
        } else if (value && value->is_string()) {
            cell->setText(QString::fromStdString(value->get<std::string>()));
        } else if (value && !value->is_null()) {
            cell->setText(QString::fromStdString(value->dump()));
        }
        m_table->setItem(row, c, cell);
    }
}

void ListParameterEditor::setValue(const nlohmann::json &raw)
{
    const nlohmann::json value = effective(raw);
    m_items = value.is_array() ? value : nlohmann::json::array();
    m_filling = true;
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < int(m_items.size()); ++row)
        fillRow(row, m_items[row]);
    m_filling = false;
}

nlohmann::json ListParameterEditor::value() const
{
    nlohmann::json out = nlohmann::json::array();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        nlohmann::json item = isObjectList() && row < int(m_items.size()) && m_items[row].is_object()
                                  ? m_items[row]
                                  : nlohmann::json::object();
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns[c];
            const QTableWidgetItem *cell = m_table->item(row, c);
            nlohmann::json v;
            if (column.type == pipeline::ParameterType::Boolean) {
                v = cell && cell->checkState() == Qt::Checked;
            } else {
                const QString text = cell ? cell->text() : QString();
                bool ok = false;
                if (column.type == pipeline::ParameterType::Integer && (text.toLongLong(&ok), ok))
                    v = text.toLongLong();
                else if (column.type == pipeline::ParameterType::Number && (text.toDouble(&ok), ok))
                    v = text.toDouble();
                else
                    v = text.toStdString();
            }
            if (!isObjectList()) {
                item = v;
                break;
            }
            if (v.is_string() && v.get<std::string>().empty())
                item.erase(column.key); // empty optional field = unset
            else
                item[column.key] = v;
        }
        out.push_back(item);
    }
    return out;
}

void ListParameterEditor::commit()
{
    m_items = value();
    emit edited(m_items);
    emit editingFinished();
}

void ListParameterEditor::addRow()
{
    nlohmann::json item;
    if (isObjectList()) {
        item = nlohmann::json::object();
        for (const auto &field : descriptor().itemFields)
            if (!field.defaultValue.is_null())
                item[field.key] = field.defaultValue;
        if (descriptor().type == pipeline::ParameterType::Schema)
            item = {{"name", ""}, {"type", "string"}};
    } else {
        item = "";
    }
    m_items.push_back(item);
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    fillRow(row, item);
    m_filling = false;
    m_table->setCurrentCell(row, 0);
    commit();
}

void ListParameterEditor::removeSelectedRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (row < int(m_items.size()))
        m_items.erase(m_items.begin() + row);
    commit();
}

void ListParameterEditor::moveSelectedRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    nlohmann::json items = value();
    std::swap(items[row], items[target]);
    setValue(items);
    m_table->setCurrentCell(target, 0);
    commit();
}
