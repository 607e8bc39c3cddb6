#include "codegen/sqlexporter.h"

#include "codegen/flinkprinter.h"
#include "codegen/connectorconfig.h"
#include "codegen/ksqlprinter.h"
#include "codegen/sqlplanner.h"

namespace codegen {

ExportResult SqlExporter::exportGraph(const pipeline::Graph &graph, const ExportOptions &options)
{
    const RelationalPlan plan = SqlPlanner(options).plan(graph);
    ExportResult result = options.dialect == SqlDialect::Ksql ? KsqlPrinter(options).print(plan)
                                                              : FlinkPrinter(options).print(plan);
    result.artifacts = ConnectorConfig::build(graph, plan, options, result.diagnostics);
    return result;
}

} // namespace codegen
