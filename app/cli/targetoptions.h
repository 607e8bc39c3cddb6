#pragma once

#include "deployment/deploymenttarget.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

/// --target NAME, --targets FILE, --state DIR: where deploy, undeploy and
/// deployments send a pipeline and where they remember what they deployed.
struct TargetOptions {
    std::string target;
    std::string targetsFile;
    std::string stateDir;

    void add(CLI::App &command);
    /// The named target and, when it names one, its Kafka Connect target after
    /// it. Returns ExitOk, ExitProblems (unreadable targets file) or ExitUsage
    /// (no such target), with the message in `error`.
    int resolve(std::vector<deployment::DeploymentTarget> *targets, std::string *error) const;
    std::string recordDirectory() const;
};
