// Benchmark: SQL export of a generated 1,000-node graph per dialect (target
// <= 50 ms). Baselines measured in the same run: validateGraph alone on the same
// graph (the planner's own first step), and the export of a 100-node graph.

#include "../codegen/graphbuilder.h"

#include "codegen/sqlexporter.h"

#include "pipeline/core/graphvalidator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

/// Median of `runs` timings in milliseconds (after one warm-up run).
double medianMs(const std::function<void()> &work, int runs = 9)
{
    work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main()
{
    const auto big = codegentest::generatedGraph(1000, 7);
    const auto small = codegentest::generatedGraph(100, 7);
    std::printf("graph: %zu nodes, %zu edges (small: %zu nodes)\n", big.nodes().size(), big.edges().size(),
                small.nodes().size());
    const double validate = medianMs([&] { volatile auto r = pipeline::validateGraph(big).outputSchemas.size(); (void)r; });
    std::printf("baseline validateGraph, 1000 nodes: %8.2f ms\n", validate);
    for (auto dialect : {codegen::SqlDialect::Ksql, codegen::SqlDialect::Flink}) {
        codegen::ExportOptions options;
        options.dialect = dialect;
        std::size_t bytes = 0;
        const double full = medianMs([&] { bytes = codegen::SqlExporter::exportGraph(big, options).script.size(); });
        const double hundred = medianMs([&] { codegen::SqlExporter::exportGraph(small, options); });
        const char *name = dialect == codegen::SqlDialect::Ksql ? "ksqlDB" : "Flink SQL";
        std::printf("export %-9s 1000 nodes: %8.2f ms (target <= 50 ms: %s), %zu bytes; 100 nodes: %.2f ms; "
                    "export minus validation: %.2f ms\n",
                    name, full, full <= 50.0 ? "met" : "MISSED", bytes, hundred, full - validate);
    }
    return 0;
}
