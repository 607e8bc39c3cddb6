#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <string>
#include <vector>

namespace pipeline::runtime {

/// `project`: replaces the record by exactly the listed fields.
class ProjectOperator : public Operator {
public:
    struct Field {
        std::string name;
        expr::Expression expression;
    };
    explicit ProjectOperator(std::vector<Field> fields) : m_fields(std::move(fields)) {}
    void process(int input, Record &&record, OperatorContext &context) override;

private:
    std::vector<Field> m_fields;
};

} // namespace pipeline::runtime
