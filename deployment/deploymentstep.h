#pragma once

#include "deployment/deployedobject.h"

#include <string>

namespace deployment {

enum class StepAction { Create, Replace, Drop, Terminate, Keep };

/// "create", "replace", "drop", "terminate", "keep".
const char *stepActionName(StepAction action);

/// One line of a plan: what happens to one object of one node.
struct DeploymentStep {
    StepAction action = StepAction::Create;
    DesiredObject desired;  // Create, Replace, Keep
    DeployedObject current; // Replace, Drop, Terminate, Keep: what runs now
    std::string note;       // why (e.g. "reads large, which is replaced")

    const std::string &nodeId() const { return desired.nodeId.empty() ? current.nodeId : desired.nodeId; }
    const std::string &kind() const { return desired.kind.empty() ? current.kind : desired.kind; }
    const std::string &name() const { return desired.name.empty() ? current.name : desired.name; }
};

} // namespace deployment
