#pragma once

#include "widgets/editors/parametereditor.h"

class QCheckBox;
class QComboBox;

/// Boolean (check box) and Enum (combo box of the allowed values).
class ChoiceParameterEditor : public ParameterEditor {
    Q_OBJECT

public:
    ChoiceParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent);
    void setValue(const nlohmann::json &value) override;
    nlohmann::json value() const override;
    /// A click or a pick is a whole edit: with focus still on the box, an undo
    /// must show in it, there is no half-typed text to protect.
    bool isEditing() const override { return false; }
    QComboBox *comboBox() const { return m_combo; }
    QCheckBox *checkBox() const { return m_check; }

private:
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
};
