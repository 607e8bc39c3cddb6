#include "pipeline/runtime/observe/httpendpoint.h"

#include "pipeline/runtime/observe/healthreport.h"
#include "pipeline/runtime/observe/prometheustext.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace pipeline::runtime {

namespace {

std::int64_t steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

struct HttpEndpoint::Impl {
    std::string pipelineName;
    SnapshotFunction snapshot;
    httplib::Server server;
    std::thread thread;
    int port = 0;
    std::atomic<std::int64_t> stallMillis{60'000};
    // Liveness: when the snapshot's sequence last moved.
    std::mutex mutex;
    std::uint64_t lastSequence = 0;
    std::int64_t lastChangeMillis = steadyMillis();

    std::int64_t millisSinceChange(const RunSnapshot &s)
    {
        std::lock_guard lock(mutex);
        const std::int64_t now = steadyMillis();
        if (s.sequence != lastSequence) {
            lastSequence = s.sequence;
            lastChangeMillis = now;
        }
        return now - lastChangeMillis;
    }
};

HttpEndpoint::HttpEndpoint(std::string pipelineName, SnapshotFunction snapshot) : d(std::make_unique<Impl>())
{
    d->pipelineName = std::move(pipelineName);
    d->snapshot = std::move(snapshot);
    Impl *impl = d.get();
    d->server.Get("/metrics", [impl](const httplib::Request &, httplib::Response &res) {
        res.set_content(prometheusText(impl->pipelineName, impl->snapshot()), std::string(prometheusContentType));
    });
    d->server.Get("/health", [impl](const httplib::Request &, httplib::Response &res) {
        const RunSnapshot s = impl->snapshot();
        const HealthAnswer answer = livenessAnswer(s, impl->millisSinceChange(s), impl->stallMillis);
        res.status = answer.status;
        res.set_content(answer.body, "application/json");
    });
    d->server.Get("/ready", [impl](const httplib::Request &, httplib::Response &res) {
        const HealthAnswer answer = readinessAnswer(impl->snapshot());
        res.status = answer.status;
        res.set_content(answer.body, "application/json");
    });
    d->server.Get("/", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("pipewright-cli run: /metrics (Prometheus), /health (liveness), /ready (readiness)\n",
                        "text/plain; charset=utf-8");
    });
}

HttpEndpoint::~HttpEndpoint()
{
    stop();
}

bool HttpEndpoint::start(const std::string &host, int port, std::string *error)
{
    if (d->thread.joinable()) {
        *error = "the HTTP endpoint is already running";
        return false;
    }
    // A scrape must never wait long for a slow client: short socket timeouts.
    d->server.set_read_timeout(5, 0);
    d->server.set_write_timeout(5, 0);
    // cpp-httplib's default sets SO_REUSEPORT: a second runner on the same port
    // would then share it and scrapes would alternate between the two. Only
    // SO_REUSEADDR (a restart may bind over TIME_WAIT), so a taken port is refused.
    d->server.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    int bound = port == 0 ? d->server.bind_to_any_port(host) : (d->server.bind_to_port(host, port) ? port : -1);
    if (bound < 0) {
        *error = "cannot listen on " + host + ":" + std::to_string(port) + " (address in use, or not an address of this machine)";
        return false;
    }
    d->port = bound;
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    return true;
}

void HttpEndpoint::stop()
{
    if (!d->thread.joinable())
        return;
    d->server.stop();
    d->thread.join();
}

int HttpEndpoint::port() const
{
    return d->port;
}

void HttpEndpoint::setStallMillis(std::int64_t millis)
{
    d->stallMillis = millis;
}

} // namespace pipeline::runtime
