#pragma once

#include "pipeline/edit/editcommand.h"

namespace pipeline::edit {

/// Replaces the whole graph (an LLM-generated pipeline, a repair, "revert to
/// file"). Observers get a diff, so unchanged nodes keep their items.
class ReplaceGraphCommand : public EditCommand {
public:
    ReplaceGraphCommand(const Graph &current, Graph replacement, std::string text = {});

    /// The differences that turn `from` into `to`, as a ChangeSet.
    static ChangeSet diff(const Graph &from, const Graph &to);

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    Graph m_old;
    Graph m_new;
};

} // namespace pipeline::edit
