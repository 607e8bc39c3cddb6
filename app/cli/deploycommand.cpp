#include "cliexit.h"
#include "deployrun.h"
#include "pipelinefiles.h"
#include "targetoptions.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace {

struct DeployCommand {
    TargetOptions targets;
    DeployRun run;

    int execute();
};

} // namespace

std::function<int()> defineDeployCommand(CLI::App &command)
{
    auto c = std::make_shared<DeployCommand>();
    command.footer("Exports the pipeline for the target's engine (ksqlDB, Flink SQL Gateway, Kafka Connect),\n"
                   "compares it with what this tool deployed there before and prints the plan: per node\n"
                   "create / replace / drop / terminate / keep. Then applies it (not with --dry-run). A\n"
                   "target that names a Kafka Connect target ('connect') also gets the connector configs.\n"
                   "On a failure it lists what the run created before it and rolls back with\n"
                   "--rollback-on-failure (asks on a terminal).\n\n"
                   "Exit status: 0 deployed (or planned), 1 the file is invalid or the engine cannot express\n"
                   "the pipeline (nothing deployed), 2 usage errors, 3 the deployment failed.");
    addPipelineFileArgument(command, c->run.file, "the *.pipeline.json file");
    c->targets.add(command);
    command.add_flag("--dry-run", c->run.dryRun, "Print the plan only");
    auto *rollback = command.add_flag("--rollback-on-failure", c->run.rollbackOnFailure,
                                      "Undo what the run changed when a step fails");
    command.add_flag("--no-rollback", c->run.noRollback, "Leave a failed run's changes in place without asking")
        ->excludes(rollback);
    return [c] { return c->execute(); };
}

int DeployCommand::execute()
{
    DeployRun::Inputs inputs;
    if (const int rc = run.load("deploy", targets, &inputs); rc != ExitOk)
        return rc;
    const pipeline::Graph *graph = &inputs.graph;
    std::vector<deployment::DeploymentTarget> &list = inputs.targets;
    const std::string &pipeline = inputs.pipeline;
    std::string error;
    // Plan every target first: nothing is deployed when one of them cannot take the pipeline.
    std::vector<std::unique_ptr<deployment::Deployer>> deployers;
    std::vector<deployment::DeploymentPlan> plans;
    bool expressible = true;
    for (const auto &target : list) {
        auto deployer = std::make_unique<deployment::Deployer>(target, targets.recordDirectory());
        deployment::DeploymentPlan plan;
        if (!deployer->plan(*graph, pipeline, &plan, &error)) {
            std::fprintf(stderr, "%s: %s\n", run.file.c_str(), error.c_str());
            return ExitFailed;
        }
        std::error_code ec;
        plan.sourceFile = std::filesystem::absolute(run.file, ec).string();
        DeployRun::printPlan(plan, target);
        printDiagnostics(stderr, run.file, plan.diagnostics);
        expressible = expressible && !pipeline::hasErrors(plan.diagnostics);
        deployers.push_back(std::move(deployer));
        plans.push_back(std::move(plan));
    }
    if (!expressible) {
        std::fprintf(stderr, "%s: not deployed: the pipeline cannot be expressed for the target (see above)\n", run.file.c_str());
        return ExitProblems;
    }
    if (run.dryRun)
        return ExitOk;
    std::vector<deployment::DeploymentReport> reports(deployers.size());
    for (std::size_t i = 0; i < deployers.size(); ++i) {
        if (!plans[i].hasChanges()) {
            std::printf("%s: up to date\n", list[i].name.c_str());
            continue;
        }
        std::printf("deploying to %s:\n", list[i].name.c_str());
        bool rolledBack = false;
        if (const int rc = run.apply(*deployers[i], plans[i], &reports[i], &rolledBack); rc != ExitOk) {
            // The targets before this one were deployed for it: they go back too.
            for (std::size_t j = i; rolledBack && j-- > 0;)
                DeployRun::rollback(*deployers[j], reports[j]);
            return rc;
        }
    }
    std::printf("deployed %s\n", pipeline.c_str());
    return ExitOk;
}
