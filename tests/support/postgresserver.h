#pragma once

#include <memory>
#include <string>

namespace testsupport {

/// A real, throw-away PostgreSQL server for tests (Debian's postgresql 15
/// binaries): a temporary data directory, trust authentication, a free
/// loopback port and the unix socket inside the temporary directory. Runs as
/// the `postgres` system user when the test runs as root (initdb refuses root).
/// Stopped and removed when destroyed.
class PostgresServer {
public:
    /// nullptr and `error` when the binaries are missing or the server does not come up.
    static std::unique_ptr<PostgresServer> start(std::string *error);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    int port() const { return m_port; }
    /// libpq conninfo for database `dbname` as the superuser `postgres`.
    std::string conninfo(const std::string &dbname = "postgres") const;
    /// Stops the server (immediate shutdown, like a crash) / starts it again on the same port.
    bool stop();
    bool restart(std::string *error = nullptr);
    bool isRunning() const { return m_running; }
    /// The server log (for failure messages).
    std::string log() const;

private:
    PostgresServer() = default;
    bool run(const std::string &command, std::string *error) const;

    std::string m_dir;
    std::string m_binDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace testsupport
