#include "pipeline/edit/editcommand.h"

namespace pipeline::edit {

void ChangeSet::append(const ChangeSet &other)
{
    auto add = [](std::vector<std::string> &to, const std::vector<std::string> &from) {
        to.insert(to.end(), from.begin(), from.end());
    };
    add(nodesAdded, other.nodesAdded);
    add(nodesRemoved, other.nodesRemoved);
    add(nodesChanged, other.nodesChanged);
    add(nodesMoved, other.nodesMoved);
    add(edgesAdded, other.edgesAdded);
    add(edgesRemoved, other.edgesRemoved);
    graphPropertiesChanged = graphPropertiesChanged || other.graphPropertiesChanged;
}

ChangeSet EditCommand::apply(Graph &graph)
{
    ChangeSet changes;
    doApply(graph, changes);
    return changes;
}

ChangeSet EditCommand::revert(Graph &graph)
{
    ChangeSet changes;
    doRevert(graph, changes);
    return changes;
}

} // namespace pipeline::edit
