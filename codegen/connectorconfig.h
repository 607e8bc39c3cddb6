#pragma once

#include "codegen/exportoptions.h"
#include "codegen/exportresult.h"
#include "codegen/relationalplan.h"

#include "pipeline/core/graph.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace codegen {

/// The Kafka Connect connector configurations an export writes beside its
/// script, one per connect-source, connect-sink and database sink, in plan
/// order. Each file is the body of the Connect REST API's POST /connectors
/// (`{"name": ..., "config": {...}}`); its "config" object alone is the body of
/// PUT /connectors/{name}/config. Secrets are the worker's config-provider
/// references (${env:VAR}, ${file:...}), never values.
class ConnectorConfig {
public:
    static std::vector<ExportArtifact> build(const pipeline::Graph &graph, const RelationalPlan &plan,
                                             const ExportOptions &options, pipeline::Diagnostics &diagnostics);

    /// The configuration of one connect-source or connect-sink (`topic`: the
    /// topic the planner gave it), as the artifact's "config" object.
    static nlohmann::json connectConfig(const pipeline::Graph &graph, const pipeline::Node &node,
                                        const std::string &topic, const ExportOptions &options,
                                        pipeline::Diagnostics &diagnostics);

    /// The node's connector name: its connectorName parameter or <pipeline>-<node id>.
    static std::string connectorName(const pipeline::Graph &graph, const pipeline::Node &node);
    /// Wraps a configuration into the REST API's create body as an artifact.
    static ExportArtifact artifact(const pipeline::Graph &graph, const pipeline::Node &node, const std::string &suffix,
                                   const nlohmann::json &config, const std::string &what);
    /// errors.tolerance and the dead-letter queue from the node's onError.
    static void addErrorHandling(const pipeline::Graph &graph, const pipeline::Node &node, nlohmann::json &config);
    /// The Schema Registry URL Avro converters use in production.
    static std::string schemaRegistryUrl(const ExportOptions &options);
};

} // namespace codegen
