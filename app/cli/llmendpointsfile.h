#pragma once

#include "pipeline/runtime/llmendpoint.h"

#include <string>
#include <vector>

/// Reads the file behind `--llm-endpoints FILE` (run and generate): a JSON
/// array of endpoint profiles as LlmEndpoint::fromJson reads them. On failure
/// returns false and says why in `error` ("cannot read FILE", "FILE: profile 2:
/// ..."), naming the file and the profile.
bool readLlmEndpointsFile(const std::string &path, std::vector<pipeline::runtime::LlmEndpoint> *endpoints,
                          std::string *error);
