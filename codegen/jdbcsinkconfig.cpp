#include "codegen/jdbcsinkconfig.h"

#include "codegen/connectorconfig.h"

#include "pipeline/core/duration.h"
#include "pipeline/core/mysqluri.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

namespace codegen {

using namespace pipeline;

namespace {

// key=value pairs of a libpq conninfo; values may be single-quoted with \' escapes.
std::map<std::string, std::string> parseConninfo(const std::string &text)
{
    std::map<std::string, std::string> out;
    size_t i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        const size_t keyStart = i;
        while (i < text.size() && text[i] != '=' && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        const std::string key = text.substr(keyStart, i - keyStart);
        skipSpace();
        if (i >= text.size() || text[i] != '=')
            break;
        ++i;
        skipSpace();
        std::string value;
        if (i < text.size() && text[i] == '\'') {
            ++i;
            while (i < text.size() && text[i] != '\'') {
                if (text[i] == '\\' && i + 1 < text.size())
                    ++i;
                value += text[i++];
            }
            ++i;
        } else {
            while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
                value += text[i++];
        }
        out[key] = value;
    }
    return out;
}

std::string stringOr(const Node &node, const char *key, const std::string &fallback)
{
    const std::string value = node.stringParameter(key);
    return value.empty() ? fallback : value;
}

std::string upperIdentifier(const std::string &text)
{
    std::string out;
    for (char c : text)
        out += std::isalnum(static_cast<unsigned char>(c)) ? char(std::toupper(static_cast<unsigned char>(c))) : '_';
    return out;
}

} // namespace

std::string JdbcSinkConfig::postgresJdbcUrl(const std::string &connection, std::string *user)
{
    std::string host = "localhost", port, dbname, query;
    const size_t scheme = connection.find("://");
    if (scheme != std::string::npos) {
        // postgresql://[user[:password]@]host[:port][/dbname][?params]
        std::string rest = connection.substr(scheme + 3);
        const size_t queryAt = rest.find('?');
        if (queryAt != std::string::npos) {
            query = rest.substr(queryAt + 1);
            rest = rest.substr(0, queryAt);
        }
        const size_t slash = rest.find('/');
        std::string authority = rest.substr(0, slash);
        if (slash != std::string::npos)
            dbname = rest.substr(slash + 1);
        const size_t at = authority.rfind('@');
        if (at != std::string::npos) {
            const std::string userInfo = authority.substr(0, at);
            if (user)
                *user = userInfo.substr(0, userInfo.find(':'));
            authority = authority.substr(at + 1);
        }
        const size_t colon = authority.rfind(':');
        if (colon != std::string::npos && authority.find(']') == std::string::npos) {
            port = authority.substr(colon + 1);
            authority = authority.substr(0, colon);
        }
        if (!authority.empty())
            host = authority;
    } else {
        const auto values = parseConninfo(connection);
        auto value = [&](const char *key) {
            auto it = values.find(key);
            return it == values.end() ? std::string() : it->second;
        };
        if (!value("host").empty())
            host = value("host");
        else if (!value("hostaddr").empty())
            host = value("hostaddr");
        port = value("port");
        dbname = value("dbname");
        if (user)
            *user = value("user");
        if (!value("sslmode").empty())
            query = "sslmode=" + value("sslmode");
    }
    std::string url = "jdbc:postgresql://" + host + (port.empty() ? "" : ":" + port) + "/" + dbname;
    if (!query.empty())
        url += "?" + query;
    return url;
}

std::string JdbcSinkConfig::mysqlJdbcUrl(const std::string &connection, std::string *user, std::string *problem)
{
    MysqlUri uri;
    if (!MysqlUri::parse(connection, &uri, problem))
        return {};
    if (user)
        *user = uri.user;
    // MySQL Connector/J and MariaDB Connector/J spell the TLS modes differently.
    const bool mariadb = uri.scheme == "mariadb";
    std::string query;
    auto add = [&query](const std::string &pair) { query += (query.empty() ? "?" : "&") + pair; };
    if (auto it = uri.options.find("connect_timeout"); it != uri.options.end())
        add("connectTimeout=" + it->second + "000");
    if (auto it = uri.options.find("ssl_mode"); it != uri.options.end()) {
        if (!mariadb)
            add("sslMode=" + upperIdentifier(it->second));
        else if (it->second != "preferred")
            add(std::string("sslMode=") + (it->second == "disabled" ? "disable" : it->second == "required" ? "trust"
                                           : it->second == "verify_ca"                            ? "verify-ca"
                                                                                                  : "verify-full"));
    }
    if (problem && uri.options.count("socket"))
        *problem = "the unix socket " + uri.options.at("socket") + " is not reachable from a Connect worker over "
            "JDBC: the URL uses " + uri.host + ":" + std::to_string(uri.port);
    const std::string host = uri.host.find(':') != std::string::npos ? "[" + uri.host + "]" : uri.host;
    return "jdbc:" + uri.scheme + "://" + host + ":" + std::to_string(uri.port) + "/" + uri.database + query;
}

std::vector<ExportArtifact> JdbcSinkConfig::build(const Graph &graph, const RelationalPlan &plan,
                                                  const ExportOptions &options, Diagnostics &diagnostics)
{
    std::vector<ExportArtifact> artifacts;
    for (const PlanStep &step : plan.steps) {
        if (step.nodeKind != "database-sink" || step.kind != StepKind::Sink)
            continue;
        const Node *node = graph.node(step.nodeId);
        if (!node)
            continue;
        auto warn = [&](const std::string &code, const std::string &message, const std::string &parameter) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = code;
            d.nodeId = node->id;
            d.parameter = parameter;
            d.message = message;
            diagnostics.push_back(std::move(d));
        };
        const std::string driver = stringOr(*node, "driver", "postgresql");
        const std::string connection = node->stringParameter("connection");
        nlohmann::json config = nlohmann::json::object();
        config["connector.class"] = "io.confluent.connect.jdbc.JdbcSinkConnector";
        config["tasks.max"] = "1";
        config["topics"] = step.topic;
        config["table.name.format"] = node->stringParameter("table");
        if (driver == "sqlite") {
            config["connection.url"] = "jdbc:sqlite:" + connection;
        } else if (connection.find('=') == std::string::npos && connection.find("://") == std::string::npos) {
            // A connection profile lives in the desktop settings, not in the file.
            const std::string variable = "PIPEWRIGHT_DB_" + upperIdentifier(connection) + "_JDBC_URL";
            config["connection.url"] = "${env:" + variable + "}";
            warn("codegen-connection-profile",
                 "connection profile '" + connection + "' is resolved in Pipewright only: the connector reads its "
                     "JDBC URL from the worker's environment variable " + variable,
                 "connection");
        } else if (driver == "mysql") {
            std::string user, problem;
            config["connection.url"] = mysqlJdbcUrl(connection, &user, &problem);
            if (!user.empty())
                config["connection.user"] = user;
            if (!problem.empty())
                warn("codegen-connection-url", "MySQL connection: " + problem, "connection");
        } else {
            std::string user;
            config["connection.url"] = postgresJdbcUrl(connection, &user);
            if (!user.empty())
                config["connection.user"] = user;
        }
        // Named, not guessed from the URL: jdbc:mariadb: URLs get the MySQL dialect too.
        if (driver == "mysql")
            config["dialect.name"] = "MySqlDatabaseDialect";
        const std::string passwordEnv = node->stringParameter("passwordEnv");
        if (!passwordEnv.empty())
            config["connection.password"] = "${env:" + passwordEnv + "}";
        const bool upsert = stringOr(*node, "mode", "insert") == "upsert";
        config["insert.mode"] = upsert ? "upsert" : "insert";
        std::string keys;
        if (const nlohmann::json *key = node->parameter("key"); key && key->is_array())
            for (const auto &k : *key)
                if (k.is_string())
                    keys += (keys.empty() ? "" : ",") + k.get<std::string>();
        config["pk.mode"] = keys.empty() ? "none" : "record_value";
        if (!keys.empty())
            config["pk.fields"] = keys;
        const nlohmann::json *create = node->parameter("createTable");
        config["auto.create"] = create && create->is_boolean() && !create->get<bool>() ? "false" : "true";
        config["auto.evolve"] = "false";
        std::string columns;
        std::vector<std::string> timestamps;
        for (const auto &c : step.columns) {
            columns += (columns.empty() ? "" : ",") + c.name();
            if (c.field.type == FieldType::Timestamp && !c.sqlTimestamp)
                timestamps.push_back(c.name());
        }
        config["fields.whitelist"] = columns;
        // The script writes epoch milliseconds; the table wants timestamps.
        std::string transforms;
        for (size_t i = 0; i < timestamps.size(); ++i) {
            const std::string name = "ts" + std::to_string(i + 1);
            transforms += (transforms.empty() ? "" : ",") + name;
            const std::string prefix = "transforms." + name + ".";
            config[prefix + "type"] = "org.apache.kafka.connect.transforms.TimestampConverter$Value";
            config[prefix + "field"] = timestamps[i];
            config[prefix + "target.type"] = "Timestamp";
        }
        if (!transforms.empty())
            config["transforms"] = transforms;
        const std::string registry = ConnectorConfig::schemaRegistryUrl(options);
        config["key.converter"] = "org.apache.kafka.connect.storage.StringConverter";
        config["value.converter"] = "io.confluent.connect.avro.AvroConverter";
        config["value.converter.schema.registry.url"] = registry;
        const nlohmann::json *batch = node->parameter("batchSize");
        config["batch.size"] = std::to_string(batch && batch->is_number() ? batch->get<std::int64_t>() : 500);
        const nlohmann::json *retries = node->parameter("maxRetries");
        config["max.retries"] = std::to_string(retries && retries->is_number() ? retries->get<std::int64_t>() : 3);
        const auto backoff = parseDuration(stringOr(*node, "backoff", "500ms"));
        config["retry.backoff.ms"] = std::to_string(backoff ? backoff->count() : 500);
        ConnectorConfig::addErrorHandling(graph, *node, config);
        ExportArtifact artifact = ConnectorConfig::artifact(
            graph, *node, "jdbc-sink", config,
            "Kafka Connect JDBC sink connector for node " + node->id + ": topic " + step.topic + " -> table "
                + node->stringParameter("table"));
        artifacts.push_back(std::move(artifact));
    }
    return artifacts;
}

} // namespace codegen
