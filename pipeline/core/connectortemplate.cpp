#include "pipeline/core/connectortemplate.h"

#include "pipeline/core/catalogsupport.h"

#include <algorithm>

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using catalogsupport::makeField;

namespace {

const char *const passwordHelp = "Reference to the password, never the password: env:NAME (an environment variable "
                                 "of the Connect worker and of Pipewright) or keychain:NAME.";

// The connection properties every Debezium connector shares; `port` differs per database.
std::vector<ConnectorProperty> debeziumConnection(int port)
{
    return {
        {.name = "database.hostname", .parameter = "databaseHostname", .label = "Database host",
         .required = true, .help = "Host name or address of the database server, as the Connect worker reaches it."},
        {.name = "database.port", .parameter = "databasePort", .label = "Database port", .type = ParameterType::Integer,
         .defaultValue = port, .help = "TCP port of the database server."},
        {.name = "database.user", .parameter = "databaseUser", .label = "Database user", .required = true,
         .help = "The user the connector logs in as; it needs the database's CDC privileges."},
        {.name = "database.password", .parameter = "databasePassword", .label = "Password",
         .type = ParameterType::SecretRef, .required = true, .help = passwordHelp},
    };
}

std::vector<ConnectorProperty> debeziumCommon()
{
    return {
        {.name = "snapshot.mode", .parameter = "snapshotMode", .label = "Snapshot mode", .type = ParameterType::Enum,
         .defaultValue = "initial", .allowedValues = {"initial", "initial_only", "no_data", "when_needed"},
         .help = "initial: read the table's current rows (op r), then stream changes; initial_only: only the "
                 "rows; no_data: only changes from now on; when_needed: snapshot again when the log position is lost."},
        {.name = "decimal.handling.mode", .parameter = "decimalHandlingMode", .label = "Decimal handling",
         .type = ParameterType::Enum, .defaultValue = "precise", .allowedValues = {"precise", "double", "string"},
         .help = "How NUMBER/DECIMAL columns are written: precise as encoded bytes (not readable as JSON numbers), "
                 "double as numbers, string as text. Choose double for columns declared double."},
    };
}

std::vector<ConnectorProperty> schemaHistory()
{
    return {
        {.name = "schema.history.internal.kafka.bootstrap.servers", .parameter = "schemaHistoryBootstrapServers",
         .label = "Schema history brokers", .required = true,
         .help = "Kafka bootstrap servers where the connector keeps the history of the database's DDL."},
        {.name = "schema.history.internal.kafka.topic", .parameter = "schemaHistoryTopic",
         .label = "Schema history topic",
         .help = "Topic of the DDL history, one per connector. Empty: <connector name>.schema-history."},
    };
}

std::vector<ConnectorProperty> jdbcConnection()
{
    return {
        {.name = "connection.url", .parameter = "connectionUrl", .label = "JDBC URL", .required = true,
         .help = "The database's JDBC URL without credentials, e.g. jdbc:postgresql://db:5432/shop."},
        {.name = "connection.user", .parameter = "connectionUser", .label = "User",
         .help = "Database user name."},
        {.name = "connection.password", .parameter = "connectionPassword", .label = "Password",
         .type = ParameterType::SecretRef, .help = passwordHelp},
    };
}

template<typename... Lists>
std::vector<ConnectorProperty> joined(Lists... lists)
{
    std::vector<ConnectorProperty> out;
    (out.insert(out.end(), lists.begin(), lists.end()), ...);
    return out;
}

std::vector<ConnectorTemplate> sourceTemplates()
{
    ConnectorTemplate jdbc{.id = "jdbc", .label = "JDBC source (Confluent)",
                           .connectorClass = "io.confluent.connect.jdbc.JdbcSourceConnector"};
    jdbc.properties = joined(
        jdbcConnection(),
        std::vector<ConnectorProperty>{
            {.name = "mode", .parameter = "queryMode", .label = "Query mode", .type = ParameterType::Enum,
             .defaultValue = "incrementing", .allowedValues = {"bulk", "incrementing", "timestamp", "timestamp+incrementing"},
             .help = "How new rows are found: bulk copies the whole table each poll; incrementing by a strictly "
                     "growing column; timestamp by a modification time column; or both."},
            {.name = "incrementing.column.name", .parameter = "incrementingColumn", .label = "Incrementing column",
             .help = "Strictly increasing column (usually the primary key); required for the incrementing modes."},
            {.name = "timestamp.column.name", .parameter = "timestampColumn", .label = "Timestamp column",
             .help = "Modification time column; required for the timestamp modes."},
            {.name = "poll.interval.ms", .parameter = "pollIntervalMs", .label = "Poll interval (ms)",
             .type = ParameterType::Integer, .defaultValue = 5000, .help = "How often the table is queried."},
        });

    ConnectorTemplate oracle{.id = "debezium-oracle", .label = "Debezium Oracle CDC",
                             .connectorClass = "io.debezium.connector.oracle.OracleConnector", .cdc = true};
    oracle.properties = joined(
        debeziumConnection(1521),
        std::vector<ConnectorProperty>{
            {.name = "database.dbname", .parameter = "databaseName", .label = "Database name", .required = true,
             .help = "The database (the container database, CDB, with a pluggable database) to capture."},
            {.name = "database.pdb.name", .parameter = "databasePdbName", .label = "Pluggable database",
             .help = "Name of the pluggable database (PDB) holding the table; empty for a non-CDB installation."},
        },
        schemaHistory(), debeziumCommon());

    ConnectorTemplate mysql{.id = "debezium-mysql", .label = "Debezium MySQL CDC",
                            .connectorClass = "io.debezium.connector.mysql.MySqlConnector", .cdc = true};
    mysql.properties = joined(
        debeziumConnection(3306),
        std::vector<ConnectorProperty>{
            {.name = "database.server.id", .parameter = "databaseServerId", .label = "Server id",
             .type = ParameterType::Integer, .required = true,
             .help = "A numeric id, unique among the MySQL server's replication clients, the connector joins with."},
        },
        schemaHistory(), debeziumCommon());

    ConnectorTemplate postgres{.id = "debezium-postgresql", .label = "Debezium PostgreSQL CDC",
                               .connectorClass = "io.debezium.connector.postgresql.PostgresConnector", .cdc = true};
    postgres.properties = joined(
        debeziumConnection(5432),
        std::vector<ConnectorProperty>{
            {.name = "database.dbname", .parameter = "databaseName", .label = "Database name", .required = true,
             .help = "The database to capture."},
            {.name = "plugin.name", .parameter = "pluginName", .label = "Decoding plugin", .type = ParameterType::Enum,
             .defaultValue = "pgoutput", .allowedValues = {"pgoutput", "decoderbufs"},
             .help = "Logical decoding plugin; pgoutput is built into PostgreSQL 10 and later."},
            {.name = "slot.name", .parameter = "slotName", .label = "Replication slot", .defaultValue = "debezium",
             .help = "Name of the logical replication slot; unique per connector."},
            {.name = "publication.name", .parameter = "publicationName", .label = "Publication",
             .defaultValue = "dbz_publication", .help = "The pgoutput publication the connector reads."},
        },
        debeziumCommon());
    return {oracle, mysql, postgres, jdbc};
}

std::vector<ConnectorTemplate> sinkTemplates()
{
    ConnectorTemplate snowflake{.id = "snowflake", .label = "Snowflake sink",
                                .connectorClass = "com.snowflake.kafka.connector.SnowflakeSinkConnector",
                                .source = false, .table = true};
    snowflake.properties = {
        {.name = "snowflake.url.name", .parameter = "snowflakeUrl", .label = "Account URL", .required = true,
         .help = "The account's host and port, e.g. myorg-account1.snowflakecomputing.com:443."},
        {.name = "snowflake.user.name", .parameter = "snowflakeUser", .label = "User", .required = true,
         .help = "The Snowflake user with the connector's role and key pair."},
        {.name = "snowflake.private.key", .parameter = "snowflakePrivateKey", .label = "Private key",
         .type = ParameterType::SecretRef, .required = true,
         .help = "Reference to the user's private key (key pair authentication), never the key: env:NAME or "
                 "keychain:NAME."},
        {.name = "snowflake.private.key.passphrase", .parameter = "snowflakeKeyPassphraseSecret",
         .label = "Key passphrase", .type = ParameterType::SecretRef,
         .help = "Reference to the passphrase of an encrypted private key; empty for an unencrypted key."},
        {.name = "snowflake.database.name", .parameter = "snowflakeDatabase", .label = "Database", .required = true,
         .help = "The Snowflake database holding the table."},
        {.name = "snowflake.schema.name", .parameter = "snowflakeSchema", .label = "Schema", .required = true,
         .help = "The schema holding the table, e.g. PUBLIC."},
        {.name = "snowflake.role.name", .parameter = "snowflakeRole", .label = "Role",
         .help = "Role the connector uses; empty: the user's default role."},
        {.name = "snowflake.ingestion.method", .parameter = "snowflakeIngestion", .label = "Ingestion",
         .type = ParameterType::Enum, .defaultValue = "SNOWPIPE", .allowedValues = {"SNOWPIPE", "SNOWPIPE_STREAMING"},
         .help = "SNOWPIPE stages files and loads them; SNOWPIPE_STREAMING inserts rows with lower latency."},
        {.name = "buffer.count.records", .parameter = "bufferCountRecords", .label = "Buffer records",
         .type = ParameterType::Integer, .defaultValue = 10000,
         .help = "Records buffered per partition before they are loaded."},
        {.name = "buffer.flush.time", .parameter = "bufferFlushSeconds", .label = "Buffer flush time (s)",
         .type = ParameterType::Integer, .defaultValue = 120, .help = "Seconds between loads of a partition's buffer."},
    };

    ConnectorTemplate s3{.id = "s3", .label = "Amazon S3 sink (Confluent)",
                         .connectorClass = "io.confluent.connect.s3.S3SinkConnector", .source = false};
    s3.properties = {
        {.name = "s3.bucket.name", .parameter = "s3Bucket", .label = "Bucket", .required = true,
         .help = "The S3 bucket the objects are written to."},
        {.name = "s3.region", .parameter = "s3Region", .label = "Region", .defaultValue = "us-east-1", .required = true,
         .help = "The bucket's AWS region."},
        {.name = "flush.size", .parameter = "flushSize", .label = "Records per object", .type = ParameterType::Integer,
         .defaultValue = 1000, .required = true, .help = "Records written to one S3 object before it is committed."},
        {.name = "rotate.interval.ms", .parameter = "rotateIntervalMs", .label = "Rotate interval (ms)",
         .type = ParameterType::Integer,
         .help = "Also commit an object after this much record time, so quiet partitions are written too."},
        {.name = "topics.dir", .parameter = "topicsDir", .label = "Key prefix", .defaultValue = "topics",
         .help = "Top-level folder of the objects in the bucket."},
        {.name = "aws.access.key.id", .parameter = "awsAccessKeyIdRef", .label = "Access key id",
         .type = ParameterType::SecretRef,
         .help = "Reference to the AWS access key id; empty: the worker's default credentials (instance role)."},
        {.name = "aws.secret.access.key", .parameter = "awsSecretAccessKey", .label = "Secret access key",
         .type = ParameterType::SecretRef, .help = "Reference to the AWS secret access key."},
    };

    ConnectorTemplate jdbc{.id = "jdbc", .label = "JDBC sink (Confluent)",
                           .connectorClass = "io.confluent.connect.jdbc.JdbcSinkConnector", .source = false,
                           .table = true};
    jdbc.properties = joined(
        jdbcConnection(),
        std::vector<ConnectorProperty>{
            {.name = "insert.mode", .parameter = "insertMode", .label = "Insert mode", .type = ParameterType::Enum,
             .defaultValue = "insert", .allowedValues = {"insert", "upsert", "update"},
             .help = "insert adds a row per record; upsert inserts or updates by the key; update only updates."},
            {.name = "pk.mode", .parameter = "pkMode", .label = "Key source", .type = ParameterType::Enum,
             .defaultValue = "none", .allowedValues = {"none", "record_key", "record_value"},
             .help = "Where the primary key columns come from: none, the Kafka key, or fields of the value."},
            {.name = "pk.fields", .parameter = "pkFields", .label = "Key columns", .type = ParameterType::StringList,
             .help = "Primary key columns (upsert and update need them)."},
            {.name = "auto.create", .parameter = "autoCreate", .label = "Create table", .type = ParameterType::Boolean,
             .defaultValue = false, .help = "Create the table from the record schema when it does not exist."},
        });

    ConnectorTemplate mongodb{.id = "mongodb", .label = "MongoDB sink",
                              .connectorClass = "com.mongodb.kafka.connect.MongoSinkConnector", .source = false,
                              .table = true};
    mongodb.properties = {
        {.name = "connection.uri", .parameter = "mongoConnectionUriSecret", .label = "Connection URI",
         .type = ParameterType::SecretRef, .required = true,
         .help = "Reference to the mongodb:// or mongodb+srv:// URI, which holds the credentials: env:NAME or "
                 "keychain:NAME."},
        {.name = "database", .parameter = "mongoDatabase", .label = "Database", .required = true,
         .help = "The MongoDB database of the collection."},
        {.name = "document.id.strategy", .parameter = "documentIdStrategy", .label = "Document id strategy",
         .help = "Class computing each document's _id, e.g. "
                 "com.mongodb.kafka.connect.sink.processor.id.strategy.PartialValueStrategy; empty: a new ObjectId."},
    };
    return {snowflake, s3, jdbc, mongodb};
}

Field objectField(std::string name, std::vector<Field> children)
{
    Field f = makeField(std::move(name), FieldType::Object);
    f.children = std::move(children);
    return f;
}

} // namespace

const ConnectorProperty *ConnectorTemplate::property(std::string_view parameter) const
{
    for (const auto &p : properties)
        if (p.parameter == parameter)
            return &p;
    return nullptr;
}

const std::vector<ConnectorTemplate> &ConnectorTemplate::sources()
{
    static const std::vector<ConnectorTemplate> templates = sourceTemplates();
    return templates;
}

const std::vector<ConnectorTemplate> &ConnectorTemplate::sinks()
{
    static const std::vector<ConnectorTemplate> templates = sinkTemplates();
    return templates;
}

const ConnectorTemplate *ConnectorTemplate::find(std::string_view id)
{
    for (const auto *list : {&sources(), &sinks()})
        for (const auto &t : *list)
            if (t.id == id)
                return &t;
    return nullptr;
}

const ConnectorTemplate *ConnectorTemplate::of(const Node &node)
{
    const bool source = node.kind == "connect-source";
    if (!source && node.kind != "connect-sink")
        return nullptr;
    const auto &list = source ? sources() : sinks();
    const std::string id = node.stringParameter("connector", list.front().id);
    for (const auto &t : list)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::string ConnectorTemplate::topicOf(const Node &node)
{
    if (node.kind == "connect-sink")
        return node.stringParameter("topic");
    const ConnectorTemplate *t = of(node);
    const std::string prefix = node.stringParameter("topicPrefix");
    const std::string table = node.stringParameter("table");
    if (t && !t->cdc)
        return prefix + table;
    const std::string schema = node.stringParameter("databaseSchema");
    return prefix + "." + (schema.empty() ? "" : schema + ".") + table;
}

Schema ConnectorTemplate::recordSchema(const Node &node, const Schema &columns)
{
    const ConnectorTemplate *t = of(node);
    const nlohmann::json *unwrap = node.parameter("unwrap");
    if (!t || !t->cdc || (unwrap && unwrap->is_boolean() && unwrap->get<bool>())) {
        Schema row = columns;
        if (t && t->cdc) {
            // ExtractNewRecordState's add.fields: "op" -> __op, "source.ts_ms" -> __source_ts_ms.
            const nlohmann::json *added = node.parameter("unwrapAddFields");
            for (const auto &name : added && added->is_array() ? *added : nlohmann::json::array()) {
                if (!name.is_string())
                    continue;
                std::string field = "__" + name.get<std::string>();
                std::replace(field.begin(), field.end(), '.', '_');
                const bool number = field == "__ts_ms" || field == "__source_ts_ms" || field == "__lsn"
                                    || field == "__scn" || field == "__pos" || field == "__server_id";
                row.set(makeField(field, number ? FieldType::Integer : FieldType::String));
            }
        }
        return row;
    }
    // https://debezium.io/documentation/reference/stable/connectors/ "change event values".
    Schema envelope;
    envelope.fields = {
        objectField("before", columns.fields),
        objectField("after", columns.fields),
        objectField("source", {makeField("version", FieldType::String), makeField("connector", FieldType::String),
                               makeField("name", FieldType::String), makeField("ts_ms", FieldType::Integer),
                               makeField("snapshot", FieldType::String), makeField("db", FieldType::String),
                               makeField("schema", FieldType::String), makeField("table", FieldType::String)}),
        makeField("op", FieldType::String),
        makeField("ts_ms", FieldType::Integer),
    };
    return envelope;
}

std::string ConnectorTemplate::configReference(std::string_view secretReference)
{
    if (secretReference.rfind("env:", 0) == 0)
        return "${env:" + std::string(secretReference.substr(4)) + "}";
    if (secretReference.rfind("keychain:", 0) == 0)
        return "${file:" + std::string(secretsFile) + ":" + std::string(secretReference.substr(9)) + "}";
    return {};
}

} // namespace pipeline
