#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pipeline::runtime {

/// Checks a model's JSON answer against the JSON schema the node asked for
/// (response_format json_schema). Covers the subset structured-output APIs use:
/// type (or a list of types), properties, required, additionalProperties: false,
/// enum, const, items, minItems/maxItems, minLength/maxLength,
/// minimum/maximum, anyOf. Unknown keywords are ignored. Returns the first
/// mismatch as "$.path: message", or nullopt when the value conforms.
std::optional<std::string> checkJsonSchema(const nlohmann::json &schema, const nlohmann::json &value);

} // namespace pipeline::runtime
