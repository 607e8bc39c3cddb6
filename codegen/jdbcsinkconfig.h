#pragma once

#include "codegen/exportoptions.h"
#include "codegen/exportresult.h"
#include "codegen/relationalplan.h"

#include "pipeline/core/graph.h"

#include <string>
#include <vector>

namespace codegen {

/// The Kafka Connect JDBC sink connector configuration of each database sink
/// in a plan (Confluent's io.confluent.connect.jdbc.JdbcSinkConnector): the
/// topic the script writes, the table, insert or upsert by the key columns,
/// auto-create, the column list, batching and retries from the node, Avro with
/// the Schema Registry, timestamps converted from epoch millis. The password is
/// a `${env:VAR}` reference for the worker's EnvVarConfigProvider, never a value.
class JdbcSinkConfig {
public:
    /// One artifact per planned database sink; problems (a connection profile the
    /// export cannot resolve) are appended to `diagnostics` as warnings.
    static std::vector<ExportArtifact> build(const pipeline::Graph &graph, const RelationalPlan &plan,
                                             const ExportOptions &options, pipeline::Diagnostics &diagnostics);

    /// jdbc:postgresql://host:port/db from a libpq conninfo or URI (user and
    /// password stay out of the URL); `user` receives the user name, if any.
    static std::string postgresJdbcUrl(const std::string &connection, std::string *user = nullptr);
    /// jdbc:mysql://host:port/db (jdbc:mariadb:// for a mariadb:// URI) from a
    /// `database-sink` MySQL URI, connect timeout and TLS mode in each driver's
    /// spelling; `problem` receives what JDBC cannot express (a unix socket) or
    /// why the URI is unusable (then the URL is empty).
    static std::string mysqlJdbcUrl(const std::string &connection, std::string *user = nullptr,
                                    std::string *problem = nullptr);
};

} // namespace codegen
