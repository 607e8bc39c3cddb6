#include "pipeline/runtime/operators/operatorfactories.h"

#include "pipeline/core/catalogsupport.h"
#include "pipeline/runtime/operators/aggregateoperator.h"
#include "pipeline/runtime/operators/deadletteroperator.h"
#include "pipeline/runtime/operators/dedupeoperator.h"
#include "pipeline/runtime/operators/filteroperator.h"
#include "pipeline/runtime/operators/joinoperator.h"
#include "pipeline/runtime/operators/maskoperator.h"
#include "pipeline/runtime/operators/projectoperator.h"
#include "pipeline/runtime/operators/routeoperator.h"
#include "pipeline/runtime/operators/validateoperator.h"

namespace pipeline::runtime {

namespace {

using catalogsupport::itemString;

// "fields[2].expression": the parameter a diagnostic points at inside an item list.
std::string itemParameter(std::string_view list, size_t index, std::string_view field = {})
{
    std::string p = std::string(list) + "[" + std::to_string(index) + "]";
    if (!field.empty())
        p += "." + std::string(field);
    return p;
}

std::unique_ptr<Operator> buildFilter(OperatorBuildContext &ctx)
{
    auto condition = ctx.expression(ctx.param("condition"), "condition");
    return ctx.ok() ? std::make_unique<FilterOperator>(condition) : nullptr;
}

// Project's fields and validate's constraints: {name, expression} items.
template <class Item>
std::vector<Item> namedExpressions(OperatorBuildContext &ctx, std::string_view list, const char *nameKey,
                                   const char *expressionKey)
{
    std::vector<Item> out;
    size_t i = 0;
    for (const auto &item : ctx.items(list))
        out.push_back({itemString(item, nameKey), ctx.expression(item.value(expressionKey, nlohmann::json()),
                                                                 itemParameter(list, i++, expressionKey))});
    return out;
}

std::unique_ptr<Operator> buildProject(OperatorBuildContext &ctx)
{
    auto fields = namedExpressions<ProjectOperator::Field>(ctx, "fields", "name", "expression");
    return ctx.ok() ? std::make_unique<ProjectOperator>(std::move(fields)) : nullptr;
}

std::unique_ptr<Operator> buildRoute(OperatorBuildContext &ctx)
{
    std::vector<expr::Expression> conditions;
    size_t i = 0;
    for (const auto &item : ctx.items("routes"))
        conditions.push_back(ctx.expression(item.value("condition", nlohmann::json()), itemParameter("routes", i++, "condition")));
    return ctx.ok() ? std::make_unique<RouteOperator>(std::move(conditions)) : nullptr;
}

std::unique_ptr<Operator> buildValidate(OperatorBuildContext &ctx)
{
    auto constraints = namedExpressions<ValidateOperator::Constraint>(ctx, "constraints", "name", "condition");
    return ctx.ok() ? std::make_unique<ValidateOperator>(std::move(constraints)) : nullptr;
}

std::unique_ptr<Operator> buildMask(OperatorBuildContext &ctx)
{
    std::vector<MaskOperator::Field> fields;
    for (const auto &item : ctx.items("fields")) {
        MaskOperator::Field f;
        f.path = FieldPath(itemString(item, "field"));
        const std::string method = itemString(item, "method");
        f.method = method == "hash" ? MaskOperator::Method::Hash
            : method == "partial"   ? MaskOperator::Method::Partial
                                    : MaskOperator::Method::Redact;
        if (item.contains("keep") && item["keep"].is_number())
            f.keep = item["keep"].get<int>();
        fields.push_back(std::move(f));
    }
    return std::make_unique<MaskOperator>(std::move(fields));
}

std::unique_ptr<Operator> buildAggregate(OperatorBuildContext &ctx)
{
    AggregateOperator::Config config;
    const nlohmann::json groupBy = ctx.items("groupBy");
    config.groupByNames = catalogsupport::groupByColumnNames(groupBy);
    size_t i = 0;
    for (const auto &g : groupBy)
        config.groupBy.push_back(ctx.expression(g, itemParameter("groupBy", i++)));
    i = 0;
    for (const auto &item : ctx.items("aggregates")) {
        const std::string p = itemParameter("aggregates", i++, "expression");
        AggregateOperator::Aggregate a;
        a.name = itemString(item, "name");
        const std::string f = itemString(item, "function");
        a.function = f == "sum" ? AggregateOperator::Function::Sum
            : f == "avg"        ? AggregateOperator::Function::Avg
            : f == "min"        ? AggregateOperator::Function::Min
            : f == "max"        ? AggregateOperator::Function::Max
                                : AggregateOperator::Function::Count;
        const std::string text = itemString(item, "expression");
        if (!text.empty())
            a.expression = ctx.expression(text, p);
        config.aggregates.push_back(std::move(a));
    }
    const std::string window = ctx.text("window", "tumbling");
    config.window = window == "hopping" ? AggregateOperator::WindowKind::Hopping
        : window == "session"           ? AggregateOperator::WindowKind::Session
                                        : AggregateOperator::WindowKind::Tumbling;
    config.sizeMillis = ctx.duration("size", 60'000);
    config.advanceMillis = ctx.duration("advance", config.sizeMillis);
    config.gapMillis = ctx.duration("gap", 60'000);
    config.graceMillis = ctx.duration("grace", 0);
    config.timeField = FieldPath(ctx.text("timeField"));
    return ctx.ok() ? std::make_unique<AggregateOperator>(std::move(config)) : nullptr;
}

std::unique_ptr<Operator> buildJoin(OperatorBuildContext &ctx)
{
    auto streamKey = ctx.expression(ctx.param("streamKey"), "streamKey");
    auto tableKey = ctx.expression(ctx.param("tableKey"), "tableKey");
    return ctx.ok() ? std::make_unique<JoinOperator>(streamKey, tableKey, ctx.text("joinType", "left") == "inner") : nullptr;
}

std::unique_ptr<Operator> buildDedupe(OperatorBuildContext &ctx)
{
    auto key = ctx.expression(ctx.param("key"), "key");
    const std::int64_t window = ctx.duration("window", 600'000);
    return ctx.ok() ? std::make_unique<DedupeOperator>(key, window) : nullptr;
}

std::unique_ptr<Operator> buildDeadLetter(OperatorBuildContext &ctx)
{
    ctx.requireKafka();
    const std::string topic = ctx.text("topic");
    return std::make_unique<DeadLetterOperator>(topic.empty() ? ctx.deadLetterTopic() : topic, ctx.sinkOutput());
}

} // namespace

void registerTransformOperators(OperatorRegistry &registry)
{
    registry.add("filter", buildFilter);
    registry.add("project", buildProject);
    registry.add("route", buildRoute);
    registry.add("validate", buildValidate);
    registry.add("mask", buildMask);
    registry.add("aggregate", buildAggregate);
    registry.add("join", buildJoin);
    registry.add("dedupe", buildDedupe);
    registry.add("dead-letter", buildDeadLetter);
}

} // namespace pipeline::runtime
