#include "widgets/editors/choiceparametereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QVBoxLayout>

ChoiceParameterEditor::ChoiceParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
    : ParameterEditor(descriptor, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (descriptor.type == pipeline::ParameterType::Boolean) {
        m_check = new QCheckBox(this);
        layout->addWidget(m_check);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            emit edited(on);
            emit editingFinished();
        });
        return;
    }
    m_combo = new QComboBox(this);
    if (!descriptor.required && descriptor.defaultValue.is_null())
        m_combo->addItem(tr("(not set)"), QString());
    for (const std::string &allowed : descriptor.allowedValues)
        m_combo->addItem(QString::fromStdString(allowed), QString::fromStdString(allowed));
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString v = m_combo->itemData(index).toString();
        emit edited(v.isEmpty() ? nlohmann::json() : nlohmann::json(v.toStdString()));
        emit editingFinished();
    });
}

void ChoiceParameterEditor::setValue(const nlohmann::json &raw)
{
    const nlohmann::json value = effective(raw);
    if (m_check) {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(value.is_boolean() && value.get<bool>());
        return;
    }
    const QSignalBlocker blocker(m_combo);
    const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    int index = m_combo->findData(text);
    if (index < 0 && !text.isEmpty()) {
        // A value the catalog does not allow (hand-edited file): show it, validation flags it.
        m_combo->addItem(text, text);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(std::max(0, index));
}

nlohmann::json ChoiceParameterEditor::value() const
{
    if (m_check)
        return m_check->isChecked();
    const QString v = m_combo->currentData().toString();
    return v.isEmpty() ? nlohmann::json() : nlohmann::json(v.toStdString());
}
