#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/databasetable.h"

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using namespace catalogsupport;

namespace {

NodeType databaseSink()
{
    NodeType t;
    t.kind = "database-sink";
    t.label = "Database sink";
    t.category = Category::Sink;
    t.icon = "database-sink";
    t.description = "Writes every incoming record as a row of a PostgreSQL, MySQL/MariaDB or SQLite table (insert, or "
                    "upsert by key), in batches of one transaction each; source offsets are committed only after the "
                    "batch is committed.";
    t.inputs = {{.key = "in",
                 .label = "In",
                 .cardinality = Cardinality::Many,
                 .help = "Records to store; several steps may feed one sink."}};
    t.parameters = {
        {
            .key = "driver",
            .label = "Database",
            .type = ParameterType::Enum,
            .defaultValue = "postgresql",
            .required = true,
            .allowedValues = {"postgresql", "mysql", "sqlite"},
            .help = "postgresql (libpq), mysql (MySQL or MariaDB, through MariaDB Connector/C) or sqlite (a local "
                    "database file).",
        },
        {
            .key = "connection",
            .label = "Connection",
            .type = ParameterType::String,
            .required = true,
            .help = "PostgreSQL: a connection profile name, a conninfo (host=db port=5432 dbname=iot user=app) or "
                    "a URI (postgresql://app@db/iot); MySQL: a connection profile name or a URI "
                    "(mysql://app@db:3306/iot); SQLite: the database file path. Never a password: name "
                    "its environment variable in Password variable.",
        },
        {
            .key = "passwordEnv",
            .label = "Password variable",
            .type = ParameterType::SecretRef,
            .help = "Name of the environment variable holding the database password, e.g. PGPASSWORD_IOT. "
                    "Empty: no password (PostgreSQL: trust, peer or .pgpass).",
            .visibleWhenKey = "driver",
            .visibleWhenValues = {"postgresql", "mysql"},
        },
        {
            .key = "table",
            .label = "Table",
            .type = ParameterType::String,
            .required = true,
            .help = "Target table, e.g. readings or iot.readings.",
        },
        {
            .key = "columns",
            .label = "Columns",
            .type = ParameterType::ItemList,
            .defaultValue = nlohmann::json::array(),
            .help = "Which field fills which column. Empty: every input field, with its name made a valid "
                    "column name (lower case, letters, digits, underscores).",
            .itemFields = {
                {
                    .key = "field",
                    .label = "Field",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "Input field (a.b for nested fields; objects and arrays are stored as JSON).",
                },
                {
                    .key = "column",
                    .label = "Column",
                    .type = ParameterType::String,
                    .help = "Column name; empty: the field's last name segment, sanitised.",
                },
            },
        },
        {
            .key = "mode",
            .label = "Mode",
            .type = ParameterType::Enum,
            .defaultValue = "insert",
            .allowedValues = {"insert", "upsert"},
            .help = "insert adds a row per record; upsert inserts or updates the row with the same key, so "
                    "records read again after a restart leave the table unchanged (idempotent).",
        },
        {
            .key = "key",
            .label = "Key columns",
            .type = ParameterType::StringList,
            .defaultValue = nlohmann::json::array(),
            .help = "Columns identifying a row (the primary key of a created table; required for upsert), "
                    "e.g. device_id, ts.",
        },
        {
            .key = "createTable",
            .label = "Create table",
            .type = ParameterType::Boolean,
            .defaultValue = true,
            .help = "Create the table when it does not exist, with column types from the input fields.",
        },
        {
            .key = "batchSize",
            .label = "Batch size",
            .type = ParameterType::Integer,
            .defaultValue = 500,
            .help = "Rows written per transaction. Larger batches are faster; the source offsets of a batch "
                    "are committed after it is.",
            .minimum = 1,
            .maximum = 100000,
        },
        {
            .key = "flushInterval",
            .label = "Flush interval",
            .type = ParameterType::Duration,
            .defaultValue = "1s",
            .help = "Longest time a record waits for its batch to fill before the batch is written anyway.",
        },
        {
            .key = "maxRetries",
            .label = "Max retries",
            .type = ParameterType::Integer,
            .defaultValue = 3,
            .help = "How often a batch that failed transiently (connection lost, deadlock, database busy) is "
                    "retried before its records go to the error policy.",
            .minimum = 0,
            .maximum = 100,
        },
        {
            .key = "backoff",
            .label = "Backoff",
            .type = ParameterType::Duration,
            .defaultValue = "500ms",
            .help = "Wait before the first retry; doubles after every failed attempt.",
        },
        {
            .key = "exportTopic",
            .label = "Export topic",
            .type = ParameterType::String,
            .help = "SQL export: the topic the script writes for the Kafka Connect JDBC sink connector to read. "
                    "Empty: the table name.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &) { return std::map<std::string, Schema>{}; };
    t.check = [](const SchemaContext &context) {
        Diagnostics problems;
        resolveDatabaseTable(context.node, inputSchema(context), &problems);
        for (auto &d : problems)
            context.diagnostics.push_back(std::move(d));
    };
    t.transactionRole = TransactionRole::Refused;
    t.transactionNote = "writes rows in a database transaction of its own, which cannot commit together with the Kafka "
                        "transaction: after a crash the rows would be written again; use at-least-once (upserts make the "
                        "repeats harmless) or a Kafka sink read by a Kafka Connect JDBC sink";
    return t;
}

} // namespace

std::vector<NodeType> storageNodeTypes()
{
    return {databaseSink()};
}

} // namespace pipeline
