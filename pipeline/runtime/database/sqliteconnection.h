#pragma once

#include "pipeline/runtime/database/databaseconnection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace pipeline::runtime {

/// SQLite through the sqlite3 library: the database file in WAL mode (readers
/// are not blocked by the sink's transactions), one prepared
/// `INSERT ... ON CONFLICT (key) DO UPDATE` per row, a transaction per batch.
class SqliteConnection : public DatabaseConnection {
public:
    explicit SqliteConnection(DatabaseTable table);
    ~SqliteConnection() override;

    std::string describe() const override;
    bool connect(std::string *error) override;
    bool isConnected() const override { return m_db != nullptr; }
    bool ping(std::string *error) override;
    bool prepareTable(std::string *error) override;

    /// The column type a created table uses for a field type (timestamps are
    /// ISO 8601 text, which SQLite's date functions read; objects are JSON text).
    static std::string sqlType(FieldType type);

protected:
    bool ready(std::string *error) override { return m_insert || prepareTable(error); }
    Step begin() override { return execute("BEGIN IMMEDIATE"); }
    Step execute(const std::string &sql) override;
    Step insert(const std::vector<const DatabaseRow *> &rows) override;
    void rollback() override { execute("ROLLBACK"); }

private:
    Step insertRow(const DatabaseRow &row);
    std::string lastError() const;
    void disconnect();

    DatabaseTable m_table;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace pipeline::runtime
