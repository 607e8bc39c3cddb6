#pragma once

// What a `database-sink` node writes: the table, its columns and key, resolved
// from the node's parameters and its input schema. The catalog's check, the
// runtime operator and the Kafka Connect export all read the node through this
// one function, so validation, the rows written and the exported connector
// configuration cannot disagree about a column.

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/schema.h"

#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// One table column and the record field it is filled from.
struct DatabaseColumn {
    std::string name;  // sanitised column name
    std::string field; // dotted field path in the record
    FieldType type = FieldType::Unknown;
};

/// The resolved target of a database sink.
struct DatabaseTable {
    std::string driver = "postgresql"; // postgresql | mysql | sqlite
    std::string connection;
    std::string passwordEnv;
    std::string table;                 // as given: "readings" or "schema.readings"
    std::vector<DatabaseColumn> columns;
    std::vector<std::string> key;      // key column names (upsert conflict target, primary key)
    bool upsert = false;
    bool createTable = true;
    /// Topic the SQL export materialises the sink's stream into (Kafka Connect reads it).
    std::string exportTopic;

    const DatabaseColumn *column(std::string_view name) const;
};

/// A record field name turned into a column name every SQL database accepts
/// unquoted: lower case, [a-z0-9_], not starting with a digit, at most 63 bytes.
std::string sanitizeColumnName(std::string_view name);

/// Whether `table` is a usable table name: one or two dot-separated parts of
/// letters, digits and underscores, not starting with a digit.
bool isValidTableName(std::string_view table);

/// True when a connection text carries a password itself (`password=...` or a
/// URI with `user:secret@`): files never hold secrets.
bool connectionHasPassword(std::string_view connection);

/// Reads a database-sink node against its input schema. Problems (unknown field,
/// duplicate column, key not mapped, ...) are appended to `problems` with the
/// parameter path (e.g. `columns[1].field`) when it is given.
DatabaseTable resolveDatabaseTable(const Node &node, const Schema &input, Diagnostics *problems = nullptr);

} // namespace pipeline
