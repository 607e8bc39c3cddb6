#include "pipeline/runtime/database/databasesinkfactory.h"

#include "pipeline/core/databasetable.h"
#include "pipeline/core/duration.h"
#include "pipeline/core/schemainference.h"
#include "pipeline/runtime/database/databasesinkoperator.h"

#include <cstdlib>

namespace pipeline::runtime {

namespace {

Diagnostic nodeError(const Node &node, std::string code, std::string parameter, std::string message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = std::move(code);
    d.nodeId = node.id;
    d.parameter = std::move(parameter);
    d.message = std::move(message);
    return d;
}

nlohmann::json parameterOrDefault(const Node &node, const NodeType &type, std::string_view key)
{
    if (const nlohmann::json *v = node.parameter(key); v && !v->is_null())
        return *v;
    if (const ParameterDescriptor *p = type.parameter(key))
        return p->defaultValue;
    return nullptr;
}

// A PostgreSQL connection text that is neither a conninfo nor a URI names a profile.
bool isProfileName(const std::string &text)
{
    return !text.empty() && text.find('=') == std::string::npos && text.find("://") == std::string::npos;
}

} // namespace

std::unique_ptr<Operator> createDatabaseSinkOperator(const Graph &graph, const Node &node, const Catalog &catalog,
                                                     const std::map<std::string, std::string> &profiles,
                                                     Diagnostics &diagnostics)
{
    const NodeType *type = catalog.find(node.kind);
    if (!type)
        return nullptr;
    const SchemaInference schemas = inferSchemas(graph, catalog);
    const Schema &input = schemas.input(PortRef{node.id, "in"});
    Diagnostics problems;
    DatabaseSinkOperator::Config config;
    config.table = resolveDatabaseTable(node, input, &problems);
    if (!problems.empty()) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return nullptr;
    }
    auto number = [&](std::string_view key, double fallback) {
        const nlohmann::json v = parameterOrDefault(node, *type, key);
        return v.is_number() ? v.get<double>() : fallback;
    };
    auto millis = [&](std::string_view key, std::int64_t fallback) {
        const nlohmann::json v = parameterOrDefault(node, *type, key);
        if (!v.is_string())
            return fallback;
        auto parsed = parseDuration(v.get<std::string>());
        return parsed ? std::int64_t(parsed->count()) : fallback;
    };
    config.batchSize = size_t(std::max(1.0, number("batchSize", 500)));
    config.maxRetries = int(std::max(0.0, number("maxRetries", 3)));
    config.flushIntervalMillis = millis("flushInterval", 1000);
    config.backoffMillis = millis("backoff", 500);

    if (config.table.driver == "postgresql" && isProfileName(config.table.connection)) {
        auto it = profiles.find(config.table.connection);
        if (it == profiles.end()) {
            diagnostics.push_back(nodeError(node, "unknown-profile", "connection",
                                            "no database connection profile named '" + config.table.connection
                                                + "' (give a conninfo such as host=db dbname=iot, a "
                                                  "postgresql:// URI, or define the profile)"));
            return nullptr;
        }
        config.table.connection = it->second;
    } else if (config.table.driver == "sqlite") {
        if (auto it = profiles.find(config.table.connection); it != profiles.end())
            config.table.connection = it->second;
    }
    std::string password;
    if (!config.table.passwordEnv.empty()) {
        const char *value = std::getenv(config.table.passwordEnv.c_str());
        if (!value) {
            diagnostics.push_back(nodeError(node, "missing-secret", "passwordEnv",
                                            "environment variable " + config.table.passwordEnv
                                                + " (the database password) is not set"));
            return nullptr;
        }
        password = value;
    }
    auto connection = DatabaseConnection::create(config.table, password);
    if (!connection) {
        diagnostics.push_back(nodeError(node, "bad-enum-value", "driver", "unknown database driver '"
                                                                              + config.table.driver + "'"));
        return nullptr;
    }
    std::string error;
    if (!connection->connect(&error) || !connection->prepareTable(&error)) {
        diagnostics.push_back(nodeError(node, "database-unavailable", "connection", error));
        return nullptr;
    }
    return std::make_unique<DatabaseSinkOperator>(std::move(config), std::move(connection));
}

} // namespace pipeline::runtime
