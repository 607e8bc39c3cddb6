#pragma once

#include "pipeline/runtime/database/databaseconnection.h"

#include <map>

struct pg_conn;

namespace pipeline::runtime {

/// PostgreSQL through libpq. Rows go in as parameterised multi-row INSERTs
/// (prepared once per row count, values as text so the server converts them to
/// the column types), `ON CONFLICT (key) DO UPDATE` for upserts.
class PostgresConnection : public DatabaseConnection {
public:
    PostgresConnection(DatabaseTable table, std::string password);
    ~PostgresConnection() override;

    std::string describe() const override;
    bool connect(std::string *error) override;
    bool isConnected() const override;
    bool ping(std::string *error) override;
    bool prepareTable(std::string *error) override;

    /// The column type a created table uses for a field type.
    static std::string sqlType(FieldType type);

protected:
    bool ready(std::string *error) override { return isConnected() || connect(error); }
    Step begin() override { return execute("BEGIN"); }
    Step execute(const std::string &sql) override;
    Step insert(const std::vector<const DatabaseRow *> &rows) override;
    void rollback() override;
    std::vector<const DatabaseRow *> batchRows(const std::vector<DatabaseRow> &rows) const override;

private:
    Step statusOf(void *result);
    std::string insertSql(size_t rowCount) const;
    void disconnect();

    DatabaseTable m_table;
    std::string m_password;
    pg_conn *m_conn = nullptr;
    std::map<size_t, std::string> m_prepared; // row count -> statement name
};

} // namespace pipeline::runtime
