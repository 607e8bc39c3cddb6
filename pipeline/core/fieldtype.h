#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pipeline {

/// The value types records carry and expressions compute. They map 1:1 onto
/// the SQL types codegen emits (BOOLEAN, BIGINT, DOUBLE, VARCHAR/STRING,
/// TIMESTAMP(3), ARRAY, STRUCT). Unknown means "not inferred yet": checks
/// against it pass so a graph with an unsampled source still validates.
enum class FieldType {
    Unknown,
    Null,
    Boolean,
    Integer,
    Double,
    String,
    Timestamp,
    Array,
    Object,
};

/// Lower-case name used in files and messages ("integer", "string", ...).
std::string_view fieldTypeName(FieldType type);
/// Inverse of fieldTypeName; also accepts SQL spellings (BIGINT, VARCHAR, ...).
std::optional<FieldType> fieldTypeFromName(std::string_view name);

bool isNumeric(FieldType type);
/// True when a value of `from` may be used where `to` is expected without a CAST
/// (Unknown and Null fit anywhere; Integer widens to Double).
bool isAssignable(FieldType from, FieldType to);

} // namespace pipeline
