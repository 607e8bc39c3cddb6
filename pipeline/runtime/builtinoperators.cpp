#include "pipeline/runtime/builtinoperators.h"

#include "pipeline/runtime/database/databasesinkfactory.h"
#include "pipeline/runtime/engine/samplesource.h"
#include "pipeline/runtime/kafka/kafkafactories.h"
#include "pipeline/runtime/llm/llmoperatorfactory.h"
#include "pipeline/runtime/operators/operatorfactories.h"
#include "pipeline/runtime/vector/vectorfactories.h"

namespace pipeline::runtime {

const OperatorRegistry &builtinOperators()
{
    static const OperatorRegistry registry = [] {
        OperatorRegistry r;
        registerSampleSource(r);
        registerKafkaOperators(r);
        registerTransformOperators(r);
        registerLlmOperators(r);
        registerVectorOperators(r);
        registerDatabaseOperators(r);
        return r;
    }();
    return registry;
}

std::vector<std::string> kindsWithoutOperator(const Catalog &catalog, const OperatorRegistry &operators)
{
    std::vector<std::string> missing;
    for (const NodeType &type : catalog.types())
        if (!operators.isDesignOnly(type.kind) && !operators.contains(type.kind))
            missing.push_back(type.kind);
    return missing;
}

} // namespace pipeline::runtime
