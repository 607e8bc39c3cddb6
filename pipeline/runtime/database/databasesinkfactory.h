#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <map>
#include <memory>
#include <string>

namespace pipeline::runtime {

/// Builds a `database-sink` node's operator: resolves its columns against the
/// input schema of `graph`, its connection (a profile name from `profiles`, a
/// conninfo/URI, or a SQLite file) and its password variable, connects and
/// creates or checks the table. A database that cannot be reached, a missing
/// password variable or a table without the mapped columns is a diagnostic
/// (code `database-unavailable`, `missing-secret`) and nullptr: the run does not start.
std::unique_ptr<Operator> createDatabaseSinkOperator(const Graph &graph, const Node &node, const Catalog &catalog,
                                                     const std::map<std::string, std::string> &profiles,
                                                     Diagnostics &diagnostics);

} // namespace pipeline::runtime
