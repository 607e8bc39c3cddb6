#pragma once

#include "pipeline/runtime/dataflow/operatorregistry.h"

namespace pipeline::runtime {

/// Registers database-sink. Its factory resolves the node's columns against its
/// input schema, its connection (a profile name from DatabaseSettings, a
/// conninfo/URI, or a SQLite file) and its password variable, connects and
/// creates or checks the table. A database that cannot be reached, a missing
/// password variable or a table without the mapped columns is an error (code
/// `database-unavailable`, `missing-secret`): the run does not start.
void registerDatabaseOperators(OperatorRegistry &registry);

} // namespace pipeline::runtime
