#pragma once

#include "codegen/exportoptions.h"
#include "codegen/exportresult.h"

#include "pipeline/core/graph.h"

namespace codegen {

/// The entry point: graph -> plan (SqlPlanner) -> script (KsqlPrinter or
/// FlinkPrinter). Pure and deterministic: the same graph and options give the
/// same bytes, which the golden-file tests and the preview rely on.
class SqlExporter {
public:
    static ExportResult exportGraph(const pipeline::Graph &graph, const ExportOptions &options);
};

} // namespace codegen
