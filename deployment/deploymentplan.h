#pragma once

#include "deployment/deploymentstep.h"
#include "deployment/deploymenttarget.h"

#include "codegen/exportresult.h"

#include "pipeline/core/diagnostic.h"

#include <string>
#include <vector>

namespace deployment {

/// An engine state after which an object no longer runs (a failed ksqlDB query,
/// a failed, cancelled or finished Flink job, a failed connector): redeploying restarts it.
bool isStopped(const std::string &state);

/// What a deployment will do on one target: per node, create / replace / drop /
/// terminate / keep, in the order shown to the user (creation order; removals
/// run first, in reverse dependency order).
class DeploymentPlan {
public:
    /// Compares what the pipeline wants with what this tool deployed earlier for
    /// it. An object whose fingerprint changed, whose state is FAILED, or that
    /// reads a replaced object is replaced; a deployed object the pipeline no
    /// longer has is dropped (topics, connectors) or terminated (queries, jobs).
    static DeploymentPlan compute(const std::string &pipeline, const DeploymentTarget &target,
                                  const std::vector<DesiredObject> &desired,
                                  const std::vector<DeployedObject> &deployed);
    /// Everything deployed goes: drops and terminations only.
    static DeploymentPlan removal(const std::string &pipeline, const DeploymentTarget &target,
                                  const std::vector<DeployedObject> &deployed);

    std::string pipeline;
    std::string sourceFile; // recorded with every created object
    std::string targetName;
    TargetKind targetKind = TargetKind::Ksqldb;
    std::vector<DeploymentStep> steps;
    std::vector<std::string> notes; // e.g. how a Flink job restarts
    pipeline::Diagnostics diagnostics; // export problems; errors forbid deploying
    codegen::ExportResult exported;    // what the plan was made from (Flink declares its tables from it)

    bool hasChanges() const;
    /// "create  stream  LARGE  (node large)" lines and the notes.
    std::string describe() const;
};

} // namespace deployment
