#pragma once

#include "pipeline/core/catalog.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline::assist {

/// A JSON schema (draft 2020-12 subset that OpenAI's structured outputs, vLLM and
/// llama.cpp grammars accept) of a pipeline as the assistant asks a model to
/// write it: `name`, `description`, `settings`, `nodes` (one `anyOf` branch per
/// catalog kind, fixing `kind` and typing each parameter from its descriptor:
/// enums, integers, lists of items, schema declarations) and `edges`
/// (`from`/`to` port references). Derived from the catalog, so a new kind is
/// offered to the model without touching the assistant. Positions and edge ids
/// are left out on purpose: layout and canonical ids are computed afterwards.
nlohmann::json pipelineJsonSchema(const Catalog &catalog = Catalog::builtin());

/// The schema the assistant sends as response_format: only `kinds` get a node
/// branch, and without descriptions (the prompt's catalog text carries the help),
/// so it costs a fraction of the full one. With `expandable` kinds the answer may
/// instead be {"expand": [kind, ...]} asking for their descriptions.
nlohmann::json answerJsonSchema(const Catalog &catalog, const std::vector<std::string> &kinds,
                                const std::vector<std::string> &expandable = {});

/// The kinds an {"expand": [...]} answer asks for (known kinds only, in order),
/// or nothing when `answer` is not such a request.
std::vector<std::string> expansionRequest(const nlohmann::json &answer, const Catalog &catalog = Catalog::builtin());

/// The JSON schema of one parameter's value (also used in the prompt's catalog text).
nlohmann::json parameterJsonSchema(const ParameterDescriptor &parameter);

} // namespace pipeline::assist
