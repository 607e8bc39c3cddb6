#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/schema.h"

#include <map>
#include <string>

namespace pipeline {

/// Record schemas on every port of a graph, computed source to sink.
struct SchemaInference {
    std::map<PortRef, Schema> outputSchemas;
    std::map<PortRef, Schema> inputSchemas;
    /// Problems the kinds' output-schema rules reported (usually none: the
    /// validator reports parameter problems itself).
    Diagnostics diagnostics;

    /// Schema on a port, or an open empty schema when nothing is known about it.
    const Schema &output(const PortRef &port) const;
    const Schema &input(const PortRef &port) const;
    /// A node's input schemas by port key, as output-schema rules receive them.
    std::map<std::string, Schema> inputsOf(const Node &node, const NodeType &type) const;
};

/// Walks the nodes in topological order (nodes on cycles last) and applies each
/// kind's output-schema rule to its input schemas. An input without edges, or fed
/// only by unknown kinds or ports, gets an open empty schema; an input fed by
/// several edges (sinks) gets the union of their schemas.
SchemaInference inferSchemas(const Graph &graph, const Catalog &catalog = Catalog::builtin());

/// The union of several schemas: fields in first-seen order; a field whose types
/// disagree becomes Unknown; open if any is open; sensitive if any is (masked only
/// if all are).
Schema mergeSchemas(const std::vector<const Schema *> &schemas);

} // namespace pipeline
