#pragma once

#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline::assist {

/// A model's answer turned into a graph, or the reasons it could not be.
struct ParsedAnswer {
    /// Set when the answer held a readable pipeline (it may still have errors).
    std::optional<Graph> graph;
    /// Everything found: reader errors, then the validator's diagnostics
    /// (warnings included), for the user.
    Diagnostics diagnostics;
    /// The errors in words a model can act on, for the repair round.
    std::vector<std::string> problems;
    bool truncated = false;

    bool ok() const { return graph && problems.empty(); }
};

/// Reads a chat reply as a pipeline: extracts the JSON object (fences, prose,
/// truncation), tolerates what models commonly get slightly wrong without
/// changing meaning (a {"pipeline": ...} wrapper, missing format/version,
/// missing or non-canonical edge ids, duplicate identical edges, stray fields
/// on nodes and edges, missing positions), then loads it with the canonical
/// reader (so literal secrets and malformed structure are refused as for files)
/// and validates it against the catalog. A kafka-source reading a sampled
/// topic without a declared schema gets the sampled fields, so expressions are
/// type-checked against real data.
ParsedAnswer parsePipelineAnswer(std::string_view reply, const std::vector<TopicSample> &topics = {},
                                 const Catalog &catalog = Catalog::builtin());

} // namespace pipeline::assist
