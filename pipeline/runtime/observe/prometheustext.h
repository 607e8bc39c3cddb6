#pragma once

#include "pipeline/runtime/engine/runstats.h"

#include <string>
#include <string_view>

namespace pipeline::runtime {

/// A run's snapshot in the Prometheus text exposition format (version 0.0.4):
/// HELP and TYPE lines, units in names, `_total` counters, every series labelled
/// with the pipeline. The names are the contract of the `/metrics` endpoint
/// (README "Running in production" lists them); a pure function so tests and
/// other servers (the designer, later) share one text.
std::string prometheusText(std::string_view pipelineName, const RunSnapshot &snapshot);

/// The Content-Type of prometheusText().
inline constexpr std::string_view prometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

} // namespace pipeline::runtime
