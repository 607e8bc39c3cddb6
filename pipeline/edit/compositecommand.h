#pragma once

#include "pipeline/edit/editcommand.h"

#include <memory>
#include <vector>

namespace pipeline::edit {

/// Several commands as one undo step (e.g. a drop of a wire on empty canvas:
/// add a node and connect it). Children apply in order and revert in reverse.
class CompositeCommand : public EditCommand {
public:
    explicit CompositeCommand(std::string text) : EditCommand(std::move(text)) {}

    /// Children are applied by this command, not before.
    void add(std::unique_ptr<EditCommand> command) { m_children.push_back(std::move(command)); }
    const std::vector<std::unique_ptr<EditCommand>> &children() const { return m_children; }
    bool isObsolete() const override;

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    std::vector<std::unique_ptr<EditCommand>> m_children;
};

} // namespace pipeline::edit
