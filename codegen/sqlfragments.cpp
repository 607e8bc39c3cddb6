#include "codegen/sqlfragments.h"

#include "codegen/sqlidentifiers.h"

#include <algorithm>

namespace codegen {

std::string SqlFragments::expression(const pipeline::expr::Expression &e, SqlDialect dialect,
                                     const std::vector<PlanColumn> &columns)
{
    if (columns.empty())
        return pipeline::expr::print(e, SqlIdentifiers::exprDialect(dialect));
    pipeline::Schema schema;
    for (const auto &c : columns)
        schema.fields.push_back(c.field);
    return pipeline::expr::print(e, SqlIdentifiers::exprDialect(dialect), schema);
}

std::vector<const pipeline::expr::Expression *> SqlFragments::expressions(const PlanStep &step)
{
    std::vector<const pipeline::expr::Expression *> out;
    auto items = [&](const std::vector<SelectItem> &list) {
        for (const auto &i : list)
            if (i.kind == SelectItem::Kind::Expression && i.expression)
                out.push_back(&*i.expression);
    };
    items(step.items);
    for (const auto &term : step.where.terms)
        out.push_back(&term.expression);
    for (const auto &k : step.groupBy)
        out.push_back(&k.expression);
    for (const auto &a : step.aggregates)
        if (a.expression)
            out.push_back(&*a.expression);
    if (step.key)
        out.push_back(&*step.key);
    if (step.sinkKey)
        out.push_back(&*step.sinkKey);
    if (step.model.inputExpression)
        out.push_back(&*step.model.inputExpression);
    for (const auto &in : step.sinkInputs)
        items(in.items);
    return out;
}

std::vector<std::string> SqlFragments::inexpressible(const PlanStep &step, SqlDialect dialect)
{
    std::vector<std::string> out;
    for (const auto *e : expressions(step))
        for (auto &problem : pipeline::expr::dialectProblems(*e, SqlIdentifiers::exprDialect(dialect)))
            if (std::find(out.begin(), out.end(), problem) == out.end())
                out.push_back(std::move(problem));
    return out;
}

bool SqlFragments::usesSessionTimeZone(const RelationalPlan &plan)
{
    for (const auto &step : plan.steps)
        for (const auto *e : expressions(step))
            if (pipeline::expr::usesSessionTimeZone(*e))
                return true;
    return false;
}

std::string SqlFragments::condition(const Condition &condition, SqlDialect dialect,
                                    const std::vector<PlanColumn> &columns)
{
    std::vector<std::string> parts;
    const bool several = condition.terms.size() > 1;
    for (const auto &term : condition.terms) {
        std::string sql = expression(term.expression, dialect, columns);
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
