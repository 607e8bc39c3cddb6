#include "codegen/sqlfragments.h"

#include "codegen/sqlidentifiers.h"

namespace codegen {

std::string SqlFragments::expression(const pipeline::expr::Expression &e, SqlDialect dialect)
{
    return pipeline::expr::print(e, SqlIdentifiers::exprDialect(dialect));
}

std::string SqlFragments::condition(const Condition &condition, SqlDialect dialect)
{
    std::vector<std::string> parts;
    const bool several = condition.terms.size() > 1;
    for (const auto &term : condition.terms) {
        std::string sql = expression(term.expression, dialect);
        if (term.nullAsFalse)
            sql = "COALESCE(" + sql + ", FALSE)";
        else if (several || term.negate)
            sql = "(" + sql + ")";
        if (term.negate)
            sql = "NOT " + sql;
        parts.push_back(std::move(sql));
    }
    return joinList(parts, condition.disjunction ? " OR " : " AND ");
}

std::string SqlFragments::templateText(const std::vector<TemplatePart> &parts, const std::vector<PlanColumn> &columns,
                                       SqlDialect dialect)
{
    const char *text = dialect == SqlDialect::Ksql ? "VARCHAR" : "STRING";
    std::vector<std::string> pieces;
    for (const auto &part : parts) {
        if (!part.isField) {
            pieces.push_back(SqlIdentifiers::stringLiteral(part.text));
            continue;
        }
        std::string ref = SqlIdentifiers::fieldPath(part.text, dialect);
        bool isString = false;
        if (part.text.find('.') == std::string::npos)
            for (const auto &c : columns)
                if (c.name() == part.text)
                    isString = c.field.type == pipeline::FieldType::String;
        if (!isString)
            ref = "CAST(" + ref + " AS " + text + ")";
        // A missing field renders as empty text, as in the desktop runtime.
        pieces.push_back("COALESCE(" + ref + ", '')");
    }
    if (pieces.empty())
        return "''";
    if (pieces.size() == 1)
        return pieces.front();
    return "CONCAT(" + joinList(pieces, ", ") + ")";
}

std::string SqlFragments::aliased(const std::string &sql, const std::string &name, SqlDialect dialect)
{
    const std::string quoted = SqlIdentifiers::quote(name, dialect);
    return sql == quoted ? sql : sql + " AS " + quoted;
}

std::string SqlFragments::joinList(const std::vector<std::string> &items, const std::string &separator)
{
    std::string result;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            result += separator;
        result += items[i];
    }
    return result;
}

std::string SqlFragments::placeholder(const std::string &variable)
{
    return "${" + variable + "}";
}

} // namespace codegen
