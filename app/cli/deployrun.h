#pragma once

#include "deployment/deployer.h"
#include "pipeline/core/graph.h"

#include <optional>

#include <string>
#include <vector>

/// How deploy and undeploy print a plan and carry it out on their targets:
/// progress per change, and on a failure exactly what the run created and
/// removed, then the rollback (--rollback-on-failure, or asked on a terminal).
struct TargetOptions;

struct DeployRun {
    std::string file;
    bool dryRun = false;
    bool rollbackOnFailure = false;
    bool noRollback = false;

    /// What deploy and undeploy start from: the pipeline, the resolved targets
    /// and the name the pipeline is deployed under.
    struct Inputs {
        pipeline::Graph graph;
        std::vector<deployment::DeploymentTarget> targets;
        std::string pipeline;
    };
    /// Loads `file` and resolves `targets`: ExitOk, or the exit code with the
    /// reason printed (prefixed `command`).
    int load(const char *command, TargetOptions &targets, Inputs *inputs) const;

    /// Prints "target NAME (kind URL)" and the plan.
    static void printPlan(const deployment::DeploymentPlan &plan, const deployment::DeploymentTarget &target);
    /// Applies `plan`; returns ExitOk or ExitFailed. `report` gets what it did;
    /// `rolledBack` says whether a failure was rolled back (the caller then
    /// rolls back the targets deployed before this one too).
    int apply(deployment::Deployer &deployer, const deployment::DeploymentPlan &plan,
              deployment::DeploymentReport *report = nullptr, bool *rolledBack = nullptr) const;
    /// Rolls `report` back on `deployer`, printing each change.
    static bool rollback(deployment::Deployer &deployer, const deployment::DeploymentReport &report);
};
