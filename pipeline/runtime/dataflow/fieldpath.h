#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pipeline::runtime {

/// A dotted field path ("customer.email") split once, for operators that read or
/// write fields by name rather than through an expression (mask, timeField).
class FieldPath {
public:
    FieldPath() = default;
    explicit FieldPath(std::string_view dotted);

    bool empty() const { return m_segments.empty(); }
    const std::string &text() const { return m_text; }
    /// The value at the path, or nullptr when a segment is missing or not an object.
    const nlohmann::json *find(const nlohmann::json &record) const;
    nlohmann::json *find(nlohmann::json &record) const;

private:
    std::string m_text;
    std::vector<std::string> m_segments;
};

} // namespace pipeline::runtime
