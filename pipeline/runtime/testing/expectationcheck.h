#pragma once

#include "pipeline/runtime/testing/pipelinetests.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline::runtime {

/// The outcome of one expectation: what was seen there, and one readable line
/// per difference ("record 2: field temperature: expected 32, got 31.5").
struct ExpectationResult {
    size_t index = 0; // in the case's expectations
    std::string nodeId;
    std::string target; // Expectation::targetText()
    bool passed = true;
    std::vector<std::string> failures;
    std::vector<nlohmann::json> actual;
    std::vector<std::string> errors; // dead-letter reasons of `actual`, when dead letters
    SourceSpan span;
};

/// Checks `expectation` against the records seen at its place (`errors`: the
/// dead-letter reasons, parallel to `actual`, for dead-letter places).
ExpectationResult checkExpectation(const Expectation &expectation, const std::vector<nlohmann::json> &actual,
                                   const std::vector<std::string> &errors = {});

/// A value for messages: compact JSON, shortened beyond ~200 characters.
std::string shortJson(const nlohmann::json &value);

} // namespace pipeline::runtime
