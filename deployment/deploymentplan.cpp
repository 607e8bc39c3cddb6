#include "deployment/deploymentplan.h"

#include <algorithm>
#include <set>

namespace deployment {

const char *stepActionName(StepAction action)
{
    switch (action) {
    case StepAction::Create:
        return "create";
    case StepAction::Replace:
        return "replace";
    case StepAction::Drop:
        return "drop";
    case StepAction::Terminate:
        return "terminate";
    case StepAction::Keep:
        return "keep";
    }
    return "keep";
}

namespace {

StepAction removalOf(const DeployedObject &object)
{
    return object.kind == "query" || object.kind == "job" ? StepAction::Terminate : StepAction::Drop;
}

} // namespace

bool isStopped(const std::string &state)
{
    return state == "FAILED" || state == "ERROR" || state == "CANCELED" || state == "FINISHED" || state == "UNASSIGNED";
}

DeploymentPlan DeploymentPlan::compute(const std::string &pipeline, const DeploymentTarget &target,
                                       const std::vector<DesiredObject> &desired,
                                       const std::vector<DeployedObject> &deployed)
{
    DeploymentPlan plan;
    plan.pipeline = pipeline;
    plan.targetName = target.name;
    plan.targetKind = target.kind;
    auto findDeployed = [&](const DesiredObject &d) -> const DeployedObject * {
        for (const auto &o : deployed) {
            if (o.kind == d.kind && o.name == d.name)
                return &o;
        }
        return nullptr;
    };
    std::set<std::string> renewed; // names created or replaced: their readers must follow
    for (const auto &d : desired) {
        DeploymentStep step;
        step.desired = d;
        const DeployedObject *current = findDeployed(d);
        if (!current || current->state == "MISSING") {
            step.action = StepAction::Create;
            if (current)
                step.note = "recorded as deployed, but the engine no longer has it";
        } else {
            step.current = *current;
            if (current->fingerprint != d.fingerprint) {
                step.action = StepAction::Replace;
                step.note = current->fingerprint.empty() ? "found on the engine with this pipeline's tag, not recorded"
                                                         : "its statement changed";
            } else if (isStopped(current->state)) {
                step.action = StepAction::Replace;
                step.note = "it is " + current->state;
            } else {
                step.action = StepAction::Keep;
                for (const auto &name : d.dependsOn) {
                    if (renewed.count(name)) {
                        step.action = StepAction::Replace;
                        step.note = "reads " + name + ", which is " + (findDeployed(d) ? "replaced" : "new");
                        break;
                    }
                }
            }
        }
        if (step.action != StepAction::Keep)
            renewed.insert(d.name);
        plan.steps.push_back(std::move(step));
    }
    for (const auto &o : deployed) {
        const bool wanted = std::any_of(desired.begin(), desired.end(),
                                        [&](const DesiredObject &d) { return d.kind == o.kind && d.name == o.name; });
        if (wanted || o.state == "MISSING")
            continue;
        DeploymentStep step;
        step.action = removalOf(o);
        step.current = o;
        step.note = "no longer in the pipeline";
        plan.steps.push_back(std::move(step));
    }
    return plan;
}

DeploymentPlan DeploymentPlan::removal(const std::string &pipeline, const DeploymentTarget &target,
                                       const std::vector<DeployedObject> &deployed)
{
    DeploymentPlan plan;
    plan.pipeline = pipeline;
    plan.targetName = target.name;
    plan.targetKind = target.kind;
    for (const auto &o : deployed) {
        if (o.state == "MISSING")
            continue;
        DeploymentStep step;
        step.action = removalOf(o);
        step.current = o;
        plan.steps.push_back(std::move(step));
    }
    return plan;
}

bool DeploymentPlan::hasChanges() const
{
    return std::any_of(steps.begin(), steps.end(), [](const DeploymentStep &s) { return s.action != StepAction::Keep; });
}

std::string DeploymentPlan::describe() const
{
    std::string out;
    for (const auto &s : steps) {
        std::string line = std::string(stepActionName(s.action));
        line.resize(10, ' ');
        std::string kind = s.kind();
        kind.resize(10, ' ');
        line += kind + s.name() + "  (node " + (s.nodeId().empty() ? std::string("-") : s.nodeId()) + ")";
        if (!s.note.empty())
            line += ": " + s.note;
        out += line + "\n";
    }
    for (const auto &n : notes)
        out += "note: " + n + "\n";
    return out;
}

} // namespace deployment
