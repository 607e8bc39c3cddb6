#include "targetoptions.h"

#include "cliexit.h"

#include "deployment/deploymentrecord.h"

void TargetOptions::add(CLI::App &command)
{
    command.add_option("--target", target, "The deployment target (a profile of the targets file)")
        ->required()
        ->type_name("NAME");
    command.add_option("--targets", targetsFile,
                       "Targets file (default $PIPEWRIGHT_TARGETS, else ~/.config/pipewright/targets.json)")
        ->type_name("FILE");
    command.add_option("--state", stateDir,
                       "Where the record of deployments lives (default $PIPEWRIGHT_DEPLOYMENTS_DIR, else "
                       "~/.local/state/pipewright/deployments)")
        ->type_name("DIR");
}

int TargetOptions::resolve(std::vector<deployment::DeploymentTarget> *targets, std::string *error) const
{
    const std::string file = targetsFile.empty() ? deployment::defaultTargetsFile() : targetsFile;
    std::vector<deployment::DeploymentTarget> all;
    if (!deployment::readDeploymentTargets(file, &all, error))
        return ExitProblems;
    const deployment::DeploymentTarget *named = deployment::findTarget(all, target);
    if (!named) {
        std::string names;
        for (const auto &t : all)
            names += (names.empty() ? "" : ", ") + t.name;
        *error = "--target: no target '" + target + "' in " + file + " (it has: " + (names.empty() ? "none" : names) + ")";
        return ExitUsage;
    }
    targets->clear();
    targets->push_back(*named);
    if (!named->connectTarget.empty())
        targets->push_back(*deployment::findTarget(all, named->connectTarget));
    return ExitOk;
}

std::string TargetOptions::recordDirectory() const
{
    return stateDir.empty() ? deployment::DeploymentRecord::defaultDirectory() : stateDir;
}
