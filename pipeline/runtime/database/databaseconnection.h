#pragma once

#include "pipeline/core/databasetable.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// One row to write: the column values in the table's column order (JSON null = SQL NULL).
using DatabaseRow = std::vector<nlohmann::json>;

/// What a write did. Transient failures (connection lost, deadlock, database busy)
/// are worth retrying; Failed ones are about the data (a constraint, a value the
/// column type rejects) and go to the records' error policy.
struct DatabaseWriteResult {
    enum class Status { Ok, Transient, Failed };
    Status status = Status::Ok;
    std::string error;
    /// writeEach(): one entry per row, empty for rows that were written.
    std::vector<std::string> rowErrors;

    bool ok() const { return status == Status::Ok; }
};

/// A connection to the table a database sink writes (PostgreSQL, MySQL/MariaDB or SQLite).
/// Used from the engine thread only. Every write is one transaction: the
/// database sink acknowledges a batch's records only after its commit. The
/// transaction logic, the CREATE TABLE / upsert SQL and the column check are
/// here once; a driver gives its statements, its inserts and its column types.
class DatabaseConnection {
public:
    virtual ~DatabaseConnection() = default;

    /// "PostgreSQL host=db dbname=iot" / "SQLite /var/lib/readings.db", for messages.
    virtual std::string describe() const = 0;
    /// Connects; a clear error ("cannot connect to PostgreSQL ...: ...") when it cannot.
    virtual bool connect(std::string *error) = 0;
    virtual bool isConnected() const = 0;
    /// Runs `SELECT 1` on the open connection: proves the server answers queries
    /// (Settings' "Test connection"). The default only reports whether it is connected.
    virtual bool ping(std::string *error)
    {
        if (!isConnected() && error)
            *error = "not connected to " + describe();
        return isConnected();
    }
    /// Creates the table if it is missing (and createTable is on), then checks that
    /// every mapped column exists.
    virtual bool prepareTable(std::string *error) = 0;
    /// All rows in one transaction (upsert: the last row per key wins); nothing is
    /// written unless everything is.
    DatabaseWriteResult writeBatch(const std::vector<DatabaseRow> &rows);
    /// Each row under its own savepoint in one transaction: rows the database
    /// rejects are reported in rowErrors, the others are committed.
    DatabaseWriteResult writeEach(const std::vector<DatabaseRow> &rows);

    /// The connection for `table.driver`; `password` is the resolved secret (may be empty).
    static std::unique_ptr<DatabaseConnection> create(const DatabaseTable &table, const std::string &password);

    /// Epoch milliseconds as ISO 8601 UTC with milliseconds ("2024-05-01T12:00:00.250Z").
    static std::string isoTimestamp(std::int64_t millis);
    /// scheme://user:***@host/... for scheme://user:secret@host/...: messages reach
    /// logs and dead-letter headers, a password from a profile must not.
    static std::string maskUriPassword(std::string text);
    /// "a"."b" for "a.b", with embedded quotes doubled.
    static std::string quoteTable(const std::string &table);
    static std::string quoteIdentifier(const std::string &name);
    /// `CREATE TABLE IF NOT EXISTS` for `table`, each column typed by `sqlType`;
    /// key columns by `keySqlType` when given (MySQL cannot index TEXT whole).
    static std::string createTableSql(const DatabaseTable &table, std::string (*sqlType)(FieldType),
                                      std::string (*keySqlType)(FieldType) = nullptr);
    /// A value as the text a server parses for the column (timestamps as ISO 8601
    /// UTC, objects and arrays as JSON, booleans as true/false); false for NULL.
    static bool textValue(const nlohmann::json &value, FieldType type, std::string *text);
    /// ` ON CONFLICT (key) DO UPDATE SET c = EXCLUDED.c, ...` (DO NOTHING when every
    /// column is a key); empty unless the table upserts on a key.
    static std::string upsertClause(const DatabaseTable &table);
    /// Every mapped column is among `existing` (the table's columns; empty = no
    /// table); false with the message naming what is missing.
    static bool checkColumns(const DatabaseTable &table, const std::set<std::string> &existing,
                             const std::string &description, std::string *error);

protected:
    /// One statement's outcome: transient failures (connection lost, busy) are worth retrying.
    struct Step {
        bool ok = true;
        bool transient = false;
        std::string error;
    };
    /// Connected and ready to insert; false with why.
    virtual bool ready(std::string *error) = 0;
    /// Opens a write transaction.
    virtual Step begin() = 0;
    virtual Step execute(const std::string &sql) = 0;
    /// Inserts (or upserts) the rows inside the open transaction.
    virtual Step insert(const std::vector<const DatabaseRow *> &rows) = 0;
    /// Ends a failed transaction (or drops a broken connection).
    virtual void rollback() = 0;
    /// The rows writeBatch() inserts; a driver whose one statement may not touch a
    /// row twice keeps only the last row per key.
    virtual std::vector<const DatabaseRow *> batchRows(const std::vector<DatabaseRow> &rows) const;

private:
    DatabaseWriteResult failed(DatabaseWriteResult out, const Step &step);
};

} // namespace pipeline::runtime
