#pragma once

#include "deployment/deployer.h"

#include <string>
#include <vector>

/// How deploy and undeploy print a plan and carry it out on their targets:
/// progress per change, and on a failure exactly what the run created and
/// removed, then the rollback (--rollback-on-failure, or asked on a terminal).
struct DeployRun {
    std::string file;
    bool dryRun = false;
    bool rollbackOnFailure = false;
    bool noRollback = false;

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
