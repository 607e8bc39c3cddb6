#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <vector>

namespace pipeline::runtime {

/// `route`: the first route whose condition is TRUE wins; otherwise `else`.
/// Output port i is route i; port routes.size() is `else`.
class RouteOperator : public Operator {
public:
    explicit RouteOperator(std::vector<expr::Expression> conditions) : m_conditions(std::move(conditions)) {}
    void process(int input, Record &&record, OperatorContext &context) override;

private:
    std::vector<expr::Expression> m_conditions;
};

} // namespace pipeline::runtime
