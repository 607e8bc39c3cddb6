#include "pipeline/runtime/database/mysqlconnection.h"

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <algorithm>
#include <set>

namespace pipeline::runtime {

namespace {

// Client errors (2000-2999) mean the connection is gone or never answered.
bool connectionError(unsigned code)
{
    return code >= CR_MIN_ERROR && code <= CR_MAX_ERROR;
}

// Connection problems and concurrency conflicts pass; data errors do not.
bool transientError(unsigned code, const char *sqlState)
{
    return connectionError(code) || code == ER_LOCK_DEADLOCK || code == ER_LOCK_WAIT_TIMEOUT
        || code == ER_CON_COUNT_ERROR || code == ER_SERVER_SHUTDOWN || code == ER_CONNECTION_KILLED
        || code == ER_QUERY_INTERRUPTED || (sqlState && std::string(sqlState).rfind("08", 0) == 0);
}

// The session every statement relies on: strict (a value the column rejects is an
// error, not a silent 0), double-quoted identifiers (createTableSql, quoteTable),
// UTC so DATETIME columns hold the UTC instant written.
const char *SessionSql = "SET SESSION sql_mode = 'STRICT_ALL_TABLES,ANSI_QUOTES,NO_ENGINE_SUBSTITUTION,"
                         "ERROR_FOR_DIVISION_BY_ZERO', time_zone = '+00:00'";

// MySQL's limit is max_allowed_packet (16 MiB by default on the server); stay well below.
constexpr size_t MaxStatementBytes = 4 * 1024 * 1024;
constexpr size_t MaxRowsPerStatement = 1000;

} // namespace

MysqlConnection::MysqlConnection(DatabaseTable table, std::string password)
    : m_table(std::move(table)), m_password(std::move(password))
{
}

MysqlConnection::~MysqlConnection()
{
    disconnect();
}

void MysqlConnection::disconnect()
{
    if (m_conn)
        mysql_close(m_conn);
    m_conn = nullptr;
    m_lost = false;
}

std::string MysqlConnection::describe() const
{
    return "MySQL '" + maskUriPassword(m_table.connection) + "'";
}

bool MysqlConnection::connect(std::string *error)
{
    disconnect();
    std::string problem;
    if (!MysqlUri::parse(m_table.connection, &m_uri, &problem)) {
        if (error)
            *error = "cannot connect to " + describe() + ": " + problem;
        return false;
    }
    m_conn = mysql_init(nullptr);
    if (!m_conn) {
        if (error)
            *error = "cannot connect to " + describe() + ": out of memory";
        return false;
    }
    unsigned timeout = 5;
    if (auto it = m_uri.options.find("connect_timeout"); it != m_uri.options.end())
        timeout = unsigned(std::stoul(it->second));
    // Reads and writes time out too: a server that hangs must fail a batch (and be retried), not the engine.
    unsigned ioTimeout = 60;
    mysql_options(m_conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    mysql_options(m_conn, MYSQL_OPT_READ_TIMEOUT, &ioTimeout);
    mysql_options(m_conn, MYSQL_OPT_WRITE_TIMEOUT, &ioTimeout);
    mysql_options(m_conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    if (auto it = m_uri.options.find("ssl_mode"); it != m_uri.options.end() && it->second != "disabled"
                                                  && it->second != "preferred") {
        my_bool on = 1;
        mysql_options(m_conn, MYSQL_OPT_SSL_ENFORCE, &on);
        if (it->second != "required")
            mysql_options(m_conn, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
    }
    // A reconnect inside a transaction would silently lose its rows: the sink reconnects itself.
    my_bool reconnect = 0;
    mysql_options(m_conn, MYSQL_OPT_RECONNECT, &reconnect);
    const auto socket = m_uri.options.find("socket");
    if (!mysql_real_connect(m_conn, m_uri.host.c_str(), m_uri.user.empty() ? nullptr : m_uri.user.c_str(),
                            m_password.empty() ? (m_uri.hasPassword ? m_uri.password.c_str() : nullptr)
                                               : m_password.c_str(),
                            m_uri.database.empty() ? nullptr : m_uri.database.c_str(), unsigned(m_uri.port),
                            socket == m_uri.options.end() ? nullptr : socket->second.c_str(), 0)) {
        if (error)
            *error = "cannot connect to " + describe() + ": " + mysql_error(m_conn);
        disconnect();
        return false;
    }
    if (Step s = execute(SessionSql); !s.ok) {
        if (error)
            *error = "cannot set up the session on " + describe() + ": " + s.error;
        disconnect();
        return false;
    }
    return true;
}

bool MysqlConnection::ping(std::string *error)
{
    if (!DatabaseConnection::ping(error))
        return false;
    const Step s = execute("SELECT 1");
    if (!s.ok && error)
        *error = describe() + ": " + s.error;
    return s.ok;
}

std::string MysqlConnection::sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Boolean: return "BOOLEAN";
    case FieldType::Integer: return "BIGINT";
    case FieldType::Double: return "DOUBLE";
    case FieldType::Timestamp: return "DATETIME(3)"; // UTC (the session's time zone), milliseconds
    case FieldType::Array:
    case FieldType::Object: return "JSON";
    case FieldType::String:
    case FieldType::Unknown:
    case FieldType::Null: return "TEXT";
    }
    return "TEXT";
}

std::string MysqlConnection::keySqlType(FieldType type)
{
    switch (type) {
    case FieldType::Boolean:
    case FieldType::Integer:
    case FieldType::Double:
    case FieldType::Timestamp: return sqlType(type);
    case FieldType::Array:
    case FieldType::Object:
    case FieldType::String:
    case FieldType::Unknown:
    case FieldType::Null: return "VARCHAR(255)"; // 1020 bytes in utf8mb4: a few fit InnoDB's 3072-byte key
    }
    return "VARCHAR(255)";
}

std::string MysqlConnection::upsertClause(const DatabaseTable &table)
{
    if (!table.upsert || table.key.empty())
        return {};
    std::string set;
    for (const auto &column : table.columns)
        if (std::find(table.key.begin(), table.key.end(), column.name) == table.key.end())
            set += (set.empty() ? "" : ", ") + quoteIdentifier(column.name) + " = VALUES(" + quoteIdentifier(column.name) + ")";
    if (set.empty()) // every column is a key: the row is already there, nothing to update
        set = quoteIdentifier(table.key.front()) + " = " + quoteIdentifier(table.key.front());
    return " ON DUPLICATE KEY UPDATE " + set;
}

std::string MysqlConnection::datetimeText(const std::string &iso)
{
    // YYYY-MM-DDTHH:MM:SS[.fff]Z: the one form the sink writes and ISO producers send.
    if (iso.size() < 20 || iso[10] != 'T' || iso.back() != 'Z' || iso[4] != '-' || iso[13] != ':')
        return iso;
    std::string out = iso.substr(0, iso.size() - 1);
    out[10] = ' ';
    return out;
}

DatabaseConnection::Step MysqlConnection::lastStep()
{
    Step s;
    const unsigned code = mysql_errno(m_conn);
    if (code == 0)
        return s;
    s.ok = false;
    s.error = mysql_error(m_conn);
    s.transient = transientError(code, mysql_sqlstate(m_conn));
    m_lost = m_lost || connectionError(code);
    return s;
}

DatabaseConnection::Step MysqlConnection::execute(const std::string &sql)
{
    if (!m_conn)
        return {false, true, "not connected to " + describe()};
    if (mysql_real_query(m_conn, sql.data(), sql.size()) != 0)
        return lastStep();
    // A statement with a result (SELECT 1) must be read before the next one.
    if (MYSQL_RES *result = mysql_store_result(m_conn))
        mysql_free_result(result);
    return lastStep();
}

void MysqlConnection::rollback()
{
    if (m_conn && !m_lost && execute("ROLLBACK").ok)
        return;
    disconnect();
}

bool MysqlConnection::prepareTable(std::string *error)
{
    if (!isConnected() && !connect(error))
        return false;
    if (m_table.createTable) {
        if (Step s = execute(createTableSql(m_table, &sqlType, &keySqlType)); !s.ok) {
            if (error)
                *error = "cannot create table " + m_table.table + " in " + describe() + ": " + s.error;
            return false;
        }
    }
    // The table must have every mapped column (it may predate the pipeline).
    const size_t dot = m_table.table.find('.');
    auto literal = [this](const std::string &text) {
        std::string escaped(text.size() * 2 + 1, '\0');
        escaped.resize(mysql_real_escape_string(m_conn, escaped.data(), text.data(), (unsigned long)text.size()));
        return "'" + escaped + "'";
    };
    const std::string schema = dot == std::string::npos ? "DATABASE()" : literal(m_table.table.substr(0, dot));
    const std::string name = literal(dot == std::string::npos ? m_table.table : m_table.table.substr(dot + 1));
    const std::string sql = "SELECT column_name FROM information_schema.columns WHERE table_schema = " + schema
        + " AND table_name = " + name;
    std::set<std::string> existing;
    Step s;
    if (mysql_real_query(m_conn, sql.data(), sql.size()) != 0) {
        s = lastStep();
    } else if (MYSQL_RES *result = mysql_store_result(m_conn)) {
        while (MYSQL_ROW row = mysql_fetch_row(result))
            if (row[0])
                existing.insert(row[0]);
        mysql_free_result(result);
    } else {
        s = lastStep();
    }
    if (!s.ok) {
        if (error)
            *error = "cannot read the columns of table " + m_table.table + ": " + s.error;
        return false;
    }
    return checkColumns(m_table, existing, describe(), error);
}

void MysqlConnection::appendValue(std::string *sql, const nlohmann::json &value, FieldType type)
{
    if (type == FieldType::Boolean && value.is_boolean()) {
        *sql += value.get<bool>() ? "TRUE" : "FALSE";
        return;
    }
    std::string text;
    if (!textValue(value, type, &text)) {
        *sql += "NULL";
        return;
    }
    if (type == FieldType::Timestamp)
        text = datetimeText(text);
    const size_t start = sql->size();
    sql->resize(start + text.size() * 2 + 3);
    (*sql)[start] = '\'';
    const unsigned long written = mysql_real_escape_string(m_conn, sql->data() + start + 1, text.data(),
                                                           (unsigned long)text.size());
    sql->resize(start + 1 + written);
    *sql += '\'';
}

DatabaseConnection::Step MysqlConnection::insert(const std::vector<const DatabaseRow *> &rows)
{
    if (!m_conn)
        return {false, true, "not connected to " + describe()};
    std::string head = "INSERT INTO " + quoteTable(m_table.table) + " (";
    for (size_t c = 0; c < m_table.columns.size(); ++c)
        head += (c ? ", " : "") + quoteIdentifier(m_table.columns[c].name);
    head += ") VALUES ";
    const std::string tail = upsertClause(m_table);
    const nlohmann::json null;
    std::string sql;
    size_t inStatement = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (inStatement == 0)
            sql = head;
        sql += inStatement ? ", (" : "(";
        const DatabaseRow &row = *rows[r];
        for (size_t c = 0; c < m_table.columns.size(); ++c) {
            if (c)
                sql += ", ";
            appendValue(&sql, c < row.size() ? row[c] : null, m_table.columns[c].type);
        }
        sql += ")";
        ++inStatement;
        if (r + 1 == rows.size() || inStatement == MaxRowsPerStatement || sql.size() >= MaxStatementBytes) {
            sql += tail;
            if (Step s = execute(sql); !s.ok)
                return s;
            inStatement = 0;
        }
    }
    return {};
}

} // namespace pipeline::runtime
