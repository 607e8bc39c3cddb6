#pragma once

#include "deployment/deploymentplan.h"
#include "deployment/deploymentrecord.h"
#include "deployment/deploymentreport.h"
#include "deployment/engineclient.h"

#include "pipeline/core/graph.h"

#include <functional>
#include <memory>

namespace deployment {

/// Called around every change: before (`done` false) and after (`ok`, message).
using DeploymentProgress = std::function<void(const DeploymentStep &step, bool done, bool ok, const std::string &message)>;

/// Deploys pipelines to one target: exports the graph in the target's dialect,
/// plans against the record and the engine's live state, applies the plan
/// (removals first in reverse order, then creations in script order), keeps the
/// record current after every change, and rolls a failed run back on request.
/// Blocking; the designer runs it on a worker thread.
class Deployer {
public:
    Deployer(DeploymentTarget target, std::string recordDirectory, pipeline::runtime::SecretResolver resolver = {});
    ~Deployer();

    /// The pipeline's name on the engine: the graph's name, else `fallback`.
    static std::string pipelineName(const pipeline::Graph &graph, const std::string &fallback);

    /// Export + desired objects + what runs. False with `error` when the record
    /// or the engine cannot be read; export problems go into plan->diagnostics.
    bool plan(const pipeline::Graph &graph, const std::string &pipeline, DeploymentPlan *plan, std::string *error);
    /// Removal of everything recorded for `pipeline` on this target.
    bool undeployPlan(const std::string &pipeline, DeploymentPlan *plan, std::string *error);
    DeploymentReport apply(const DeploymentPlan &plan, const DeploymentProgress &progress = {});
    /// Undoes a failed (or any) run: removes what it created, newest first, and
    /// re-creates what it removed where the engine takes the recorded statement
    /// again (ksqlDB statements, connector configurations).
    DeploymentReport rollback(const DeploymentReport &report, const DeploymentProgress &progress = {});
    /// Every object this tool deployed on the target, all pipelines, with the
    /// engine's state now.
    bool deployments(std::vector<DeployedObject> *objects, std::string *error);
    /// Terminates or drops one deployed object (the Deployments dock's Stop).
    DeploymentReport stop(const DeployedObject &object);

    const DeploymentTarget &target() const { return m_target; }
    EngineClient &client() { return *m_client; }

private:
    bool current(const std::string &pipeline, std::vector<DeployedObject> *objects, std::string *error);

    DeploymentTarget m_target;
    DeploymentRecord m_record;
    std::unique_ptr<EngineClient> m_client;
};

} // namespace deployment
