#pragma once

#include "codegen/exportresult.h"

#include <string>
#include <string_view>
#include <vector>

namespace codegen {

/// Accumulates a SQL script statement by statement, each preceded by its
/// `-- node: <id> (<kind>)` line, and records which lines belong to which node.
class ScriptWriter {
public:
    /// Free comment lines at the top ("-- ..."), followed by a blank line.
    void header(const std::vector<std::string> &lines);
    /// One statement: node comment, extra comment lines, then `sql` (which ends with ';').
    /// An empty nodeId gives a pipeline-level statement without a node line.
    void statement(const std::string &nodeId, const std::string &nodeKind, const std::vector<std::string> &comments,
                   const std::string &sql);
    /// A node that produced no SQL: its comment line and the reason.
    void commentOnly(const std::string &nodeId, const std::string &nodeKind, const std::vector<std::string> &comments);

    ExportResult finish(pipeline::Diagnostics diagnostics);

private:
    void append(const std::string &text);

    std::string m_text;
    int m_nextLine = 1;
    std::vector<ExportedStatement> m_statements;
};

} // namespace codegen
