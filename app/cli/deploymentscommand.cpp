#include "cliexit.h"
#include "targetoptions.h"

#include "deployment/deployer.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

namespace {

struct DeploymentsCommand {
    TargetOptions targets;
    bool json = false;

    int execute();
};

} // namespace

std::function<int()> defineDeploymentsCommand(CLI::App &command)
{
    auto c = std::make_shared<DeploymentsCommand>();
    command.footer("Lists what this tool deployed on the target (and its Kafka Connect target), with the\n"
                   "engine's state now: RUNNING, FAILED (with the failed tasks' traces), MISSING (recorded,\n"
                   "but gone from the engine), ...\n\n"
                   "Exit status: 0 listed, 1 unreadable targets file, 2 usage errors, 3 the engine cannot be asked.");
    c->targets.add(command);
    command.add_flag("--json", c->json, "One JSON array instead of a table");
    return [c] { return c->execute(); };
}

int DeploymentsCommand::execute()
{
    std::vector<deployment::DeploymentTarget> list;
    std::string error;
    if (const int rc = targets.resolve(&list, &error); rc != ExitOk) {
        std::fprintf(stderr, "pipewright-cli deployments: %s\n", error.c_str());
        return rc;
    }
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto &target : list) {
        deployment::Deployer deployer(target, targets.recordDirectory());
        std::vector<deployment::DeployedObject> objects;
        if (!deployer.deployments(&objects, &error)) {
            std::fprintf(stderr, "pipewright-cli deployments: %s\n", error.c_str());
            return ExitFailed;
        }
        if (!json)
            std::printf("target %s (%s %s): %zu deployed\n", target.name.c_str(), deployment::targetKindName(target.kind),
                        target.url.c_str(), objects.size());
        for (const auto &o : objects) {
            if (json) {
                all.push_back({{"target", target.name}, {"pipeline", o.pipeline}, {"node", o.nodeId}, {"kind", o.kind},
                               {"name", o.name}, {"id", o.id}, {"state", o.state}, {"detail", o.detail}});
                continue;
            }
            std::printf("  %-24s %-16s %-10s %-36s %-10s%s\n", o.pipeline.c_str(), o.nodeId.c_str(), o.kind.c_str(),
                        (o.name + (o.id.empty() ? "" : " [" + o.id + "]")).c_str(), o.state.c_str(),
                        o.detail.empty() ? "" : ("  " + o.detail.substr(0, o.detail.find('\n'))).c_str());
            // A failed task's trace, indented under it.
            if (o.state == "FAILED" && o.detail.find('\n') != std::string::npos)
                std::printf("      %s\n", o.detail.substr(o.detail.find('\n') + 1).c_str());
        }
    }
    if (json)
        std::printf("%s\n", all.dump(2).c_str());
    return ExitOk;
}
