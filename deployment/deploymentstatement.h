#pragma once

#include "codegen/exportresult.h"

#include <string>
#include <vector>

namespace deployment {

/// One statement of an exported script, with the node it belongs to (from the
/// export's line ranges) and what it does, so a deployer can send statements one
/// by one and map the engine's answer back to the node.
struct DeploymentStatement {
    enum class Kind {
        Set,            // SET 'key' = 'value'
        CreateObject,   // CREATE STREAM/TABLE name (...) WITH (...): declares a topic
        CreateAsSelect, // CREATE STREAM/TABLE name AS SELECT: a persistent query
        Insert,         // INSERT INTO name SELECT: a persistent query / a Flink job
        CreateView,     // Flink: CREATE VIEW, CREATE MODEL, CREATE CONNECTION (session-local)
        Other,
    };
    std::string nodeId; // empty for the script's own settings
    Kind kind = Kind::Other;
    std::string text;       // without the trailing ';' and comment lines
    int line = 0;           // 1-based line of its first character in the script
    std::string objectName; // the created or written object, back-quotes removed
    bool quotedName = false;
    std::string settingKey, settingValue; // Set
    /// Object names the statement reads (after FROM / JOIN), back-quotes removed.
    std::vector<std::string> reads;
};

/// Splits an export into statements at top-level ';' (outside quotes and
/// comments) and classifies them.
std::vector<DeploymentStatement> splitExport(const codegen::ExportResult &result);

} // namespace deployment
