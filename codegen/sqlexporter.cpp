#include "codegen/sqlexporter.h"

#include "codegen/flinkprinter.h"
#include "codegen/ksqlprinter.h"
#include "codegen/sqlplanner.h"

namespace codegen {

ExportResult SqlExporter::exportGraph(const pipeline::Graph &graph, const ExportOptions &options)
{
    const RelationalPlan plan = SqlPlanner(options).plan(graph);
    if (options.dialect == SqlDialect::Ksql)
        return KsqlPrinter(options).print(plan);
    return FlinkPrinter(options).print(plan);
}

} // namespace codegen
