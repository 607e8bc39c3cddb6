#pragma once

#include "pipeline/core/diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// One input record of a test case, as a source would have read it from Kafka:
/// the value, and optionally the message key, headers, partition and timestamp.
struct TestRecord {
    nlohmann::json value;
    std::optional<std::string> key;
    std::map<std::string, std::string> headers;
    std::optional<std::int32_t> partition;
    /// The message timestamp (epoch ms); a source's timestampField overrides it
    /// like a live run does.
    std::optional<std::int64_t> timestamp;
    SourceSpan span; // where it is written (in the test file or the JSONL file)
};

/// The records one source node reads in a test case: inline, or from a JSON
/// lines file (one record object per line, resolved relative to the test file).
struct TestInput {
    std::string nodeId;
    std::vector<TestRecord> records;
    std::string file;     // as written ("" = inline)
    std::string filePath; // resolved path of `file`
    SourceSpan span;      // the node id's key in the test file
};

/// An answer for an LLM or embedding step, so no test calls a model: the first
/// fixture of the node whose `prompt` text occurs in the call's prompt (or that
/// has no `prompt`) answers. `answer` is the reply text (a JSON object or array
/// is sent as its JSON text; an array of numbers is an embedding vector);
/// `fail` makes the call fail with that message instead (the node's onError path).
struct LlmFixture {
    std::string nodeId;
    std::optional<std::string> prompt;
    std::optional<nlohmann::json> answer;
    std::optional<std::string> fail;
    SourceSpan span;
};

/// What must come out of one place of the pipeline in a test case. The place is
/// a sink node (what it wrote), an output port of any node (the records that left
/// through it), or the dead letters a node caused (`deadLetters`). All checks
/// given must hold.
struct Expectation {
    std::string nodeId;
    std::optional<std::string> port;
    bool deadLetters = false;

    /// Exact records (or, with match "subset", only the fields each one lists).
    std::optional<std::vector<nlohmann::json>> records;
    /// Records in this order (default) or in any order.
    std::optional<bool> ordered;
    /// "exact" (default) or "subset".
    std::optional<std::string> match;
    std::optional<std::uint64_t> count;
    /// Expression-language conditions every record must satisfy (TRUE).
    std::vector<std::string> conditions;
    /// Dead-letter reasons: each must occur in the error of a different dead letter.
    std::vector<std::string> reasons;

    SourceSpan span;                        // the expectation object
    std::vector<SourceSpan> conditionSpans; // each condition's text
    std::vector<SourceSpan> recordSpans;    // each expected record

    bool isOrdered() const { return ordered.value_or(true); }
    bool isSubset() const { return match.value_or("exact") == "subset"; }
    /// "sink temperature-ok", "port thresholds.alert", "dead letters of check-range".
    std::string targetText() const;
};

/// One test case: a name, the records each source reads, LLM fixtures and what
/// the sinks must receive.
struct TestCase {
    std::string name;
    std::optional<std::string> description;
    std::vector<TestInput> inputs; // sorted by node id (the file keys them by id)
    std::vector<LlmFixture> llm;
    /// A response cache file (JSON lines, as `--llm-cache` writes) answering LLM
    /// calls before the fixtures; read only.
    std::optional<std::string> llmCache;
    std::string llmCachePath; // resolved
    std::vector<Expectation> expectations;
    SourceSpan span;
};

/// A `NAME.tests.json` file: the test cases of the pipeline beside it.
struct PipelineTests {
    int formatVersion = 1;
    /// The pipeline file, relative to the test file; empty = NAME.pipeline.json beside it.
    std::optional<std::string> pipeline;
    std::vector<TestCase> cases;
    std::string fileName; // as read, for messages
    std::string directory; // relative file references resolve here
};

} // namespace pipeline::runtime
