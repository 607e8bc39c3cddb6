#pragma once

#include "pipeline/runtime/dataflow/operatorbuildcontext.h"
#include "pipeline/runtime/dataflow/secretreference.h"
#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <memory>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// The Schema Registry part of a run's settings (RunOptions::settings): the
/// profiles Avro sources and sinks name in their `schemaRegistry` parameter, and
/// the resolver for their credential references besides env:NAME.
struct SchemaRegistrySettings {
    std::vector<SchemaRegistryProfile> profiles;
    SecretResolver secretResolver;
};

/// The run's client for the profile `name` ("" = "default"), one per profile
/// shared by every node that names it. An unknown profile is an error on the
/// node's `schemaRegistry` parameter and nullptr.
std::shared_ptr<SchemaRegistryClient> schemaRegistryFor(OperatorBuildContext &context, const std::string &name);

} // namespace pipeline::runtime
