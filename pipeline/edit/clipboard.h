#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/edit/insertsubgraphcommand.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace pipeline::edit {

/// The selected nodes and the edges between them, as a Graph of its own
/// (edges to unselected nodes are left out: a pasted copy must be self-contained).
Graph extractSubgraph(const Graph &graph, const std::set<std::string> &nodeIds);

/// Copy: the subgraph as *.pipeline.json text, so pasting into another window or
/// a text editor works.
std::string clipboardText(const Graph &graph, const std::set<std::string> &nodeIds);

/// Paste: parses pipeline JSON text. On failure `errors` holds the reason and the
/// result is empty; text that is not a pipeline at all gives an error too.
struct ClipboardParse {
    std::optional<Graph> graph;
    Diagnostics errors;
};
ClipboardParse parseClipboardText(std::string_view text);

/// Nodes and edges of `clip` renamed so none collides with `target`, shifted by
/// `offset`. Ids are kept where free, otherwise "<stem>-<n>".
struct PreparedPaste {
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::map<std::string, std::string> idMap; // clip id -> new id
};
PreparedPaste preparePaste(const Graph &target, const Graph &clip, Position offset);

/// The undoable paste of `clip` into `target` (not yet applied).
std::unique_ptr<InsertSubgraphCommand> makePasteCommand(const Graph &target, const Graph &clip, Position offset,
                                                        std::string text = "Paste");

} // namespace pipeline::edit
