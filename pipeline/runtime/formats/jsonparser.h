#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace pipeline::runtime {

/// Parses message payloads into the nlohmann::json records that expressions
/// evaluate over. Uses simdjson's DOM parser (validating, SIMD) and builds the
/// nlohmann value from its tape, which measures faster than nlohmann's own parser
/// (see tests/bench/bench_runtime.cpp); falls back to nlohmann when simdjson is
/// absent. One instance per thread: the parser reuses its buffers.
class JsonParser {
public:
    JsonParser();
    ~JsonParser();
    JsonParser(const JsonParser &) = delete;
    JsonParser &operator=(const JsonParser &) = delete;

    /// False with a message ("malformed JSON: ... ") when `data` is not one JSON value.
    bool parse(const char *data, size_t size, nlohmann::json &out, std::string *error);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace pipeline::runtime
