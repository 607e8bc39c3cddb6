#include "pipeline/runtime/operators/routeoperator.h"

namespace pipeline::runtime {

void RouteOperator::process(int, Record &&record, OperatorContext &context)
{
    for (size_t i = 0; i < m_conditions.size(); ++i) {
        const expr::Value v = expr::evaluate(m_conditions[i], record.value);
        if (v.isBoolean() && v.asBoolean()) {
            context.output(int(i), std::move(record));
            return;
        }
    }
    context.output(int(m_conditions.size()), std::move(record));
}

} // namespace pipeline::runtime
