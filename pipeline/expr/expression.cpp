#include "pipeline/expr/expression.h"

#include "pipeline/expr/ast.h"
#include "pipeline/expr/functions.h"

#include <algorithm>

namespace pipeline::expr {

namespace {

void collectFields(const AstNode &node, std::vector<std::string> &out)
{
    if (node.kind == NodeKind::FieldRef) {
        std::string dotted;
        for (const auto &segment : node.path) {
            if (!dotted.empty())
                dotted += '.';
            dotted += segment;
        }
        if (std::find(out.begin(), out.end(), dotted) == out.end())
            out.push_back(std::move(dotted));
    }
    for (const auto &child : node.children)
        collectFields(*child, out);
}

} // namespace

Expression::Expression(std::string text, std::shared_ptr<const AstNode> root)
    : m_text(std::move(text))
    , m_root(std::move(root))
{}

std::vector<std::string> Expression::referencedFields() const
{
    std::vector<std::string> out;
    if (m_root)
        collectFields(*m_root, out);
    return out;
}

bool Expression::operator==(const Expression &other) const
{
    if (!m_root || !other.m_root)
        return m_root == other.m_root;
    return structurallyEqual(*m_root, *other.m_root);
}

std::string_view languageSummary()
{
    // The function list comes from the table, so help texts and LLM prompts name every function.
    static const std::string summary = [] {
        std::string text =
            "Expressions are the SQL subset shared by ksqlDB and Flink SQL. "
            "Literals: integers (42), doubles (3.5, 1e3), strings in single quotes ('it''s' doubles a quote), "
            "TRUE, FALSE, NULL, INTERVAL '5' MINUTE (SECOND, MINUTE, HOUR, DAY). Fields: name, nested a.b, "
            "array elements a[1] (1-based), and \"quoted name\" or `quoted name` for names with "
            "spaces or reserved words. Operators by increasing precedence: OR; AND; NOT; comparisons = <> != < <= > >=, "
            "IS [NOT] NULL, x [NOT] IN (a, b, ...), x [NOT] BETWEEN low AND high, s [NOT] LIKE 'pat%' "
            "('%' any run, '_' one character); + -; * / % (integer division truncates); unary minus. "
            "CASE WHEN cond THEN v [WHEN ...] [ELSE v] END and CASE x WHEN v THEN r ... END. "
            "CAST(x AS BOOLEAN|INTEGER|BIGINT|DOUBLE|STRING|VARCHAR|TIMESTAMP). Functions:";
        for (const auto &spec : functionTable())
            text += " " + std::string(spec.signature) + ";";
        text += " SUBSTRING also as SUBSTRING(s FROM start FOR length). Keywords are case-insensitive; field names are "
                "case-sensitive. NULL follows SQL three-valued logic: a comparison with NULL is NULL, NULL AND FALSE "
                "is FALSE, NULL OR TRUE is TRUE, a function with a NULL argument is NULL (except COALESCE, IFNULL, "
                "CONCAT_WS, NULLIF, IF), and a filter keeps a record only when its condition is TRUE. "
                "Missing fields are NULL; timestamps are epoch milliseconds and time functions work in UTC.";
        return text;
    }();
    return summary;
}

} // namespace pipeline::expr
