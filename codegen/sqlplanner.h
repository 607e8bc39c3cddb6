#pragma once

#include "codegen/exportoptions.h"
#include "codegen/relationalplan.h"

#include "pipeline/core/graph.h"

namespace codegen {

/// Turns a graph into a dialect-neutral relational plan: one relation per node
/// output (named after the node id), sources and sinks bound to topics, time
/// attributes placed on the sources whose windows, joins or dedupes need them.
/// Schemas come from the graph validator and expressions from the expression
/// language, so the plan and the desktop runtime agree on what a node means.
class SqlPlanner {
public:
    explicit SqlPlanner(ExportOptions options = {});

    RelationalPlan plan(const pipeline::Graph &graph) const;

private:
    ExportOptions m_options;
};

} // namespace codegen
