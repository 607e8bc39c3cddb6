#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

namespace testsupport {

/// A real, throw-away MariaDB server for tests (Debian's mariadb-server
/// binaries): `mariadb-install-db` into a temporary data directory, `mariadbd`
/// on a free loopback port (and a unix socket in that directory), root without
/// a password, a database `pipewright`, and a user `app` whose password is
/// `appSecret()` for the password tests. Runs as the `mysql` system user when
/// the test runs as root (mariadbd refuses root). Killed and removed when destroyed.
class MariaDbServer {
public:
    /// Whether the server binaries are installed (tests skip cleanly without them).
    static bool binariesFound(std::string *missing = nullptr);
    /// nullptr and `error` when the binaries are missing or the server does not come up.
    static std::unique_ptr<MariaDbServer> start(std::string *error);
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    int port() const { return m_port; }
    /// mysql://root@127.0.0.1:PORT/DATABASE (no password).
    std::string uri(const std::string &database = "pipewright") const;
    /// The password of the user `app` (all privileges on `pipewright`).
    static std::string appSecret() { return "app-secret"; }
    /// Kills the server (SIGKILL, like a crash) / starts it again on the same port.
    bool stop();
    bool restart(std::string *error = nullptr);
    bool isRunning() const { return m_pid > 0; }
    /// Rows of a query as root in `database` (NULL as "NULL", columns joined by '|');
    /// the session uses ANSI_QUOTES and UTC like the sink's.
    std::vector<std::string> query(const std::string &sql, std::string *error = nullptr,
                                   const std::string &database = "pipewright") const;
    /// The install and server logs (for failure messages).
    std::string log() const;

private:
    MariaDbServer() = default;
    pid_t spawn(const std::vector<std::string> &argv, const std::string &logFile) const;
    bool waitUntilReady(std::string *error);

    std::string m_dir;
    std::string m_serverBinary;
    int m_port = 0;
    pid_t m_pid = 0;
    uid_t m_uid = 0; // 0: run as ourselves
    gid_t m_gid = 0;
};

} // namespace testsupport
