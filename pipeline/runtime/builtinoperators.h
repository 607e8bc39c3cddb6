#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/runtime/dataflow/operatorregistry.h"

#include <string>
#include <vector>

namespace pipeline::runtime {

/// Every node kind's operator factory that ships with Pipewright, filled once
/// from each module's registration call (registerTransformOperators,
/// registerKafkaOperators, registerLlmOperators, registerVectorOperators,
/// registerDatabaseOperators, registerSampleSource). Part of the
/// `pipewright_runtime` target, which links every runtime module.
const OperatorRegistry &builtinOperators();

/// The kinds of `catalog` that `operators` cannot build and that it does not
/// mark design-only (OperatorRegistry::addDesignOnly): a pipeline using one would be refused at run time.
std::vector<std::string> kindsWithoutOperator(const Catalog &catalog, const OperatorRegistry &operators);

} // namespace pipeline::runtime
