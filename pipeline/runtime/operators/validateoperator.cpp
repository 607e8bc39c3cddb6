#include "pipeline/runtime/operators/validateoperator.h"

namespace pipeline::runtime {

void ValidateOperator::process(int, Record &&record, OperatorContext &context)
{
    std::string violated;
    for (const auto &c : m_constraints) {
        const expr::Value v = expr::evaluate(c.condition, record.value);
        if (!(v.isBoolean() && v.asBoolean())) {
            if (!violated.empty())
                violated += ", ";
            violated += c.name;
        }
    }
    if (violated.empty()) {
        context.output(0, std::move(record));
        return;
    }
    record.note = "constraint violated: " + violated;
    context.output(1, std::move(record));
}

} // namespace pipeline::runtime
