#pragma once

#include "pipeline/core/schema.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// The built-in generators of `sample-source`, in catalog order.
const std::vector<std::string> &sampleGeneratorNames();

/// The record schema a generator produces (docs/node-kinds.md); the runtime's
/// generators emit exactly these fields. nullopt for an unknown name.
std::optional<Schema> sampleGeneratorSchema(std::string_view generator);

/// One line describing the generator's records, for help texts and LLM prompts.
std::string_view sampleGeneratorDescription(std::string_view generator);

/// Allowed values of flight-events' `status` field.
const std::vector<std::string> &flightStatuses();

} // namespace pipeline
