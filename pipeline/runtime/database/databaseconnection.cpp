#include "pipeline/runtime/database/databaseconnection.h"

#include "pipeline/runtime/database/postgresconnection.h"
#include "pipeline/runtime/database/sqliteconnection.h"

#include <cstdio>
#include <ctime>

namespace pipeline::runtime {

std::unique_ptr<DatabaseConnection> DatabaseConnection::create(const DatabaseTable &table, const std::string &password)
{
    if (table.driver == "sqlite")
        return std::make_unique<SqliteConnection>(table);
    if (table.driver == "postgresql")
        return std::make_unique<PostgresConnection>(table, password);
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

} // namespace pipeline::runtime
