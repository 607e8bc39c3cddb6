#pragma once

#include "pipeline/core/diagnostic.h"

#include <string>
#include <vector>

namespace codegen {

/// Lines (1-based, inclusive, comment line included) of the statements one node produced,
/// so a preview can map a click in the script to its node and back.
struct ExportedStatement {
    std::string nodeId;
    int firstLine = 0;
    int lastLine = 0;
};

/// A file that belongs beside the script: the Kafka Connect configuration of a
/// database sink (the script writes the topic, the JDBC sink connector moves it
/// into the table), a connect-source or a connect-sink (codegen/connectorconfig.h).
/// The content is the body of the Connect REST API's POST /connectors.
struct ExportArtifact {
    std::string fileName; // suggested name, e.g. "store.jdbc-sink.json"
    std::string nodeId;   // the node it belongs to
    std::string description;
    std::string content;
    std::string connectorName; // the "name" in the content: PUT /connectors/{connectorName}/config
};

/// The output of one export: the script, every statement's node, and what the
/// dialect could not express. A script with error diagnostics must not be deployed.
struct ExportResult {
    std::string script;
    pipeline::Diagnostics diagnostics;
    std::vector<ExportedStatement> statements;
    /// Files to write next to the script (connector configurations), in node order.
    std::vector<ExportArtifact> artifacts;

    bool ok() const { return !pipeline::hasErrors(diagnostics); }
};

} // namespace codegen
