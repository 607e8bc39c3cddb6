#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <string>
#include <vector>

namespace pipeline::runtime {

/// `validate`: a record is valid (port 0) when every constraint is TRUE; NULL
/// counts as a violation. Invalid records (port 1) carry the violated constraint
/// names in Record::note, which a dead-letter sink writes as the error header.
class ValidateOperator : public Operator {
public:
    struct Constraint {
        std::string name;
        expr::Expression condition;
    };
    explicit ValidateOperator(std::vector<Constraint> constraints) : m_constraints(std::move(constraints)) {}
    void process(int input, Record &&record, OperatorContext &context) override;

private:
    std::vector<Constraint> m_constraints;
};

} // namespace pipeline::runtime
