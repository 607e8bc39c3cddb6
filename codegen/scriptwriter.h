#pragma once

#include "codegen/exportresult.h"

#include <string>
#include <string_view>
#include <vector>

namespace codegen {

/// Accumulates a SQL script statement by statement, each preceded by its
/// `-- node: <id> (<kind>)` line, and records which lines belong to which node.
/// What a dialect printer made of one plan step: its statements, the comments
/// above the first one, or the reason the dialect cannot express it.
struct PrintedStep {
    std::vector<std::string> comments;
    std::vector<std::string> statements;
    std::string unsupported; // reason, when the step cannot be expressed
};

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
    /// Writes a printed step: its statements, or a comment with the reason it has none.
    void step(const std::string &nodeId, const std::string &nodeKind, PrintedStep printed);

    ExportResult finish(pipeline::Diagnostics diagnostics);

private:
    void append(const std::string &text);

    std::string m_text;
    int m_nextLine = 1;
    std::vector<ExportedStatement> m_statements;
};

} // namespace codegen
