#include "pipeline/runtime/database/postgresconnection.h"

#include <libpq-fe.h>

#include <cstring>
#include <map>
#include <set>

namespace pipeline::runtime {

namespace {

// Connection problems and concurrency conflicts pass; data errors do not.
bool transientState(const char *sqlState)
{
    if (!sqlState)
        return false;
    const std::string s(sqlState);
    return s.rfind("08", 0) == 0      // connection exception
        || s == "40001" || s == "40P01" // serialization failure, deadlock
        || s.rfind("53", 0) == 0      // insufficient resources
        || s.rfind("57P", 0) == 0;    // admin shutdown, crash shutdown, cannot connect now
}

std::string trimmed(const char *text)
{
    std::string s = text ? text : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

} // namespace

PostgresConnection::PostgresConnection(DatabaseTable table, std::string password)
    : m_table(std::move(table)), m_password(std::move(password))
{
}

PostgresConnection::~PostgresConnection()
{
    disconnect();
}

void PostgresConnection::disconnect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_prepared.clear();
}

std::string PostgresConnection::describe() const
{
    // Messages reach logs and dead-letter headers: a password that came in with a
    // connection profile must not.
    std::string text = maskUriPassword(m_table.connection);
    for (size_t pos = text.find("password"); pos != std::string::npos; pos = text.find("password", pos + 1)) {
        size_t i = pos + 8;
        while (i < text.size() && text[i] == ' ')
            ++i;
        if (i >= text.size() || text[i] != '=')
            continue;
        ++i;
        while (i < text.size() && text[i] == ' ')
            ++i;
        size_t end = i;
        if (end < text.size() && text[end] == '\'') {
            for (++end; end < text.size() && text[end] != '\''; ++end)
                if (text[end] == '\\')
                    ++end;
            end = std::min(text.size(), end + 1);
        } else {
            while (end < text.size() && text[end] != ' ')
                ++end;
        }
        text = text.substr(0, i) + "***" + text.substr(end);
    }
    return "PostgreSQL '" + text + "'";
}

bool PostgresConnection::connect(std::string *error)
{
    disconnect();
    // The connection text is a conninfo or URI (expand_dbname); the password
    // comes only from its environment variable, never from the file.
    const char *keys[] = {"dbname", "password", "connect_timeout", "application_name", nullptr};
    const char *values[] = {m_table.connection.c_str(), m_password.empty() ? nullptr : m_password.c_str(), "5",
                            "pipewright", nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = "cannot connect to " + describe() + ": " + trimmed(m_conn ? PQerrorMessage(m_conn) : "out of memory");
        disconnect();
        return false;
    }
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr); // "relation exists, skipping"
    return true;
}

bool PostgresConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PostgresConnection::ping(std::string *error)
{
    if (!DatabaseConnection::ping(error))
        return false;
    const Step s = execute("SELECT 1");
    if (!s.ok && error)
        *error = describe() + ": " + s.error;
    return s.ok;
}

std::string PostgresConnection::sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Boolean: return "BOOLEAN";
    case FieldType::Integer: return "BIGINT";
    case FieldType::Double: return "DOUBLE PRECISION";
    case FieldType::Timestamp: return "TIMESTAMPTZ";
    case FieldType::Array:
    case FieldType::Object: return "JSONB";
    case FieldType::String:
    case FieldType::Unknown:
    case FieldType::Null: return "TEXT";
    }
    return "TEXT";
}

DatabaseConnection::Step PostgresConnection::statusOf(void *resultPtr)
{
    auto *result = static_cast<PGresult *>(resultPtr);
    Step s;
    const ExecStatusType st = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
        return s;
    s.ok = false;
    s.error = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (s.error.empty())
        s.error = trimmed(PQerrorMessage(m_conn));
    s.transient = PQstatus(m_conn) != CONNECTION_OK
        || transientState(result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
    return s;
}

DatabaseConnection::Step PostgresConnection::execute(const std::string &sql)
{
    PGresult *result = PQexec(m_conn, sql.c_str());
    Step s = statusOf(result);
    PQclear(result);
    return s;
}

void PostgresConnection::rollback()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        execute("ROLLBACK");
    else
        disconnect();
}

std::string PostgresConnection::insertSql(size_t rowCount) const
{
    std::string sql = "INSERT INTO " + quoteTable(m_table.table) + " (";
    for (size_t c = 0; c < m_table.columns.size(); ++c)
        sql += (c ? ", " : "") + quoteIdentifier(m_table.columns[c].name);
    sql += ") VALUES ";
    int param = 1;
    for (size_t r = 0; r < rowCount; ++r) {
        sql += r ? ", (" : "(";
        for (size_t c = 0; c < m_table.columns.size(); ++c)
            sql += (c ? ", $" : "$") + std::to_string(param++);
        sql += ")";
    }
    sql += upsertClause(m_table);
    return sql;
}

bool PostgresConnection::prepareTable(std::string *error)
{
    if (!isConnected() && !connect(error))
        return false;
    if (m_table.createTable) {
        if (Step s = execute(createTableSql(m_table, &sqlType)); !s.ok) {
            if (error)
                *error = "cannot create table " + m_table.table + " in " + describe() + ": " + s.error;
            return false;
        }
    }
    // The table must have every mapped column (it may predate the pipeline).
    const std::string schema = m_table.table.find('.') == std::string::npos ? std::string()
                                                                            : m_table.table.substr(0, m_table.table.find('.'));
    const std::string name = m_table.table.substr(m_table.table.find('.') == std::string::npos ? 0 : m_table.table.find('.') + 1);
    const char *params[] = {schema.empty() ? nullptr : schema.c_str(), name.c_str()};
    PGresult *result = PQexecParams(m_conn,
                                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                    "COALESCE($1, current_schema()) AND table_name = $2",
                                    2, nullptr, params, nullptr, nullptr, 0);
    Step s = statusOf(result);
    std::set<std::string> existing;
    if (s.ok)
        for (int r = 0; r < PQntuples(result); ++r)
            existing.insert(PQgetvalue(result, r, 0));
    PQclear(result);
    if (!s.ok) {
        if (error)
            *error = "cannot read the columns of table " + m_table.table + ": " + s.error;
        return false;
    }
    return checkColumns(m_table, existing, describe(), error);
}

DatabaseConnection::Step PostgresConnection::insert(const std::vector<const DatabaseRow *> &rows)
{
    const size_t columns = m_table.columns.size();
    // PostgreSQL takes at most 65535 parameters per statement.
    const size_t perStatement = std::max<size_t>(1, std::min<size_t>(1000, 65535 / std::max<size_t>(1, columns)));
    std::vector<std::string> texts;
    std::vector<const char *> values;
    for (size_t start = 0; start < rows.size(); start += perStatement) {
        const size_t count = std::min(perStatement, rows.size() - start);
        auto it = m_prepared.find(count);
        if (it == m_prepared.end()) {
            const std::string name = "pw_insert_" + std::to_string(count);
            PGresult *result = PQprepare(m_conn, name.c_str(), insertSql(count).c_str(), 0, nullptr);
            Step s = statusOf(result);
            PQclear(result);
            if (!s.ok)
                return s;
            it = m_prepared.emplace(count, name).first;
        }
        texts.assign(count * columns, std::string());
        values.assign(count * columns, nullptr);
        for (size_t r = 0; r < count; ++r) {
            const DatabaseRow &row = *rows[start + r];
            for (size_t c = 0; c < columns; ++c) {
                const size_t i = r * columns + c;
                if (c < row.size() && textValue(row[c], m_table.columns[c].type, &texts[i]))
                    values[i] = texts[i].c_str();
            }
        }
        PGresult *result = PQexecPrepared(m_conn, it->second.c_str(), int(values.size()), values.data(), nullptr,
                                          nullptr, 0);
        Step s = statusOf(result);
        PQclear(result);
        if (!s.ok)
            return s;
    }
    return {};
}

// One statement may not update the same row twice: an upsert keeps the last
// row per key, which is what writing them in order would leave behind.
std::vector<const DatabaseRow *> PostgresConnection::batchRows(const std::vector<DatabaseRow> &rows) const
{
    if (!m_table.upsert || m_table.key.empty())
        return DatabaseConnection::batchRows(rows);
    std::vector<size_t> keyIndex;
    for (const auto &k : m_table.key)
        for (size_t c = 0; c < m_table.columns.size(); ++c)
            if (m_table.columns[c].name == k)
                keyIndex.push_back(c);
    std::map<std::string, size_t> last;
    for (size_t r = 0; r < rows.size(); ++r) {
        nlohmann::json key = nlohmann::json::array();
        for (size_t c : keyIndex)
            key.push_back(c < rows[r].size() ? rows[r][c] : nlohmann::json());
        last[key.dump()] = r;
    }
    std::vector<bool> keep(rows.size(), false);
    for (const auto &[key, r] : last)
        keep[r] = true;
    std::vector<const DatabaseRow *> todo;
    for (size_t r = 0; r < rows.size(); ++r)
        if (keep[r])
            todo.push_back(&rows[r]);
    return todo;
}

} // namespace pipeline::runtime
