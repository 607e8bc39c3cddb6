#include "codegen/sqlexporter.h"

#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

void printExportHelp()
{
    std::printf("Usage: pipewright-cli export --dialect ksql|flink FILE [-o OUT] [options]\n\n"
                "Prints the pipeline as a ksqlDB or Flink SQL script (or writes it to OUT).\n"
                "Every statement is preceded by '-- node: <id> (<kind>)'. Anything the dialect\n"
                "cannot express is reported as 'file: node-id: message' on stderr.\n\n"
                "Options:\n"
                "  --dialect D        ksql or flink (required)\n"
                "  -o, --output OUT   Write the script to OUT instead of stdout; files that belong\n"
                "                     beside it (database sinks' Kafka Connect JDBC sink configs)\n"
                "                     go next to it as OUT-stem.<node>.jdbc-sink.json (on stdout:\n"
                "                     appended as comment blocks)\n"
                "  --bootstrap SERVERS  Flink: 'properties.bootstrap.servers' (default localhost:9092)\n"
                "  --partitions N     ksqlDB: PARTITIONS of sink topics (default 1)\n"
                "  --confluent        Flink: Confluent Cloud model options instead of Flink 2.1's\n"
                "  --ksql-udf NAME    ksqlDB: call this deployed UDF for LLM steps\n"
                "  --schema-registry-url URL  Schema Registry of Avro topics (Flink 'avro-confluent.url',\n"
                "                     ksqlDB's ksql.schema.registry.url note); default ${SCHEMA_REGISTRY_URL}\n"
                "  --help             Show this help\n\n"
                "Exit status: 0 on success, 1 when the file is invalid or the dialect cannot\n"
                "express the pipeline (the script is still written, with comments where SQL is\n"
                "missing), 2 on usage errors.\n");
}

int usageError(const std::string &message)
{
    std::fprintf(stderr, "pipewright-cli export: %s (see --help)\n", message.c_str());
    return 2;
}

} // namespace

int runExportCommand(const std::vector<std::string> &args)
{
    codegen::ExportOptions options;
    std::string dialect, file, output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        auto value = [&](std::string &into) {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        if (arg == "--help" || arg == "-h") {
            printExportHelp();
            return 0;
        } else if (arg == "--dialect") {
            if (!value(dialect))
                return usageError("--dialect needs ksql or flink");
        } else if (arg == "-o" || arg == "--output") {
            if (!value(output))
                return usageError(arg + " needs a file name");
        } else if (arg == "--bootstrap") {
            if (!value(options.bootstrapServers))
                return usageError("--bootstrap needs a server list");
        } else if (arg == "--partitions") {
            std::string n;
            if (!value(n) || n.find_first_not_of("0123456789") != std::string::npos || n.empty() || std::stoi(n) < 1)
                return usageError("--partitions needs a positive number");
            options.partitions = std::stoi(n);
        } else if (arg == "--confluent") {
            options.confluentCloud = true;
        } else if (arg == "--schema-registry-url") {
            if (!value(options.schemaRegistryUrl) || options.schemaRegistryUrl.empty())
                return usageError("--schema-registry-url needs a URL");
        } else if (arg == "--ksql-udf") {
            if (!value(options.ksqlLlmUdf))
                return usageError("--ksql-udf needs a function name");
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError("unknown option '" + arg + "'");
        } else if (file.empty()) {
            file = arg;
        } else {
            return usageError("only one pipeline file at a time");
        }
    }
    if (dialect == "ksql" || dialect == "ksqldb")
        options.dialect = codegen::SqlDialect::Ksql;
    else if (dialect == "flink")
        options.dialect = codegen::SqlDialect::Flink;
    else
        return usageError(dialect.empty() ? "--dialect is required" : "unknown dialect '" + dialect + "'");
    if (file.empty())
        return usageError("no pipeline file given");

    const pipeline::LoadResult loaded = pipeline::readPipelineFile(file);
    if (!loaded.ok()) {
        std::fputs(loaded.errorText().c_str(), stderr);
        return 1;
    }
    const codegen::ExportResult result = codegen::SqlExporter::exportGraph(*loaded.graph, options);
    for (const auto &d : result.diagnostics)
        std::fprintf(stderr, "%s: %s\n", file.c_str(), pipeline::formatDiagnostic(d).c_str());
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
            return 1;
        }
        // Next to the script: out.sql -> out.<node>.jdbc-sink.json
        const std::filesystem::path outPath(output);
        for (const auto &artifact : result.artifacts) {
            const std::filesystem::path path = outPath.parent_path() / (outPath.stem().string() + "." + artifact.fileName);
            const auto artifactWritten = pipeline::writeFileAtomically(path.string(), artifact.content);
            if (!artifactWritten.ok) {
                std::fprintf(stderr, "pipewright-cli export: cannot write %s: %s\n", path.c_str(), artifactWritten.error.c_str());
                return 1;
            }
            std::fprintf(stderr, "%s: wrote %s (%s)\n", file.c_str(), path.c_str(), artifact.description.c_str());
        }
    }
    return result.ok() ? 0 : 1;
}
