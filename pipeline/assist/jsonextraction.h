#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace pipeline::assist {

/// The JSON object found in a model's reply, or why there is none.
struct ExtractedJson {
    std::optional<nlohmann::json> value;
    /// Empty on success; otherwise one sentence a model can act on.
    std::string error;
    /// The reply ends inside an unfinished object (cut off by max_tokens).
    bool truncated = false;
    bool ok() const { return value.has_value(); }
};

/// Finds the JSON object in a chat reply, whatever the model wrapped around it:
/// the whole text when it parses, else the first ```json (or bare ```) fence whose
/// content is an object, else the first balanced `{...}` that parses (string
/// literals and escapes are respected, so braces inside strings do not count).
/// Models without structured output add prose, fences or a trailing remark; a
/// reply cut off mid-object is reported as truncated rather than as a syntax error.
ExtractedJson extractJsonObject(std::string_view reply);

} // namespace pipeline::assist
