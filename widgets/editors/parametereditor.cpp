#include "widgets/editors/parametereditor.h"

#include "widgets/model/catalogtext.h"

#include "widgets/editors/choiceparametereditor.h"
#include "widgets/editors/expressionparametereditor.h"
#include "widgets/editors/listparametereditor.h"
#include "widgets/editors/numberparametereditor.h"
#include "widgets/editors/textparametereditor.h"

ParameterEditor::ParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
    : QWidget(parent)
    , m_descriptor(descriptor)
{
    setToolTip(CatalogText::translate(descriptor.help));
}

ParameterEditor *ParameterEditor::create(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
{
    using pipeline::ParameterType;
    switch (descriptor.type) {
    case ParameterType::Integer:
    case ParameterType::Number:
        return new NumberParameterEditor(descriptor, parent);
    case ParameterType::Boolean:
    case ParameterType::Enum:
        return new ChoiceParameterEditor(descriptor, parent);
    case ParameterType::Expression:
        return new ExpressionParameterEditor(descriptor, parent);
    case ParameterType::StringList:
    case ParameterType::ExpressionList:
    case ParameterType::ItemList:
    case ParameterType::Schema:
        return new ListParameterEditor(descriptor, parent);
    case ParameterType::String:
    case ParameterType::Text:
    case ParameterType::Duration:
    case ParameterType::SecretRef:
        break;
    }
    return new TextParameterEditor(descriptor, parent);
}
