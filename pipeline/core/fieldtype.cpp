#include "pipeline/core/fieldtype.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace pipeline {

std::string_view fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Unknown: return "unknown";
    case FieldType::Null: return "null";
    case FieldType::Boolean: return "boolean";
    case FieldType::Integer: return "integer";
    case FieldType::Double: return "double";
    case FieldType::String: return "string";
    case FieldType::Timestamp: return "timestamp";
    case FieldType::Array: return "array";
    case FieldType::Object: return "object";
    }
    return "unknown";
}

std::optional<FieldType> fieldTypeFromName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    static const std::array<std::pair<std::string_view, FieldType>, 22> names{{
        {"unknown", FieldType::Unknown},   {"null", FieldType::Null},
        {"boolean", FieldType::Boolean},   {"bool", FieldType::Boolean},
        {"integer", FieldType::Integer},   {"int", FieldType::Integer},
        {"bigint", FieldType::Integer},    {"long", FieldType::Integer},
        {"double", FieldType::Double},     {"float", FieldType::Double},
        {"decimal", FieldType::Double},    {"number", FieldType::Double},
        {"string", FieldType::String},     {"varchar", FieldType::String},
        {"text", FieldType::String},       {"timestamp", FieldType::Timestamp},
        {"array", FieldType::Array},       {"object", FieldType::Object},
        {"struct", FieldType::Object},     {"map", FieldType::Object},
        {"real", FieldType::Double},       {"char", FieldType::String},
    }};
    for (const auto &[n, t] : names)
        if (n == lower)
            return t;
    return std::nullopt;
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Double;
}

bool isAssignable(FieldType from, FieldType to)
{
    if (from == to || from == FieldType::Unknown || to == FieldType::Unknown || from == FieldType::Null)
        return true;
    return from == FieldType::Integer && to == FieldType::Double;
}

} // namespace pipeline
