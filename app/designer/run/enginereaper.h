#pragma once

#include "pipeline/runtime/engine/engine.h"

#include <memory>

/// Finishes engines whose window went away mid-run. A graceful stop drains
/// in-flight messages and commits offsets, which can take seconds; a closing
/// window must not freeze for it. The engine is told to stop and a thread of
/// the reaper waits for it; main() waits for all of them before the process
/// exits, so at-least-once holds for the last window too.
class EngineReaper {
public:
    /// Asks `engine` to stop and finishes it in the background.
    static void adopt(std::unique_ptr<pipeline::runtime::Engine> engine);
    /// Engines still draining.
    static int pending();
    /// Blocks until every adopted engine has finished (at application exit).
    static void waitAll();
};
