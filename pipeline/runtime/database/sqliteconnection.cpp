#include "pipeline/runtime/database/sqliteconnection.h"

#include <sqlite3.h>

#include <set>

namespace pipeline::runtime {

namespace {

bool transientCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

} // namespace

SqliteConnection::SqliteConnection(DatabaseTable table) : m_table(std::move(table)) {}

SqliteConnection::~SqliteConnection()
{
    disconnect();
}

void SqliteConnection::disconnect()
{
    if (m_insert)
        sqlite3_finalize(m_insert);
    m_insert = nullptr;
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

std::string SqliteConnection::describe() const
{
    return "SQLite '" + m_table.connection + "'";
}

std::string SqliteConnection::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : "not connected";
}

bool SqliteConnection::connect(std::string *error)
{
    disconnect();
    const int rc = sqlite3_open_v2(m_table.connection.c_str(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = "cannot open " + describe() + ": " + (m_db ? lastError() : sqlite3_errstr(rc));
        disconnect();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process reading the table (a dashboard) must not fail the sink.
    sqlite3_busy_timeout(m_db, 5000);
    Step s = execute("PRAGMA journal_mode=WAL");
    if (s.ok)
        s = execute("PRAGMA synchronous=NORMAL");
    if (!s.ok) {
        if (error)
            *error = "cannot open " + describe() + ": " + s.error;
        disconnect();
        return false;
    }
    return true;
}

bool SqliteConnection::ping(std::string *error)
{
    if (!DatabaseConnection::ping(error))
        return false;
    const Step s = execute("SELECT 1");
    if (s.ok)
        return true;
    if (error)
        *error = describe() + ": " + s.error;
    return false;
}

DatabaseConnection::Step SqliteConnection::execute(const std::string &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    Step s;
    if (rc == SQLITE_OK)
        return s;
    s.ok = false;
    s.error = message ? message : sqlite3_errstr(rc);
    s.transient = transientCode(rc);
    sqlite3_free(message);
    return s;
}

std::string SqliteConnection::sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Boolean:
    case FieldType::Integer: return "INTEGER";
    case FieldType::Double: return "REAL";
    case FieldType::Timestamp:
    case FieldType::String:
    case FieldType::Array:
    case FieldType::Object:
    case FieldType::Unknown:
    case FieldType::Null: return "TEXT";
    }
    return "TEXT";
}

bool SqliteConnection::prepareTable(std::string *error)
{
    if (!m_db && !connect(error))
        return false;
    if (m_table.createTable) {
        if (Step s = execute(createTableSql(m_table, &sqlType)); !s.ok) {
            if (error)
                *error = "cannot create table " + m_table.table + " in " + describe() + ": " + s.error;
            return false;
        }
    }
    // The table must have every mapped column (it may predate the pipeline).
    const size_t dot = m_table.table.find('.');
    const std::string pragma = dot == std::string::npos
        ? "PRAGMA table_info(" + quoteIdentifier(m_table.table) + ")"
        : "PRAGMA " + quoteIdentifier(m_table.table.substr(0, dot)) + ".table_info("
            + quoteIdentifier(m_table.table.substr(dot + 1)) + ")";
    sqlite3_stmt *info = nullptr;
    std::set<std::string> existing;
    if (sqlite3_prepare_v2(m_db, pragma.c_str(), -1, &info, nullptr) == SQLITE_OK) {
        while (sqlite3_step(info) == SQLITE_ROW)
            existing.insert(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
    }
    sqlite3_finalize(info);
    if (!checkColumns(m_table, existing, describe(), error))
        return false;

    std::string sql = "INSERT INTO " + quoteTable(m_table.table) + " (";
    std::string params;
    for (size_t c = 0; c < m_table.columns.size(); ++c) {
        sql += (c ? ", " : "") + quoteIdentifier(m_table.columns[c].name);
        params += c ? ", ?" : "?";
    }
    sql += ") VALUES (" + params + ")" + upsertClause(m_table);
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &m_insert, nullptr) != SQLITE_OK) {
        if (error)
            *error = "cannot prepare the insert into " + m_table.table + ": " + lastError();
        return false;
    }
    return true;
}

DatabaseConnection::Step SqliteConnection::insert(const std::vector<const DatabaseRow *> &rows)
{
    for (const DatabaseRow *row : rows)
        if (Step s = insertRow(*row); !s.ok)
            return s;
    return {};
}

DatabaseConnection::Step SqliteConnection::insertRow(const DatabaseRow &row)
{
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    for (size_t c = 0; c < m_table.columns.size(); ++c) {
        const int i = int(c) + 1;
        const nlohmann::json &v = c < row.size() ? row[c] : nlohmann::json();
        const FieldType type = m_table.columns[c].type;
        std::string text;
        if (v.is_null())
            sqlite3_bind_null(m_insert, i);
        else if (type == FieldType::Timestamp && v.is_number())
            text = isoTimestamp(v.get<std::int64_t>());
        else if (v.is_boolean())
            sqlite3_bind_int(m_insert, i, v.get<bool>() ? 1 : 0);
        else if (v.is_number_integer())
            sqlite3_bind_int64(m_insert, i, v.get<std::int64_t>());
        else if (v.is_number())
            sqlite3_bind_double(m_insert, i, v.get<double>());
        else if (v.is_string())
            text = v.get<std::string>();
        else
            text = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (!text.empty() || v.is_string())
            sqlite3_bind_text(m_insert, i, text.data(), int(text.size()), SQLITE_TRANSIENT);
    }
    const int rc = sqlite3_step(m_insert);
    Step s;
    if (rc == SQLITE_DONE)
        return s;
    s.ok = false;
    s.error = lastError();
    s.transient = transientCode(rc);
    sqlite3_reset(m_insert);
    return s;
}

} // namespace pipeline::runtime
