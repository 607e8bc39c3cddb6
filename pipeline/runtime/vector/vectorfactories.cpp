#include "pipeline/runtime/vector/vectorfactories.h"

#include "pipeline/runtime/llm/llmoperatorfactory.h"
#include "pipeline/runtime/vector/vectorindexregistry.h"
#include "pipeline/runtime/vector/vectorretrieveoperator.h"
#include "pipeline/runtime/vector/vectorupsertoperator.h"

#include <algorithm>

namespace pipeline::runtime {

namespace {

// The run's index `index` (loaded from or saved to `path`); created with
// `options` when the upsert side opens it, looked up as-is by retrieval.
std::shared_ptr<VectorIndex> acquireIndex(OperatorBuildContext &ctx, const VectorIndexOptions *options)
{
    auto indexes = ctx.shared<VectorIndexRegistry>({}, [] { return std::make_shared<VectorIndexRegistry>(); });
    std::string error;
    auto index = indexes->acquire(ctx.text("index"), ctx.text("path"), options, &error);
    if (!index)
        ctx.error("vector-index", "index", error);
    return index;
}

std::unique_ptr<Operator> buildUpsert(OperatorBuildContext &ctx)
{
    VectorIndexOptions build;
    build.dimension = size_t(std::max(0.0, ctx.number("dimension", 0)));
    build.m = size_t(ctx.number("m", 16));
    build.efConstruction = size_t(ctx.number("efConstruction", 40));
    build.efSearch = size_t(ctx.number("efSearch", 128));
    auto index = acquireIndex(ctx, &build);
    VectorUpsertOperator::Options o;
    o.id = ctx.expression(ctx.param("idField"), "idField");
    o.embedding = FieldPath(ctx.text("embeddingField", "embedding"));
    o.text = ctx.optionalExpression("textField");
    for (const auto &path : ctx.items("metadataFields"))
        if (path.is_string() && !path.get<std::string>().empty())
            o.metadata.emplace_back(path.get<std::string>());
    o.saveIntervalMillis = ctx.duration("saveInterval", 1000);
    if (!ctx.ok() || !index)
        return nullptr;
    return std::make_unique<VectorUpsertOperator>(std::move(index), std::move(o));
}

std::unique_ptr<Operator> buildRetrieve(OperatorBuildContext &ctx)
{
    auto runtime = llmRuntimeFor(ctx);
    auto index = acquireIndex(ctx, nullptr);
    auto config = llmNodeConfig(ctx, *runtime);
    VectorRetrieveOperator::Options o;
    o.query = ctx.expression(ctx.param("queryField"), "queryField");
    o.k = size_t(std::max(1.0, ctx.number("k", 5)));
    o.minScore = ctx.number("minScore", 0);
    o.outputField = ctx.text("outputField", "context");
    o.contextTextField = ctx.text("contextTextField");
    o.batchSize = int(ctx.number("batchSize", 32));
    if (!ctx.ok() || !index || !config)
        return nullptr;
    return std::make_unique<VectorRetrieveOperator>(std::move(*config), runtime, std::move(index), std::move(o));
}

} // namespace

void registerVectorOperators(OperatorRegistry &registry)
{
    registry.add("vector-upsert", buildUpsert);
    registry.add("vector-retrieve", buildRetrieve);
}

} // namespace pipeline::runtime
