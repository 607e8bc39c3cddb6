#pragma once

#include "pipeline/core/schema.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline {

/// A problem in a schema parameter, with the JSON path below the parameter
/// ("[2].type", "[0].fields[1].name").
struct SchemaParameterError {
    std::string path;
    std::string message;
};

/// Reads a Schema parameter (`[{"name", "type", "sensitive", "fields"}]`, see
/// docs/node-kinds.md). Malformed entries are reported and skipped (or typed
/// Unknown), so a half-typed declaration still yields its good fields.
Schema schemaFromParameter(const nlohmann::json &value, std::vector<SchemaParameterError> *errors = nullptr);

/// The parameter form of a schema: the inverse of schemaFromParameter.
nlohmann::json schemaToParameter(const Schema &schema);

} // namespace pipeline
