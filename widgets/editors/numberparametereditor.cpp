#include "widgets/editors/numberparametereditor.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

NumberParameterEditor::NumberParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
    : ParameterEditor(descriptor, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (descriptor.type == pipeline::ParameterType::Integer) {
        auto *spin = new QSpinBox(this);
        spin->setRange(descriptor.minimum ? int(*descriptor.minimum) : 0,
                       descriptor.maximum ? int(*descriptor.maximum) : std::numeric_limits<int>::max());
        connect(spin, &QSpinBox::valueChanged, this, [this](int v) { emit edited(v); });
        m_spin = spin;
    } else {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(3);
        spin->setSingleStep(0.1);
        spin->setRange(descriptor.minimum ? *descriptor.minimum : -1e12, descriptor.maximum ? *descriptor.maximum : 1e12);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this](double v) { emit edited(v); });
        m_spin = spin;
    }
    m_spin->setKeyboardTracking(false);
    layout->addWidget(m_spin);
    connect(m_spin, &QAbstractSpinBox::editingFinished, this, &ParameterEditor::editingFinished);
}

void NumberParameterEditor::setValue(const nlohmann::json &raw)
{
    const nlohmann::json value = effective(raw);
    const QSignalBlocker blocker(m_spin);
    if (auto *spin = qobject_cast<QSpinBox *>(m_spin))
        spin->setValue(value.is_number() ? value.get<int>() : 0);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_spin))
        spin->setValue(value.is_number() ? value.get<double>() : 0.0);
}

nlohmann::json NumberParameterEditor::value() const
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_spin))
        return spin->value();
    return static_cast<QDoubleSpinBox *>(m_spin)->value();
}
