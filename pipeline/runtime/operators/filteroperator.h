#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"

namespace pipeline::runtime {

/// `filter`: passes a record when its condition is TRUE; FALSE and NULL drop it.
class FilterOperator : public Operator {
public:
    explicit FilterOperator(expr::Expression condition) : m_condition(std::move(condition)) {}
    void process(int input, Record &&record, OperatorContext &context) override;

private:
    expr::Expression m_condition;
};

} // namespace pipeline::runtime
