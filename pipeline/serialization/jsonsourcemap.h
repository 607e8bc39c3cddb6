#pragma once

#include "pipeline/core/diagnostic.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// Where each value of a JSON text sits, addressed by JSON pointer ("/nodes/2/id").
/// nlohmann::json keeps no positions, so the reader scans the text a second time
/// (after nlohmann accepted it) to point structural errors at the offending value.
/// The scan also finds what nlohmann silently merges: duplicate object keys.
class JsonSourceMap {
public:
    /// Scans `text`, which must already be syntactically valid JSON. Nesting deeper
    /// than `maxDepth` is reported as an error instead of recursing further.
    static JsonSourceMap build(std::string_view text, int maxDepth = 128);

    /// Span of the value at `pointer` (its first byte .. its last byte), or of
    /// the nearest existing ancestor when the pointer names something absent.
    SourceSpan valueSpan(std::string_view pointer) const;
    /// Span of the key that introduces the member at `pointer`; falls back to valueSpan.
    SourceSpan keySpan(std::string_view pointer) const;

    /// Problems the scan found: duplicate keys, excessive nesting.
    const std::vector<std::pair<SourceSpan, std::string>> &problems() const { return m_problems; }

    /// 1-based line and column (in characters, counting UTF-8 sequences once) of a byte offset.
    static SourceSpan spanAt(std::string_view text, std::size_t offset, std::size_t length = 1);
    /// Appends one reference token to a pointer, escaping '~' and '/'.
    static std::string child(std::string_view pointer, std::string_view key);
    static std::string child(std::string_view pointer, std::size_t index);

private:
    std::map<std::string, SourceSpan, std::less<>> m_values;
    std::map<std::string, SourceSpan, std::less<>> m_keys;
    std::vector<std::pair<SourceSpan, std::string>> m_problems;

    friend class JsonSourceScanner;
};

} // namespace pipeline
