#pragma once

#include "codegen/exportoptions.h"
#include "codegen/relationalplan.h"

#include <string>
#include <vector>

namespace codegen {

/// SQL pieces both dialect printers build the same way, differing only in spelling.
class SqlFragments {
public:
    /// `columns`: the relation the expression reads; when given, the dialect rules
    /// that depend on operand types apply (e.g. Flink MOD on DOUBLE).
    static std::string expression(const pipeline::expr::Expression &e, SqlDialect dialect,
                                  const std::vector<PlanColumn> &columns = {});
    /// The WHERE condition without the keyword.
    static std::string condition(const Condition &condition, SqlDialect dialect,
                                 const std::vector<PlanColumn> &columns = {});
    /// Every expression a step prints.
    static std::vector<const pipeline::expr::Expression *> expressions(const PlanStep &step);
    /// What the dialect cannot express in the step's expressions (empty: all fine).
    static std::vector<std::string> inexpressible(const PlanStep &step, SqlDialect dialect);
    /// True when some expression's Flink form depends on the session time zone.
    static bool usesSessionTimeZone(const RelationalPlan &plan);
    /// A prompt template as CONCAT of literals and fields cast to text.
    static std::string templateText(const std::vector<TemplatePart> &parts, const std::vector<PlanColumn> &columns,
                                    SqlDialect dialect);
    /// "expr AS name", or just "name" when the expression already is that column.
    static std::string aliased(const std::string &sql, const std::string &name, SqlDialect dialect);
    /// Comma-separated, with `indent` before every item after the first when multi-line.
    static std::string joinList(const std::vector<std::string> &items, const std::string &separator);
    /// "${NAME}": what a deployment substitutes for a secret.
    static std::string placeholder(const std::string &variable);
};

} // namespace codegen
