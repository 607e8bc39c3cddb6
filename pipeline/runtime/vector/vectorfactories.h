#pragma once

#include "pipeline/runtime/dataflow/operatorregistry.h"

namespace pipeline::runtime {

/// Registers vector-upsert and vector-retrieve (catalogvector.cpp). The nodes of
/// one run share their indexes by name through one VectorIndexRegistry.
void registerVectorOperators(OperatorRegistry &registry);

} // namespace pipeline::runtime
