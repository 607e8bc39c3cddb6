#include "cliexit.h"
#include "deployrun.h"
#include "pipelinefiles.h"
#include "targetoptions.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

namespace {

struct UndeployCommand {
    TargetOptions targets;
    DeployRun run;

    int execute();
};

} // namespace

std::function<int()> defineUndeployCommand(CLI::App &command)
{
    auto c = std::make_shared<UndeployCommand>();
    command.footer("Removes what deploy created for the pipeline on the target (and its Kafka Connect\n"
                   "target): terminates its queries and jobs, drops its streams (DELETE TOPIC where ksqlDB\n"
                   "created the topic), deletes its connectors, newest first.\n\n"
                   "Exit status: 0 removed, 1 the file is invalid, 2 usage errors, 3 a removal failed.");
    addPipelineFileArgument(command, c->run.file, "the *.pipeline.json file");
    c->targets.add(command);
    command.add_flag("--dry-run", c->run.dryRun, "Print what would be removed only");
    c->run.noRollback = true; // a removal has nothing to roll back to
    return [c] { return c->execute(); };
}

int UndeployCommand::execute()
{
    DeployRun::Inputs inputs;
    if (const int rc = run.load("undeploy", targets, &inputs); rc != ExitOk)
        return rc;
    const pipeline::Graph *graph = &inputs.graph;
    std::vector<deployment::DeploymentTarget> &list = inputs.targets;
    const std::string &pipeline = inputs.pipeline;
    std::string error;
    int status = ExitOk;
    // Connectors first: they read what the SQL target writes.
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        deployment::Deployer deployer(*it, targets.recordDirectory());
        deployment::DeploymentPlan plan;
        if (!deployer.undeployPlan(pipeline, &plan, &error)) {
            std::fprintf(stderr, "%s: %s\n", run.file.c_str(), error.c_str());
            return ExitFailed;
        }
        DeployRun::printPlan(plan, *it);
        if (run.dryRun || plan.steps.empty())
            continue;
        if (run.apply(deployer, plan) != ExitOk)
            status = ExitFailed;
    }
    if (status == ExitOk && !run.dryRun)
        std::printf("undeployed %s\n", pipeline.c_str());
    return status;
}
