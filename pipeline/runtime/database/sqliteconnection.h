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
    DatabaseWriteResult writeBatch(const std::vector<DatabaseRow> &rows) override;
    DatabaseWriteResult writeEach(const std::vector<DatabaseRow> &rows) override;

    /// The column type a created table uses for a field type (timestamps are
    /// ISO 8601 text, which SQLite's date functions read; objects are JSON text).
    static std::string sqlType(FieldType type);

private:
    bool exec(const std::string &sql, std::string *error, bool *transient = nullptr);
    bool insertRow(const DatabaseRow &row, std::string *error, bool *transient);
    std::string lastError() const;
    void disconnect();

    DatabaseTable m_table;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace pipeline::runtime
