#include "widgets/editors/expressionparametereditor.h"

#include "widgets/editors/expressionedit.h"

#include <QVBoxLayout>

ExpressionParameterEditor::ExpressionParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
    : ParameterEditor(descriptor, parent)
    , m_edit(new ExpressionEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    // One line, never stretched by the form.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_edit, &ExpressionEdit::edited, this, [this](const QString &text) {
        emit edited(text.isEmpty() && !this->descriptor().required ? nlohmann::json() : nlohmann::json(text.toStdString()));
    });
    connect(m_edit, &ExpressionEdit::editingFinished, this, &ParameterEditor::editingFinished);
}

void ExpressionParameterEditor::setValue(const nlohmann::json &raw)
{
    const nlohmann::json value = effective(raw);
    m_edit->setExpressionText(value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString());
}

nlohmann::json ExpressionParameterEditor::value() const
{
    return m_edit->expressionText().toStdString();
}

void ExpressionParameterEditor::setInputSchema(const pipeline::Schema &schema)
{
    m_edit->setSchema(schema, descriptor().expressionType);
}
