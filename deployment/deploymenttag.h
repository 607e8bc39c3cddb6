#pragma once

#include <string>

namespace deployment {

/// The pipeline's part of every name this tool gives on an engine (ksqlDB
/// query ids, Flink job names), so a redeploy finds what an earlier one started
/// even without the local record: lower-case letters, digits and '_' only.
std::string pipelineTag(const std::string &pipeline);

} // namespace deployment
