#include "widgets/model/undoadapter.h"

#include "widgets/model/graphmodel.h"

#include "pipeline/edit/setlabelcommand.h"
#include "pipeline/edit/setparametercommand.h"

UndoAdapter::UndoAdapter(GraphModel *model, std::unique_ptr<pipeline::edit::EditCommand> command)
    : m_model(model)
    , m_command(std::move(command))
{
    setText(QString::fromStdString(m_command->text()));
}

void UndoAdapter::redo()
{
    m_model->applyCommand(*m_command);
}

void UndoAdapter::undo()
{
    m_model->revertCommand(*m_command);
}

bool UndoAdapter::mergeWith(const QUndoCommand *other)
{
    const auto *adapter = dynamic_cast<const UndoAdapter *>(other);
    if (!adapter || !m_command->mergeWith(*adapter->m_command))
        return false;
    // Typing a value and then typing the old one back is no step at all.
    setObsolete(m_command->isObsolete());
    return true;
}

void UndoAdapter::seal()
{
    if (auto *parameter = dynamic_cast<pipeline::edit::SetParameterCommand *>(m_command.get()))
        parameter->seal();
    else if (auto *label = dynamic_cast<pipeline::edit::SetLabelCommand *>(m_command.get()))
        label->seal();
}
