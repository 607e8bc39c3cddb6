#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"

#include <optional>
#include <string>
#include <string_view>

namespace pipeline {

class FormatMigrations;

/// The outcome of loading a `*.pipeline.json`: a graph, or errors whose `span`
/// gives the line and column in the file (nodeId stays empty: there is no graph).
struct LoadResult {
    std::optional<Graph> graph;
    Diagnostics errors;
    std::string fileName; // as passed in, for messages

    bool ok() const { return graph.has_value(); }
    /// One "file:line:column: error: message" line per error, newline-terminated.
    std::string errorText() const;
};

/// "file:line:column: error: message" (or "file: error: message" without a location).
std::string formatFileDiagnostic(std::string_view fileName, const Diagnostic &diagnostic);

/// Parses a pipeline file's text. Unknown fields land in Graph/Node/Edge::extra;
/// older format versions are upgraded; newer ones, malformed structure, duplicate
/// ids or keys and literal secrets are errors with their position.
LoadResult readPipelineText(std::string_view text, std::string_view fileNameForMessages = "<text>");
LoadResult readPipelineText(std::string_view text, std::string_view fileNameForMessages,
                            const FormatMigrations &migrations);
/// Reads and parses a file; an unreadable file is an error without a location.
LoadResult readPipelineFile(const std::string &path);

/// True for `env:NAME` and `keychain:NAME`: the only way a file may name a secret.
bool isSecretReference(std::string_view value);
/// True for parameter/setting keys that by name hold credentials (apiKey, password,
/// secret, token, sasl.password, ...), which must then be secret references.
bool isSecretLikeKey(std::string_view key);

} // namespace pipeline
