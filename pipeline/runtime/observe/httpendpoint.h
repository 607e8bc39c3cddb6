#pragma once

#include "pipeline/runtime/engine/runstats.h"

#include <functional>
#include <memory>
#include <string>

namespace pipeline::runtime {

/// The runner's HTTP endpoint (`pipewright-cli run --http HOST:PORT`): serves
/// `/metrics` (Prometheus text), `/health` (liveness) and `/ready` (readiness)
/// from snapshots it asks `snapshot` for, on its own threads (cpp-httplib's
/// pool). The engine knows nothing of it: a scrape costs the engine one
/// snapshot copy under its short lock.
class HttpEndpoint {
public:
    using SnapshotFunction = std::function<RunSnapshot()>;

    HttpEndpoint(std::string pipelineName, SnapshotFunction snapshot);
    ~HttpEndpoint(); // stop()
    HttpEndpoint(const HttpEndpoint &) = delete;
    HttpEndpoint &operator=(const HttpEndpoint &) = delete;

    /// Listens on `host`:`port` (0 = a free port) and serves in the background.
    /// False with `error` when the address cannot be bound.
    bool start(const std::string &host, int port, std::string *error);
    void stop();
    /// The bound port (after start()).
    int port() const;
    /// `/health` answers 503 when the engine published nothing this long (ms).
    void setStallMillis(std::int64_t millis);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pipeline::runtime
