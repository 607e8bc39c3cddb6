#include "cliexit.h"
#include "pipelinefiles.h"
#include "sharedoptions.h"

#include "codegen/sqlexporter.h"

#include "pipeline/serialization/pipelinewriter.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

struct ExportCommand {
    codegen::ExportOptions options;
    std::string dialect, file, output;
    std::vector<std::string> vectorStores; // INDEX=STORE

    int run();
};

} // namespace

std::function<int()> defineExportCommand(CLI::App &command)
{
    auto c = std::make_shared<ExportCommand>();
    command.footer("Prints the pipeline as a ksqlDB or Flink SQL script (or writes it to OUT).\n"
                   "Every statement is preceded by '-- node: <id> (<kind>)'. Anything the dialect\n"
                   "cannot express is reported as 'file: node-id: message' on stderr.\n\n"
                   "Exit status: 0 on success, 1 when the file is invalid or the dialect cannot\n"
                   "express the pipeline (the script is still written, with comments where SQL is\n"
                   "missing), 2 on usage errors.");
    addPipelineFileArgument(command, c->file, "the *.pipeline.json file");
    command.add_option("--dialect", c->dialect, "ksql or flink")
        ->required()
        ->type_name("D")
        ->check(needs("ksql or flink", [](const std::string &d) { return d == "ksql" || d == "ksqldb" || d == "flink"; }));
    command.add_option("-o,--output", c->output,
                       "Write the script to OUT instead of stdout; files that belong beside it (database sinks' "
                       "Kafka Connect JDBC sink configs) go next to it as OUT-stem.<node>.jdbc-sink.json (on "
                       "stdout: appended as comment blocks)")
        ->type_name("OUT");
    addBootstrapOption(command, c->options.bootstrapServers,
                       "Flink: 'properties.bootstrap.servers' (default localhost:9092)");
    command.add_option("--partitions", c->options.partitions, "ksqlDB: PARTITIONS of sink topics (default 1)")
        ->type_name("N")
        ->check(wholeNumber(1, 1000000));
    command.add_flag("--confluent", c->options.confluentCloud,
                     "Flink: Confluent Cloud's model options and VECTOR_SEARCH_AGG instead of Flink 2.1's models and "
                     "2.2's VECTOR_SEARCH");
    command.add_option("--ksql-udf", c->options.ksqlLlmUdf, "ksqlDB: call this deployed UDF for LLM steps")
        ->type_name("NAME");
    command
        .add_option("--vector-store", c->vectorStores,
                    "Flink: where vector index INDEX lives: INDEX=elasticsearch (default), or with --confluent "
                    "INDEX=pinecone (default), mongodb or elastic; repeatable")
        ->type_name("INDEX=STORE")
        ->check(needs("INDEX=STORE", [](const std::string &text) {
            const auto eq = text.find('=');
            return eq != std::string::npos && eq > 0 && eq + 1 < text.size();
        }));
    command
        .add_option("--schema-registry-url", c->options.schemaRegistryUrl,
                    "Schema Registry of Avro topics (Flink 'avro-confluent.url', ksqlDB's "
                    "ksql.schema.registry.url note); default ${SCHEMA_REGISTRY_URL}")
        ->type_name("URL")
        ->check(needs("a URL", [](const std::string &url) { return !url.empty(); }));
    return [c] { return c->run(); };
}

int ExportCommand::run()
{
    options.dialect = dialect == "flink" ? codegen::SqlDialect::Flink : codegen::SqlDialect::Ksql;
    for (const auto &store : vectorStores)
        options.vectorStores[store.substr(0, store.find('='))].provider = store.substr(store.find('=') + 1);
    const std::optional<pipeline::Graph> graph = loadPipeline(file, stderr);
    if (!graph)
        return ExitProblems;
    const codegen::ExportResult result = codegen::SqlExporter::exportGraph(*graph, options);
    printDiagnostics(stderr, file, result.diagnostics);
    if (output.empty()) {
        std::fputs(result.script.c_str(), stdout);
        // Beside-the-script files (connector configurations) follow as comment
        // blocks, so stdout stays a script a SQL client accepts.
        for (const auto &artifact : result.artifacts) {
            std::printf("\n-- ==== %s: %s ====\n", artifact.fileName.c_str(), artifact.description.c_str());
            std::size_t start = 0;
            while (start < artifact.content.size()) {
                const std::size_t end = artifact.content.find('\n', start);
                const std::string line = artifact.content.substr(start, end == std::string::npos ? std::string::npos : end - start);
                std::printf("-- %s\n", line.c_str());
                if (end == std::string::npos)
                    break;
                start = end + 1;
            }
        }
    } else {
        const auto written = pipeline::writeFileAtomically(output, result.script);
        if (!written.ok) {
            std::fprintf(stderr, "pipewright-cli export: cannot write %s: %s\n", output.c_str(), written.error.c_str());
            return ExitProblems;
        }
        // Next to the script: out.sql -> out.<node>.jdbc-sink.json
        const std::filesystem::path outPath(output);
        for (const auto &artifact : result.artifacts) {
            const std::filesystem::path path = outPath.parent_path() / (outPath.stem().string() + "." + artifact.fileName);
            const auto artifactWritten = pipeline::writeFileAtomically(path.string(), artifact.content);
            if (!artifactWritten.ok) {
                std::fprintf(stderr, "pipewright-cli export: cannot write %s: %s\n", path.c_str(), artifactWritten.error.c_str());
                return ExitProblems;
            }
            std::fprintf(stderr, "%s: wrote %s (%s)\n", file.c_str(), path.c_str(), artifact.description.c_str());
        }
    }
    return result.ok() ? ExitOk : ExitProblems;
}
