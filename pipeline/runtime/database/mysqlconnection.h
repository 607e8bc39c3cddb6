#pragma once

#include "pipeline/core/mysqluri.h"
#include "pipeline/runtime/database/databaseconnection.h"

struct st_mysql;

namespace pipeline::runtime {

/// MySQL and MariaDB through MariaDB Connector/C (`mysql.h`, Debian's
/// libmariadb). The connection is a mysql:// (or mariadb://) URI; the session
/// runs in strict mode with ANSI_QUOTES (so the shared CREATE TABLE and column
/// quoting apply) and UTC as its time zone. Rows go in as escaped multi-row
/// INSERTs, `ON DUPLICATE KEY UPDATE` for upserts (the key is the table's
/// PRIMARY KEY), one transaction per batch.
class MysqlConnection : public DatabaseConnection {
public:
    MysqlConnection(DatabaseTable table, std::string password);
    ~MysqlConnection() override;

    std::string describe() const override;
    bool connect(std::string *error) override;
    bool isConnected() const override { return m_conn != nullptr; }
    bool ping(std::string *error) override;
    bool prepareTable(std::string *error) override;

    /// The column type a created table uses for a field type.
    static std::string sqlType(FieldType type);
    /// Key columns: MySQL indexes no TEXT or JSON column whole, so strings get VARCHAR.
    static std::string keySqlType(FieldType type);
    /// ` ON DUPLICATE KEY UPDATE c = VALUES(c), ...`; empty unless the table upserts on a key.
    static std::string upsertClause(const DatabaseTable &table);
    /// ISO 8601 ("2024-05-01T12:00:00.250Z") as a DATETIME literal ("2024-05-01 12:00:00.250");
    /// other text unchanged.
    static std::string datetimeText(const std::string &iso);

protected:
    bool ready(std::string *error) override { return isConnected() || connect(error); }
    Step begin() override { return execute("START TRANSACTION"); }
    Step execute(const std::string &sql) override;
    Step insert(const std::vector<const DatabaseRow *> &rows) override;
    void rollback() override;

private:
    Step lastStep();
    void appendValue(std::string *sql, const nlohmann::json &value, FieldType type);
    void disconnect();

    DatabaseTable m_table;
    std::string m_password;
    MysqlUri m_uri;
    st_mysql *m_conn = nullptr;
    bool m_lost = false; // the last error was the connection's: reconnect before the next write
};

} // namespace pipeline::runtime
