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
    std::string e;
    if (!exec("PRAGMA journal_mode=WAL", &e) || !exec("PRAGMA synchronous=NORMAL", &e)) {
        if (error)
            *error = "cannot open " + describe() + ": " + e;
        disconnect();
        return false;
    }
    return true;
}

bool SqliteConnection::ping(std::string *error)
{
    if (!DatabaseConnection::ping(error))
        return false;
    std::string why;
    if (exec("SELECT 1", &why))
        return true;
    if (error)
        *error = describe() + ": " + why;
    return false;
}

bool SqliteConnection::exec(const std::string &sql, std::string *error, bool *transient)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return true;
    if (error)
        *error = message ? message : sqlite3_errstr(rc);
    if (transient)
        *transient = transientCode(rc);
    sqlite3_free(message);
    return false;
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
    const std::string table = quoteTable(m_table.table);
    std::string e;
    if (m_table.createTable) {
        std::string sql = "CREATE TABLE IF NOT EXISTS " + table + " (";
        for (size_t c = 0; c < m_table.columns.size(); ++c)
            sql += (c ? ", " : "") + quoteIdentifier(m_table.columns[c].name) + " " + sqlType(m_table.columns[c].type);
        if (!m_table.key.empty()) {
            sql += ", PRIMARY KEY (";
            for (size_t k = 0; k < m_table.key.size(); ++k)
                sql += (k ? ", " : "") + quoteIdentifier(m_table.key[k]);
            sql += ")";
        }
        sql += ")";
        if (!exec(sql, &e)) {
            if (error)
                *error = "cannot create table " + m_table.table + " in " + describe() + ": " + e;
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
    if (existing.empty()) {
        if (error)
            *error = "table " + m_table.table + " does not exist in " + describe()
                + " (turn on 'Create table' or create it first)";
        return false;
    }
    std::string missing;
    for (const auto &column : m_table.columns)
        if (!existing.count(column.name))
            missing += (missing.empty() ? "" : ", ") + column.name;
    if (!missing.empty()) {
        if (error)
            *error = "table " + m_table.table + " has no column(s) " + missing;
        return false;
    }

    std::string sql = "INSERT INTO " + table + " (";
    std::string params;
    for (size_t c = 0; c < m_table.columns.size(); ++c) {
        sql += (c ? ", " : "") + quoteIdentifier(m_table.columns[c].name);
        params += c ? ", ?" : "?";
    }
    sql += ") VALUES (" + params + ")";
    if (m_table.upsert && !m_table.key.empty()) {
        sql += " ON CONFLICT (";
        for (size_t k = 0; k < m_table.key.size(); ++k)
            sql += (k ? ", " : "") + quoteIdentifier(m_table.key[k]);
        std::string set;
        for (const auto &column : m_table.columns)
            if (std::find(m_table.key.begin(), m_table.key.end(), column.name) == m_table.key.end())
                set += (set.empty() ? "" : ", ") + quoteIdentifier(column.name) + " = excluded."
                    + quoteIdentifier(column.name);
        sql += ") DO " + (set.empty() ? std::string("NOTHING") : "UPDATE SET " + set);
    }
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &m_insert, nullptr) != SQLITE_OK) {
        if (error)
            *error = "cannot prepare the insert into " + m_table.table + ": " + lastError();
        return false;
    }
    return true;
}

bool SqliteConnection::insertRow(const DatabaseRow &row, std::string *error, bool *transient)
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
    if (rc == SQLITE_DONE)
        return true;
    if (error)
        *error = lastError();
    if (transient)
        *transient = transientCode(rc);
    sqlite3_reset(m_insert);
    return false;
}

DatabaseWriteResult SqliteConnection::writeBatch(const std::vector<DatabaseRow> &rows)
{
    DatabaseWriteResult out;
    std::string error;
    bool transient = false;
    if (!m_insert && !prepareTable(&error)) {
        out.status = DatabaseWriteResult::Status::Transient;
        out.error = error;
        return out;
    }
    bool ok = exec("BEGIN IMMEDIATE", &error, &transient);
    for (size_t r = 0; ok && r < rows.size(); ++r)
        ok = insertRow(rows[r], &error, &transient);
    if (ok)
        ok = exec("COMMIT", &error, &transient);
    if (!ok) {
        exec("ROLLBACK", nullptr);
        out.status = transient ? DatabaseWriteResult::Status::Transient : DatabaseWriteResult::Status::Failed;
        out.error = error;
    }
    return out;
}

DatabaseWriteResult SqliteConnection::writeEach(const std::vector<DatabaseRow> &rows)
{
    DatabaseWriteResult out;
    out.rowErrors.assign(rows.size(), std::string());
    std::string error;
    bool transient = false;
    auto fail = [&] {
        exec("ROLLBACK", nullptr);
        out.status = transient ? DatabaseWriteResult::Status::Transient : DatabaseWriteResult::Status::Failed;
        out.error = error;
        return out;
    };
    if (!m_insert && !prepareTable(&error)) {
        transient = true;
        return fail();
    }
    if (!exec("BEGIN IMMEDIATE", &error, &transient))
        return fail();
    for (size_t r = 0; r < rows.size(); ++r) {
        if (!exec("SAVEPOINT pw_row", &error, &transient))
            return fail();
        std::string rowError;
        bool rowTransient = false;
        if (!insertRow(rows[r], &rowError, &rowTransient)) {
            if (rowTransient) {
                error = rowError;
                transient = true;
                return fail();
            }
            out.rowErrors[r] = rowError;
            if (!exec("ROLLBACK TO SAVEPOINT pw_row", &error, &transient))
                return fail();
        }
        if (!exec("RELEASE SAVEPOINT pw_row", &error, &transient))
            return fail();
    }
    if (!exec("COMMIT", &error, &transient))
        return fail();
    return out;
}

} // namespace pipeline::runtime
