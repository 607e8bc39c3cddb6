#include "pipeline/runtime/database/databaseconnection.h"

#include "pipeline/runtime/database/mysqlconnection.h"
#include "pipeline/runtime/database/postgresconnection.h"
#include "pipeline/runtime/database/sqliteconnection.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace pipeline::runtime {

std::unique_ptr<DatabaseConnection> DatabaseConnection::create(const DatabaseTable &table, const std::string &password)
{
    if (table.driver == "sqlite")
        return std::make_unique<SqliteConnection>(table);
    if (table.driver == "postgresql")
        return std::make_unique<PostgresConnection>(table, password);
    if (table.driver == "mysql")
        return std::make_unique<MysqlConnection>(table, password);
    return nullptr;
}

std::string DatabaseConnection::isoTimestamp(std::int64_t millis)
{
    std::int64_t seconds = millis / 1000;
    int ms = int(millis % 1000);
    if (ms < 0) { // before 1970: floor, not truncate
        ms += 1000;
        --seconds;
    }
    const std::time_t t = std::time_t(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
    return buf;
}

std::string DatabaseConnection::maskUriPassword(std::string text)
{
    if (const size_t scheme = text.find("://"); scheme != std::string::npos) {
        const size_t at = text.find('@', scheme);
        const size_t colon = text.find(':', scheme + 3);
        if (at != std::string::npos && colon != std::string::npos && colon < at)
            text = text.substr(0, colon + 1) + "***" + text.substr(at);
    }
    return text;
}

std::string DatabaseConnection::quoteIdentifier(const std::string &name)
{
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

std::string DatabaseConnection::quoteTable(const std::string &table)
{
    const size_t dot = table.find('.');
    if (dot == std::string::npos)
        return quoteIdentifier(table);
    return quoteIdentifier(table.substr(0, dot)) + "." + quoteIdentifier(table.substr(dot + 1));
}

std::string DatabaseConnection::createTableSql(const DatabaseTable &table, std::string (*sqlType)(FieldType),
                                               std::string (*keySqlType)(FieldType))
{
    std::string sql = "CREATE TABLE IF NOT EXISTS " + quoteTable(table.table) + " (";
    for (size_t c = 0; c < table.columns.size(); ++c) {
        const DatabaseColumn &column = table.columns[c];
        const bool key = std::find(table.key.begin(), table.key.end(), column.name) != table.key.end();
        sql += (c ? ", " : "") + quoteIdentifier(column.name) + " "
            + (key && keySqlType ? keySqlType(column.type) : sqlType(column.type));
    }
    if (!table.key.empty()) {
        sql += ", PRIMARY KEY (";
        for (size_t k = 0; k < table.key.size(); ++k)
            sql += (k ? ", " : "") + quoteIdentifier(table.key[k]);
        sql += ")";
    }
    return sql + ")";
}

bool DatabaseConnection::textValue(const nlohmann::json &value, FieldType type, std::string *text)
{
    if (value.is_null())
        return false;
    if (type == FieldType::Timestamp && value.is_number())
        *text = isoTimestamp(value.get<std::int64_t>());
    else if (value.is_string() && type != FieldType::Array && type != FieldType::Object)
        *text = value.get<std::string>();
    else if (value.is_boolean())
        *text = value.get<bool>() ? "true" : "false";
    else
        *text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return true;
}

std::string DatabaseConnection::upsertClause(const DatabaseTable &table)
{
    if (!table.upsert || table.key.empty())
        return {};
    std::string sql = " ON CONFLICT (";
    for (size_t k = 0; k < table.key.size(); ++k)
        sql += (k ? ", " : "") + quoteIdentifier(table.key[k]);
    std::string set;
    for (const auto &column : table.columns)
        if (std::find(table.key.begin(), table.key.end(), column.name) == table.key.end())
            set += (set.empty() ? "" : ", ") + quoteIdentifier(column.name) + " = EXCLUDED." + quoteIdentifier(column.name);
    return sql + ") DO " + (set.empty() ? std::string("NOTHING") : "UPDATE SET " + set);
}

bool DatabaseConnection::checkColumns(const DatabaseTable &table, const std::set<std::string> &existing,
                                      const std::string &description, std::string *error)
{
    if (existing.empty()) {
        if (error)
            *error = "table " + table.table + " does not exist in " + description
                + " (turn on 'Create table' or create it first)";
        return false;
    }
    std::string missing;
    for (const auto &column : table.columns)
        if (!existing.count(column.name))
            missing += (missing.empty() ? "" : ", ") + column.name;
    if (!missing.empty()) {
        if (error)
            *error = "table " + table.table + " has no column(s) " + missing;
        return false;
    }
    return true;
}

std::vector<const DatabaseRow *> DatabaseConnection::batchRows(const std::vector<DatabaseRow> &rows) const
{
    std::vector<const DatabaseRow *> out;
    out.reserve(rows.size());
    for (const auto &row : rows)
        out.push_back(&row);
    return out;
}

DatabaseWriteResult DatabaseConnection::failed(DatabaseWriteResult out, const Step &step)
{
    rollback();
    out.status = step.transient ? DatabaseWriteResult::Status::Transient : DatabaseWriteResult::Status::Failed;
    out.error = step.error;
    return out;
}

DatabaseWriteResult DatabaseConnection::writeBatch(const std::vector<DatabaseRow> &rows)
{
    DatabaseWriteResult out;
    std::string error;
    if (!ready(&error)) {
        out.status = DatabaseWriteResult::Status::Transient;
        out.error = error;
        return out;
    }
    Step s = begin();
    if (s.ok)
        s = insert(batchRows(rows));
    if (s.ok)
        s = execute("COMMIT");
    return s.ok ? out : failed(std::move(out), s);
}

DatabaseWriteResult DatabaseConnection::writeEach(const std::vector<DatabaseRow> &rows)
{
    DatabaseWriteResult out;
    out.rowErrors.assign(rows.size(), std::string());
    std::string error;
    if (!ready(&error)) {
        out.status = DatabaseWriteResult::Status::Transient;
        out.error = error;
        return out;
    }
    if (Step s = begin(); !s.ok)
        return failed(std::move(out), s);
    for (size_t r = 0; r < rows.size(); ++r) {
        if (Step s = execute("SAVEPOINT pw_row"); !s.ok)
            return failed(std::move(out), s);
        Step s = insert({&rows[r]});
        if (!s.ok && s.transient)
            return failed(std::move(out), s);
        if (!s.ok) {
            out.rowErrors[r] = s.error;
            if (Step back = execute("ROLLBACK TO SAVEPOINT pw_row"); !back.ok)
                return failed(std::move(out), back);
        }
        if (Step release = execute("RELEASE SAVEPOINT pw_row"); !release.ok)
            return failed(std::move(out), release);
    }
    if (Step s = execute("COMMIT"); !s.ok)
        return failed(std::move(out), s);
    return out;
}

} // namespace pipeline::runtime
