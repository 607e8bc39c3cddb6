#include "pipeline/core/databasetable.h"

#include "pipeline/core/mysqluri.h"

#include <algorithm>
#include <cctype>

namespace pipeline {

namespace {

void problem(Diagnostics *problems, const Node &node, std::string code, std::string parameter, std::string message,
             std::vector<std::string> args = {})
{
    if (!problems)
        return;
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = std::move(code);
    d.nodeId = node.id;
    d.parameter = std::move(parameter);
    d.message = std::move(message);
    d.args = std::move(args);
    problems->push_back(std::move(d));
}

std::string singleQuoted(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

std::string lastSegmentOf(std::string_view path)
{
    const size_t dot = path.rfind('.');
    return std::string(dot == std::string_view::npos ? path : path.substr(dot + 1));
}

// Walks a dotted path through declared objects; nullptr when a level is not declared.
const Field *findField(const Schema &schema, std::string_view path)
{
    return schema.find(path);
}

} // namespace

const DatabaseColumn *DatabaseTable::column(std::string_view name) const
{
    for (const auto &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::string sanitizeColumnName(std::string_view name)
{
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            out += char(std::tolower(u));
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    if (out.empty())
        out = "column";
    if (std::isdigit(static_cast<unsigned char>(out.front())))
        out = "c_" + out;
    if (out.size() > 63) // PostgreSQL's identifier limit (NAMEDATALEN - 1)
        out.resize(63);
    return out;
}

bool isValidTableName(std::string_view table)
{
    if (table.empty() || std::count(table.begin(), table.end(), '.') > 1)
        return false;
    size_t start = 0;
    while (true) {
        const size_t dot = table.find('.', start);
        const std::string_view part = table.substr(start, dot == std::string_view::npos ? table.npos : dot - start);
        if (part.empty() || part.size() > 63 || std::isdigit(static_cast<unsigned char>(part.front())))
            return false;
        for (char c : part)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
                return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

bool connectionHasPassword(std::string_view connection)
{
    std::string lower;
    for (char c : connection)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    // conninfo: password = secret
    for (size_t pos = lower.find("password"); pos != std::string::npos; pos = lower.find("password", pos + 1)) {
        size_t i = pos + 8;
        while (i < lower.size() && lower[i] == ' ')
            ++i;
        if (i < lower.size() && lower[i] == '=')
            return true;
    }
    // URI: scheme://user:secret@host
    const size_t scheme = lower.find("://");
    if (scheme != std::string::npos) {
        const size_t authorityEnd = lower.find_first_of("/?", scheme + 3);
        const std::string authority = lower.substr(scheme + 3, authorityEnd == std::string::npos ? std::string::npos
                                                                                               : authorityEnd - scheme - 3);
        const size_t at = authority.rfind('@');
        if (at != std::string::npos && authority.substr(0, at).find(':') != std::string::npos)
            return true;
    }
    return false;
}

DatabaseTable resolveDatabaseTable(const Node &node, const Schema &input, Diagnostics *problems)
{
    DatabaseTable t;
    t.driver = node.stringParameter("driver", "postgresql");
    t.connection = node.stringParameter("connection");
    t.passwordEnv = node.stringParameter("passwordEnv");
    t.table = node.stringParameter("table");
    t.upsert = node.stringParameter("mode", "insert") == "upsert";
    if (const auto *v = node.parameter("createTable"); v && v->is_boolean())
        t.createTable = v->get<bool>();
    t.exportTopic = node.stringParameter("exportTopic");
    if (t.exportTopic.empty()) {
        for (char c : t.table)
            t.exportTopic += std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ? c : '_';
    }

    if (!t.table.empty() && !isValidTableName(t.table))
        problem(problems, node, "bad-table-name", "table",
                "table name " + singleQuoted(t.table)
                    + " must be letters, digits and underscores (optionally schema.table), not starting with a digit",
                {t.table});
    if (connectionHasPassword(t.connection))
        problem(problems, node, "secret-in-file", "connection",
                "the connection must not contain a password; put it in an environment variable and name that "
                "variable in 'Password variable' (passwordEnv)");
    else if (t.driver == "mysql" && !t.connection.empty()
             && (t.connection.find("://") != std::string::npos || t.connection.find('=') != std::string::npos)) {
        // Anything but a profile name must be a URI the MySQL driver can connect with.
        MysqlUri uri;
        std::string error;
        if (!MysqlUri::parse(t.connection, &uri, &error))
            problem(problems, node, "bad-connection", "connection", "MySQL connection: " + error, {t.connection});
    }

    const nlohmann::json *mapping = node.parameter("columns");
    if (mapping && mapping->is_array() && !mapping->empty()) {
        for (size_t i = 0; i < mapping->size(); ++i) {
            const nlohmann::json &item = (*mapping)[i];
            const std::string at = "columns[" + std::to_string(i) + "]";
            if (!item.is_object())
                continue; // the generic validator reports the type
            const std::string field = item.value("field", std::string());
            std::string name = item.value("column", std::string());
            if (field.empty())
                continue; // required item field: reported by the generic validator
            const Field *f = findField(input, field);
            if (!f && !input.open) {
                problem(problems, node, "unknown-field", at + ".field",
                        "field " + singleQuoted(field) + " is not in the input", {field});
                continue;
            }
            if (name.empty())
                name = sanitizeColumnName(lastSegmentOf(field));
            else if (sanitizeColumnName(name) != name) {
                problem(problems, node, "bad-column-name", at + ".column",
                        "column name " + singleQuoted(name) + " must be lower-case letters, digits and underscores (e.g. "
                            + singleQuoted(sanitizeColumnName(name)) + ")",
                        {name});
                continue;
            }
            if (t.column(name)) {
                problem(problems, node, "duplicate-column", at + ".column",
                        "column " + singleQuoted(name) + " is mapped more than once", {name});
                continue;
            }
            t.columns.push_back({name, field, f ? f->type : FieldType::Unknown});
        }
    } else {
        // Default: every top-level input field, names sanitised, made unique.
        for (const Field &f : input.fields) {
            std::string name = sanitizeColumnName(f.name);
            for (int n = 2; t.column(name); ++n)
                name = sanitizeColumnName(f.name) + "_" + std::to_string(n);
            t.columns.push_back({name, f.name, f.type});
        }
        if (t.columns.empty())
            problem(problems, node, "no-columns", "columns",
                    "the input schema has no declared fields, so the table's columns are unknown: declare the "
                    "source's schema or list the columns");
    }

    if (const nlohmann::json *key = node.parameter("key"); key && key->is_array()) {
        for (size_t i = 0; i < key->size(); ++i) {
            if (!(*key)[i].is_string())
                continue;
            const std::string name = (*key)[i].get<std::string>();
            if (!t.column(name)) {
                problem(problems, node, "unknown-column", "key[" + std::to_string(i) + "]",
                        "key column " + singleQuoted(name) + " is not one of the table's columns", {name});
                continue;
            }
            if (std::find(t.key.begin(), t.key.end(), name) == t.key.end())
                t.key.push_back(name);
        }
    }
    if (t.upsert && t.key.empty() && !(node.parameter("key") && node.parameter("key")->is_array()
                                        && !node.parameter("key")->empty()))
        problem(problems, node, "missing-parameter", "key",
                "mode upsert needs the key columns that identify a row (e.g. device_id)");
    return t;
}

} // namespace pipeline
