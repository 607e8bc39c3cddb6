#include "pipeline/runtime/operators/projectoperator.h"

namespace pipeline::runtime {

void ProjectOperator::process(int, Record &&record, OperatorContext &context)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto &f : m_fields)
        out[f.name] = expr::evaluate(f.expression, record.value).toJson();
    record.value = std::move(out);
    context.output(0, std::move(record));
}

} // namespace pipeline::runtime
