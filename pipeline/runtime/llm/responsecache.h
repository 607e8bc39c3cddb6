#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pipeline::runtime {

/// Remembers LLM answers by a hash of everything that determines them (endpoint
/// base URL, model, parameters, rendered prompt), so re-running a pipeline over
/// the same offsets gives the same answers without paying again. In memory, and
/// optionally persisted as JSON lines `{"key": "<sha256>", "response": {...}}`
/// appended as answers arrive and flushed at least once a second (a crash loses
/// at most that tail; a torn last line is skipped on load). Only successful responses are stored, never
/// request headers, so the file cannot contain an API key. Thread-safe.
class ResponseCache {
public:
    ResponseCache() = default;
    ~ResponseCache();
    ResponseCache(const ResponseCache &) = delete;
    ResponseCache &operator=(const ResponseCache &) = delete;

    /// Loads `path` (if it exists) and appends new entries to it. False with
    /// `error` set when the file cannot be opened for appending.
    bool open(const std::string &path, std::string *error = nullptr);

    /// The cache key: SHA-256 (hex) of the base URL and the canonical request body
    /// (model, parameters, messages). nlohmann's objects keep keys sorted, so equal
    /// requests give equal text.
    static std::string keyFor(std::string_view baseUrl, const nlohmann::json &requestBody);
    /// The same from text the caller made canonical: `prefix` covers endpoint,
    /// model and parameters, `prompt` the rest.
    static std::string keyForText(std::string_view prefix, std::string_view prompt);

    /// The stored response (shared, immutable) or null.
    std::shared_ptr<const nlohmann::json> find(const std::string &key);
    void insert(const std::string &key, const nlohmann::json &response);
    void flush();

    std::uint64_t hits() const;
    std::uint64_t misses() const;
    size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, std::shared_ptr<const nlohmann::json>> m_entries;
    std::ofstream m_file;
    std::int64_t m_lastFlushMillis = 0;
    std::uint64_t m_hits = 0;
    std::uint64_t m_misses = 0;
};

} // namespace pipeline::runtime
