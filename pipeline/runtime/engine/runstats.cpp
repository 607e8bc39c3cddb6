#include "pipeline/runtime/engine/runstats.h"

namespace pipeline::runtime {

std::string_view runStateName(RunState state)
{
    switch (state) {
    case RunState::Idle: return "idle";
    case RunState::Running: return "running";
    case RunState::Stopping: return "stopping";
    case RunState::Finished: return "finished";
    case RunState::Failed: return "failed";
    }
    return "unknown";
}

} // namespace pipeline::runtime
