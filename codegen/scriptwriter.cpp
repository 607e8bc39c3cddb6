#include "codegen/scriptwriter.h"

#include "codegen/sqlidentifiers.h"

#include <algorithm>

namespace codegen {

void ScriptWriter::append(const std::string &text)
{
    m_text += text;
    m_nextLine += int(std::count(text.begin(), text.end(), '\n'));
}

void ScriptWriter::header(const std::vector<std::string> &lines)
{
    for (const auto &line : lines)
        append("-- " + SqlIdentifiers::commentText(line) + "\n");
    append("\n");
}

void ScriptWriter::statement(const std::string &nodeId, const std::string &nodeKind,
                             const std::vector<std::string> &comments, const std::string &sql)
{
    ExportedStatement s{nodeId, m_nextLine, 0};
    if (!nodeId.empty())
        append("-- node: " + SqlIdentifiers::commentText(nodeId) + " (" + nodeKind + ")\n");
    for (const auto &c : comments)
        append("-- " + SqlIdentifiers::commentText(c) + "\n");
    append(sql + "\n");
    s.lastLine = m_nextLine - 1;
    if (!nodeId.empty())
        m_statements.push_back(s);
    append("\n");
}

void ScriptWriter::commentOnly(const std::string &nodeId, const std::string &nodeKind,
                               const std::vector<std::string> &comments)
{
    ExportedStatement s{nodeId, m_nextLine, 0};
    append("-- node: " + SqlIdentifiers::commentText(nodeId) + " (" + nodeKind + ")\n");
    for (const auto &c : comments)
        append("-- " + SqlIdentifiers::commentText(c) + "\n");
    s.lastLine = m_nextLine - 1;
    m_statements.push_back(s);
    append("\n");
}

void ScriptWriter::step(const std::string &nodeId, const std::string &nodeKind, PrintedStep printed)
{
    if (!printed.unsupported.empty()) {
        printed.comments.push_back(printed.unsupported);
        commentOnly(nodeId, nodeKind, printed.comments);
        return;
    }
    for (std::size_t i = 0; i < printed.statements.size(); ++i)
        statement(nodeId, nodeKind, i == 0 ? printed.comments : std::vector<std::string>{}, printed.statements[i]);
}

ExportResult ScriptWriter::finish(pipeline::Diagnostics diagnostics)
{
    // One trailing newline, not the blank separator line after the last statement.
    while (m_text.size() >= 2 && m_text[m_text.size() - 1] == '\n' && m_text[m_text.size() - 2] == '\n')
        m_text.pop_back();
    ExportResult result;
    result.script = std::move(m_text);
    result.diagnostics = std::move(diagnostics);
    result.statements = std::move(m_statements);
    return result;
}

} // namespace codegen
