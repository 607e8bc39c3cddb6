// Writes the Flink SQL export of every example pipeline and of generated graphs
// into a directory, for the dt-sql-parser check (flink-parse-check.mjs).
// Usage: codegen_dump_flink OUT_DIR EXAMPLES_DIR

#include "graphbuilder.h"

#include "codegen/sqlexporter.h"

#include "pipeline/core/diagnostic.h"
#include "pipeline/serialization/pipelinereader.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

bool write(const fs::path &path, const codegen::ExportResult &result)
{
    std::ofstream(path, std::ios::binary) << result.script;
    // Every example exports whole (the RAG one with Flink 2.2's VECTOR_SEARCH); an error fails the check.
    bool ok = true;
    for (const auto &d : result.diagnostics)
        if (d.severity == pipeline::Severity::Error) {
            std::fprintf(stderr, "%s: %s\n", path.filename().c_str(), pipeline::formatDiagnostic(d).c_str());
            ok = false;
        }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: codegen_dump_flink OUT_DIR EXAMPLES_DIR\n");
        return 2;
    }
    const fs::path out = argv[1];
    codegen::ExportOptions options;
    options.dialect = codegen::SqlDialect::Flink;
    bool ok = true;
    int examples = 0;
    for (const auto &entry : fs::directory_iterator(argv[2])) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".pipeline.json"))
            continue;
        const auto loaded = pipeline::readPipelineFile(entry.path().string());
        if (!loaded.ok()) {
            std::fputs(loaded.errorText().c_str(), stderr);
            ok = false;
            continue;
        }
        ++examples;
        const std::string stem = name.substr(0, name.size() - std::string(".pipeline.json").size());
        ok = write(out / (stem + ".flink.sql"), codegen::SqlExporter::exportGraph(*loaded.graph, options)) && ok;
    }
    {
        codegen::ExportOptions avro = options;
        avro.schemaRegistryUrl = "http://schema-registry:8081";
        ok = write(out / "avro.flink.sql", codegen::SqlExporter::exportGraph(codegentest::avroGraph(), avro)) && ok;
    }
    // Pipelines written for codegen tests (expression functions, ...): their Flink export must parse too.
    for (const auto &entry : fs::directory_iterator(fs::path(PIPEWRIGHT_CODEGEN_TEST_DATA))) {
        const std::string name = entry.path().filename().string();
        if (!name.ends_with(".pipeline.json"))
            continue;
        const auto loaded = pipeline::readPipelineFile(entry.path().string());
        if (!loaded.ok()) {
            std::fputs(loaded.errorText().c_str(), stderr);
            ok = false;
            continue;
        }
        const std::string stem = name.substr(0, name.size() - std::string(".pipeline.json").size());
        ok = write(out / ("test-" + stem + ".flink.sql"), codegen::SqlExporter::exportGraph(*loaded.graph, options)) && ok;
    }
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const auto graph = codegentest::generatedGraph(40 + int(seed) * 10, seed);
        ok = write(out / ("generated-" + std::to_string(seed) + ".flink.sql"),
                   codegen::SqlExporter::exportGraph(graph, options)) && ok;
    }
    std::printf("wrote %d example exports and 12 generated exports to %s\n", examples, out.c_str());
    return ok ? 0 : 1;
}
