#include "deployrun.h"

#include "cliexit.h"
#include "pipelinefiles.h"
#include "targetoptions.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <unistd.h>

using namespace deployment;

int DeployRun::load(const char *command, TargetOptions &targets, Inputs *inputs) const
{
    std::optional<pipeline::Graph> graph = loadPipeline(file, stderr);
    if (!graph)
        return ExitProblems;
    std::string error;
    if (const int rc = targets.resolve(&inputs->targets, &error); rc != ExitOk) {
        std::fprintf(stderr, "pipewright-cli %s: %s\n", command, error.c_str());
        return rc;
    }
    std::string stem = std::filesystem::path(file).filename().string();
    stem = stem.substr(0, stem.find('.'));
    inputs->pipeline = Deployer::pipelineName(*graph, stem);
    inputs->graph = std::move(*graph);
    return ExitOk;
}

void DeployRun::printPlan(const DeploymentPlan &plan, const DeploymentTarget &target)
{
    std::printf("target %s (%s %s), pipeline %s:\n", target.name.c_str(), targetKindName(target.kind), target.url.c_str(),
                plan.pipeline.c_str());
    if (plan.steps.empty())
        std::printf("  nothing to deploy\n");
    std::string text = plan.describe();
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        std::printf("  %s\n", text.substr(start, end - start).c_str());
        start = end == std::string::npos ? text.size() : end + 1;
    }
}

namespace {

void printObjects(const char *title, const std::vector<DeployedObject> &objects)
{
    if (objects.empty())
        return;
    std::printf("%s\n", title);
    for (const auto &o : objects)
        std::printf("  %s %s (node %s)%s\n", o.kind.c_str(), o.name.c_str(), o.nodeId.c_str(),
                    o.id.empty() ? "" : (" id " + o.id).c_str());
}

void printProgress(const DeploymentStep &step, bool done, bool ok, const std::string &message)
{
    if (!done)
        return;
    std::printf("  %-9s %-9s %s: %s%s\n", stepActionName(step.action), step.kind().c_str(), step.name().c_str(),
                ok ? "ok" : "FAILED", message.empty() ? "" : (" — " + message).c_str());
    std::fflush(stdout);
}

} // namespace

bool DeployRun::rollback(Deployer &deployer, const DeploymentReport &report)
{
    std::printf("rolling back on %s:\n", deployer.target().name.c_str());
    const DeploymentReport undone = deployer.rollback(report, printProgress);
    for (const auto &line : undone.log) {
        if (line.find("restored") != std::string::npos)
            std::printf("  %s\n", line.c_str());
    }
    for (const auto &note : undone.notes)
        std::printf("  note: %s\n", note.c_str());
    if (!undone.ok) {
        std::fprintf(stderr, "%s: rollback incomplete: %s\n", deployer.target().name.c_str(), undone.error.c_str());
        return false;
    }
    std::printf("rolled back on %s\n", deployer.target().name.c_str());
    return true;
}

int DeployRun::apply(Deployer &deployer, const DeploymentPlan &plan, DeploymentReport *reportOut, bool *rolledBack) const
{
    const DeploymentReport report = deployer.apply(plan, printProgress);
    if (reportOut)
        *reportOut = report;
    for (const auto &note : report.notes)
        std::printf("  note: %s\n", note.c_str());
    if (report.ok)
        return ExitOk;
    // The error names the target and the request already.
    std::fprintf(stderr, "%s: %s%s\n", file.c_str(), report.failedNode.empty() ? "" : (report.failedNode + ": ").c_str(),
                 report.error.c_str());
    printObjects("created by this run before the failure:", report.created);
    printObjects("removed by this run before the failure:", report.removed);
    const bool changed = !report.created.empty() || !report.removed.empty();
    if (!changed)
        std::printf("nothing was changed on %s\n", deployer.target().name.c_str());
    bool rollback = rollbackOnFailure;
    if (!rollback && !noRollback && isatty(STDIN_FILENO)) {
        std::printf("roll back what this run changed? [y/N] ");
        std::fflush(stdout);
        std::string answer;
        std::getline(std::cin, answer);
        rollback = answer == "y" || answer == "Y" || answer == "yes";
    }
    if (!rollback && changed) {
        std::printf("left in place (recorded); remove it with: pipewright-cli undeploy %s --target %s\n", file.c_str(),
                    deployer.target().name.c_str());
        return ExitFailed;
    }
    if (rollback && changed)
        DeployRun::rollback(deployer, report);
    if (rolledBack)
        *rolledBack = rollback;
    return ExitFailed;
}
