#pragma once

#include "pipeline/core/fieldtype.h"

#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// One named field of a record. Objects carry their nested fields in `children`;
/// arrays carry their element type in `elementType`.
struct Field {
    std::string name;
    FieldType type = FieldType::Unknown;
    std::vector<Field> children;
    FieldType elementType = FieldType::Unknown;
    /// Marked sensitive by the source (PII): the LLM guard refuses it unmasked.
    bool sensitive = false;
    /// Set by a mask node: the value is redacted/hashed from here on.
    bool masked = false;

    bool operator==(const Field &) const = default;
};

/// The record schema on a port: ordered fields (order is the column order codegen
/// emits). `open` means more fields than listed may appear (e.g. a source whose
/// schema was neither declared nor sampled); lookups of unlisted names then give
/// Unknown instead of an error.
class Schema {
public:
    std::vector<Field> fields;
    bool open = false;

    /// Dotted path lookup ("a.b.c") through nested objects; nullptr if absent.
    const Field *find(std::string_view dottedPath) const;
    const Field *find(const std::vector<std::string> &path) const;
    Field *findMutable(std::string_view dottedPath);
    bool contains(std::string_view dottedPath) const { return find(dottedPath) != nullptr; }

    /// Adds a top-level field, replacing one of the same name in place.
    void set(Field field);
    /// Removes a top-level field; returns false if there was none.
    bool remove(std::string_view name);
    /// Names of all top-level fields, in order.
    std::vector<std::string> names() const;
    /// All leaf paths ("a", "b.c", ...) for completion lists.
    std::vector<std::string> paths() const;

    static Schema openSchema() { Schema s; s.open = true; return s; }

    bool operator==(const Schema &) const = default;
};

} // namespace pipeline
