#pragma once

#include "widgets/editors/parametereditor.h"

class ExpressionEdit;

/// An Expression parameter: a one-line ExpressionEdit checked against the input schema.
class ExpressionParameterEditor : public ParameterEditor {
    Q_OBJECT

public:
    ExpressionParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent);
    void setValue(const nlohmann::json &value) override;
    nlohmann::json value() const override;
    void setInputSchema(const pipeline::Schema &schema) override;
    ExpressionEdit *edit() const { return m_edit; }

private:
    ExpressionEdit *m_edit;
};
