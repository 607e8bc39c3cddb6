#pragma once

#include <string>
#include <vector>

namespace pipeline::edit {

/// What one apply/revert of a command changed, so observers (the GUI's graph
/// model) can update one item at a time instead of rebuilding everything.
/// Observers should handle removals (edges first) before additions (nodes first).
struct ChangeSet {
    std::vector<std::string> nodesAdded;
    std::vector<std::string> nodesRemoved;
    /// Kind, label or parameters changed (ports and summary may differ).
    std::vector<std::string> nodesChanged;
    /// Only the position changed.
    std::vector<std::string> nodesMoved;
    std::vector<std::string> edgesAdded;
    std::vector<std::string> edgesRemoved;
    /// Name, description or settings of the pipeline changed.
    bool graphPropertiesChanged = false;

    bool empty() const
    {
        return nodesAdded.empty() && nodesRemoved.empty() && nodesChanged.empty()
               && nodesMoved.empty() && edgesAdded.empty() && edgesRemoved.empty()
               && !graphPropertiesChanged;
    }
    void append(const ChangeSet &other);
};

} // namespace pipeline::edit
