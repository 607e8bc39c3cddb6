#pragma once

#include "deployment/deployedobject.h"

#include "pipeline/core/diagnostic.h"

#include <string>
#include <vector>

namespace deployment {

/// What one deployment, undeployment or rollback did. On failure it says which
/// step failed and exactly what the run created or removed before it, so the
/// caller can offer a rollback; nothing half-deployed goes unreported.
struct DeploymentReport {
    bool ok = true;
    std::string error;      // the failure: target, request, the engine's message
    std::string failedNode; // node of the failed statement or connector, if any
    std::vector<DeployedObject> created; // in creation order; rollback removes them
    std::vector<DeployedObject> removed; // dropped or terminated by this run
    std::vector<std::string> log;        // one line per action, as it happened
    std::vector<std::string> notes;      // e.g. which Flink jobs restarted from a savepoint
    pipeline::Diagnostics diagnostics;   // the failure on its node, for the designer
};

} // namespace deployment
