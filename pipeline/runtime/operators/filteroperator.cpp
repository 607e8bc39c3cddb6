#include "pipeline/runtime/operators/filteroperator.h"

namespace pipeline::runtime {

void FilterOperator::process(int, Record &&record, OperatorContext &context)
{
    const expr::Value v = expr::evaluate(m_condition, record.value);
    if (v.isBoolean() && v.asBoolean())
        context.output(0, std::move(record));
    else
        context.drop(std::move(record));
}

} // namespace pipeline::runtime
