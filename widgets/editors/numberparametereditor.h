#pragma once

#include "widgets/editors/parametereditor.h"

class QAbstractSpinBox;

/// Integer and Number parameters, bounded by the descriptor's minimum/maximum.
class NumberParameterEditor : public ParameterEditor {
    Q_OBJECT

public:
    NumberParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent);
    void setValue(const nlohmann::json &value) override;
    nlohmann::json value() const override;
    QAbstractSpinBox *spinBox() const { return m_spin; }

private:
    QAbstractSpinBox *m_spin;
};
