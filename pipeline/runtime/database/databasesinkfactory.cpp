#include "pipeline/runtime/database/databasesinkfactory.h"

#include "pipeline/core/databasetable.h"
#include "pipeline/runtime/database/databasesettings.h"
#include "pipeline/runtime/database/databasesinkoperator.h"

#include <cstdlib>

namespace pipeline::runtime {

namespace {

// A PostgreSQL or MySQL connection text that is neither a conninfo nor a URI names a profile.
bool isProfileName(const std::string &text)
{
    return !text.empty() && text.find('=') == std::string::npos && text.find("://") == std::string::npos;
}

// Connects and prepares the table now: an unreachable database stops the start.
std::unique_ptr<Operator> buildDatabaseSink(OperatorBuildContext &ctx)
{
    Diagnostics problems;
    DatabaseSinkOperator::Config config;
    config.table = resolveDatabaseTable(ctx.node(), ctx.inputSchema("in"), &problems);
    if (!problems.empty()) {
        ctx.diagnostics().insert(ctx.diagnostics().end(), problems.begin(), problems.end());
        return nullptr;
    }
    config.batchSize = size_t(std::max(1.0, ctx.number("batchSize", 500)));
    config.maxRetries = int(std::max(0.0, ctx.number("maxRetries", 3)));
    config.flushIntervalMillis = ctx.duration("flushInterval", 1000);
    config.backoffMillis = ctx.duration("backoff", 500);

    const auto &profiles = ctx.setting<DatabaseSettings>().profiles;
    const bool server = config.table.driver == "postgresql" || config.table.driver == "mysql";
    if (server && isProfileName(config.table.connection)) {
        auto it = profiles.find(config.table.connection);
        if (it == profiles.end()) {
            ctx.error("unknown-profile", "connection",
                      "no database connection profile named '" + config.table.connection
                          + (config.table.driver == "mysql"
                                 ? "' (give a URI such as mysql://app@db:3306/iot, or define the profile)"
                                 : "' (give a conninfo such as host=db dbname=iot, a postgresql:// URI, or define the profile)"));
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
            ctx.error("missing-secret", "passwordEnv",
                      "environment variable " + config.table.passwordEnv + " (the database password) is not set");
            return nullptr;
        }
        password = value;
    }
    auto connection = DatabaseConnection::create(config.table, password);
    if (!connection) {
        ctx.error("bad-enum-value", "driver", "unknown database driver '" + config.table.driver + "'");
        return nullptr;
    }
    std::string error;
    if (!connection->connect(&error) || !connection->prepareTable(&error)) {
        ctx.error("database-unavailable", "connection", error);
        return nullptr;
    }
    return std::make_unique<DatabaseSinkOperator>(std::move(config), std::move(connection));
}

} // namespace

void registerDatabaseOperators(OperatorRegistry &registry)
{
    registry.add("database-sink", buildDatabaseSink);
}

} // namespace pipeline::runtime
