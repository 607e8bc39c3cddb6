#include "pipeline/runtime/testing/expectationcheck.h"

#include "pipeline/expr/expression.h"

#include <algorithm>

namespace pipeline::runtime {

namespace {

using Json = nlohmann::json;

// Numbers compare by value (32 equals 32.0), everything else as JSON.
bool sameValue(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number())
        return a.get<double>() == b.get<double>();
    if (a.is_object() && b.is_object()) {
        if (a.size() != b.size())
            return false;
        for (const auto &[k, v] : a.items()) {
            auto it = b.find(k);
            if (it == b.end() || !sameValue(v, *it))
                return false;
        }
        return true;
    }
    if (a.is_array() && b.is_array()) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (!sameValue(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

// Expected matches actual: exactly, or (subset) in every field the expected
// object lists, recursively for nested objects.
bool matches(const Json &expected, const Json &actual, bool subset)
{
    if (!subset || !expected.is_object() || !actual.is_object())
        return sameValue(expected, actual);
    for (const auto &[k, v] : expected.items()) {
        auto it = actual.find(k);
        if (it == actual.end() || !matches(v, *it, true))
            return false;
    }
    return true;
}

// One line per differing field: "field a.b: expected 1, got 2".
void fieldDiffs(const Json &expected, const Json &actual, bool subset, const std::string &path,
                std::vector<std::string> &out)
{
    if (expected.is_object() && actual.is_object()) {
        for (const auto &[k, v] : expected.items()) {
            const std::string p = path.empty() ? k : path + "." + k;
            auto it = actual.find(k);
            if (it == actual.end())
                out.push_back("field " + p + ": expected " + shortJson(v) + ", missing");
            else
                fieldDiffs(v, *it, subset, p, out);
        }
        if (!subset)
            for (const auto &[k, v] : actual.items())
                if (!expected.contains(k))
                    out.push_back("field " + (path.empty() ? k : path + "." + k) + ": not expected, got " + shortJson(v));
        return;
    }
    if (!sameValue(expected, actual))
        out.push_back((path.empty() ? std::string("value") : "field " + path) + ": expected " + shortJson(expected)
                      + ", got " + shortJson(actual));
}

size_t agreement(const Json &expected, const Json &actual)
{
    size_t n = 0;
    if (expected.is_object() && actual.is_object())
        for (const auto &[k, v] : expected.items())
            if (auto it = actual.find(k); it != actual.end() && sameValue(v, *it))
                ++n;
    return n;
}

void checkOrdered(const Expectation &x, const std::vector<Json> &actual, ExpectationResult &r)
{
    const auto &expected = *x.records;
    const size_t n = std::min(expected.size(), actual.size());
    for (size_t i = 0; i < n; ++i) {
        if (matches(expected[i], actual[i], x.isSubset()))
            continue;
        std::vector<std::string> diffs;
        fieldDiffs(expected[i], actual[i], x.isSubset(), {}, diffs);
        for (const auto &d : diffs)
            r.failures.push_back("record " + std::to_string(i + 1) + ": " + d);
    }
    for (size_t i = n; i < expected.size(); ++i)
        r.failures.push_back("record " + std::to_string(i + 1) + ": missing, expected " + shortJson(expected[i]));
    for (size_t i = n; i < actual.size(); ++i)
        r.failures.push_back("record " + std::to_string(i + 1) + ": not expected, got " + shortJson(actual[i]));
}

void checkUnordered(const Expectation &x, const std::vector<Json> &actual, ExpectationResult &r)
{
    const auto &expected = *x.records;
    std::vector<bool> used(actual.size(), false);
    std::vector<size_t> unmatched;
    for (size_t e = 0; e < expected.size(); ++e) {
        bool found = false;
        for (size_t a = 0; a < actual.size() && !found; ++a)
            if (!used[a] && matches(expected[e], actual[a], x.isSubset()))
                used[a] = found = true;
        if (!found)
            unmatched.push_back(e);
    }
    // Pair each unmatched expected record with the leftover actual record that
    // agrees on most fields, so the diff names fields rather than whole records.
    for (size_t e : unmatched) {
        size_t best = actual.size(), bestScore = 0;
        for (size_t a = 0; a < actual.size(); ++a)
            if (!used[a] && (best == actual.size() || agreement(expected[e], actual[a]) > bestScore)) {
                best = a;
                bestScore = agreement(expected[e], actual[a]);
            }
        if (best == actual.size() || bestScore == 0) {
            r.failures.push_back("expected record " + std::to_string(e + 1) + " not found: " + shortJson(expected[e]));
            continue;
        }
        used[best] = true;
        std::vector<std::string> diffs;
        fieldDiffs(expected[e], actual[best], x.isSubset(), {}, diffs);
        for (const auto &d : diffs)
            r.failures.push_back("expected record " + std::to_string(e + 1) + " (closest: record " + std::to_string(best + 1)
                                 + "): " + d);
    }
    for (size_t a = 0; a < actual.size(); ++a)
        if (!used[a])
            r.failures.push_back("record " + std::to_string(a + 1) + ": not expected, got " + shortJson(actual[a]));
}

} // namespace

std::string Expectation::targetText() const
{
    if (deadLetters)
        return "dead letters of " + nodeId;
    if (port)
        return "port " + nodeId + "." + *port;
    return "sink " + nodeId;
}

std::string shortJson(const Json &value)
{
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() > 200) {
        text.resize(197);
        text.append("...");
    }
    return text;
}

ExpectationResult checkExpectation(const Expectation &x, const std::vector<Json> &actual,
                                   const std::vector<std::string> &errors)
{
    ExpectationResult r;
    r.nodeId = x.nodeId;
    r.target = x.targetText();
    r.actual = actual;
    r.errors = errors;
    r.span = x.span;
    if (x.count && *x.count != actual.size())
        r.failures.push_back("count: expected " + std::to_string(*x.count) + " records, got "
                             + std::to_string(actual.size()));
    if (x.records) {
        if (x.isOrdered())
            checkOrdered(x, actual, r);
        else
            checkUnordered(x, actual, r);
    }
    for (const auto &text : x.conditions) {
        const expr::ParseResult parsed = expr::parse(text);
        if (!parsed.ok()) {
            r.failures.push_back("condition `" + text + "` does not parse: " + parsed.error->message);
            continue;
        }
        for (size_t i = 0; i < actual.size(); ++i) {
            try {
                const std::optional<bool> holds = expr::evaluatePredicate(*parsed.expression, actual[i]);
                if (!holds || !*holds)
                    r.failures.push_back("record " + std::to_string(i + 1) + ": condition `" + text + "` is "
                                         + (holds ? "FALSE" : "NULL") + " for " + shortJson(actual[i]));
            } catch (const expr::EvaluationError &e) {
                r.failures.push_back("record " + std::to_string(i + 1) + ": condition `" + text + "` fails: " + e.what());
            }
        }
    }
    if (!x.reasons.empty()) {
        std::vector<bool> used(errors.size(), false);
        for (const auto &reason : x.reasons) {
            bool found = false;
            for (size_t i = 0; i < errors.size() && !found; ++i)
                if (!used[i] && errors[i].find(reason) != std::string::npos)
                    used[i] = found = true;
            if (!found) {
                std::string seen;
                for (size_t i = 0; i < errors.size(); ++i)
                    if (!used[i])
                        seen += (seen.empty() ? "" : "; ") + errors[i];
                r.failures.push_back("reason '" + reason + "' not found in any other dead letter's error"
                                     + (seen.empty() ? std::string(" (no dead letters left)") : " (errors: " + seen + ")"));
            }
        }
    }
    r.passed = r.failures.empty();
    return r;
}

} // namespace pipeline::runtime
