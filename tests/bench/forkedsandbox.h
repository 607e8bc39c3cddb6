#pragma once

// The sandbox cluster in a forked child for the benchmarks: its in-memory log is
// not counted in the benchmark's memory, and its broker threads are not in the
// measured process. The child dies with the parent (PR_SET_PDEATHSIG).

#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace bench {

/// Starts the sandbox with `topics` (name, partitions) in a child process;
/// returns its bootstrap address (exits when it cannot start). Stop it with
/// kill(*child, SIGTERM) and waitpid.
inline std::string forkSandbox(pid_t *child, const std::vector<std::pair<std::string, int>> &topics)
{
    int fds[2];
    if (pipe(fds) != 0)
        std::exit(1);
    const pid_t parent = getpid();
    *child = fork();
    if (*child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            _exit(0);
        close(fds[0]);
        std::string error;
        auto sandbox = pipeline::runtime::SandboxCluster::start(1, &error);
        for (const auto &[name, partitions] : topics)
            if (!sandbox || !sandbox->createTopic(name, partitions, &error)) {
                std::fprintf(stderr, "sandbox: %s\n", error.c_str());
                _exit(1);
            }
        const std::string line = sandbox->bootstrapServers() + "\n";
        if (write(fds[1], line.data(), line.size()) < 0)
            _exit(1);
        close(fds[1]);
        pause(); // until the parent's SIGTERM
        _exit(0);
    }
    close(fds[1]);
    char buf[256] = {};
    const ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    if (n <= 0)
        std::exit(1);
    std::string bootstrap(buf);
    bootstrap.erase(bootstrap.find_last_not_of("\r\n") + 1);
    return bootstrap;
}

} // namespace bench
