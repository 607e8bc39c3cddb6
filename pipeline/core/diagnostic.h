#pragma once

#include <string>
#include <vector>

namespace pipeline {

enum class Severity { Error, Warning, Info };

/// A place in a text: an expression inside a parameter, or a file.
/// Line and column are 1-based; offset is 0-based in bytes; 0 line = no location.
struct SourceSpan {
    int line = 0;
    int column = 0;
    int offset = 0;
    int length = 0;
    bool valid() const { return line > 0; }
    bool operator==(const SourceSpan &) const = default;
};

/// A problem a user can fix. `code` is stable ("unknown-kind", "missing-parameter",
/// ...) so the GUI can translate it; `args` are the values substituted into the
/// translated text; `message` is the English text for the CLI and logs.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::string nodeId;    // empty for graph-level problems
    std::string edgeId;    // set for edge problems
    std::string parameter; // parameter key, e.g. "condition" or "fields[2].expression"
    SourceSpan span;       // position inside the parameter's text, if any
    std::vector<std::string> args;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
std::string_view severityName(Severity severity);
/// "node-id: message" or "node-id.parameter:line:col: message" — the CLI's line format.
std::string formatDiagnostic(const Diagnostic &diagnostic);

} // namespace pipeline
