#pragma once

#include "pipeline/runtime/engine/runstats.h"

#include <cstdint>
#include <string>

namespace pipeline::runtime {

/// An answer of the health endpoints: HTTP status and a JSON body.
struct HealthAnswer {
    int status = 200;
    std::string body; // JSON
};

/// Liveness (`/health`): 200 while the engine publishes; 503 when the run failed
/// or its loop published nothing for `stallMillis` (a hung engine thread, which a
/// restart cures). `millisSinceChange` is how long the snapshot's sequence has
/// not moved.
HealthAnswer livenessAnswer(const RunSnapshot &snapshot, std::int64_t millisSinceChange, std::int64_t stallMillis);

/// Readiness (`/ready`): 200 when RunSnapshot::ready, else 503 with the reasons
/// (not running yet, draining, no partitions assigned, brokers unreachable).
HealthAnswer readinessAnswer(const RunSnapshot &snapshot);

} // namespace pipeline::runtime
