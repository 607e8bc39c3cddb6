#pragma once

#include "pipeline/runtime/dataflow/operatorregistry.h"

namespace pipeline::runtime {

/// Registers filter, project, route, validate, mask, aggregate, join, dedupe and
/// dead-letter (catalogtransforms.cpp / catalogsinks.cpp describe them).
void registerTransformOperators(OperatorRegistry &registry);

} // namespace pipeline::runtime
