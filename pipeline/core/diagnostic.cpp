#include "pipeline/core/diagnostic.h"

#include <algorithm>

namespace pipeline {

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "error";
}

std::string formatDiagnostic(const Diagnostic &d)
{
    std::string where = d.nodeId.empty() ? (d.edgeId.empty() ? std::string("pipeline") : "edge " + d.edgeId) : d.nodeId;
    if (!d.parameter.empty())
        where += "." + d.parameter;
    if (d.span.valid())
        where += ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column);
    return where + ": " + std::string(severityName(d.severity)) + ": " + d.message;
}

} // namespace pipeline
