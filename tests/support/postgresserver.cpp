#include "postgresserver.h"

#include "loopbackport.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace testsupport {

namespace {

std::string findBinDir()
{
    if (const char *env = std::getenv("PIPEWRIGHT_PG_BIN"); env && *env)
        return env;
    for (const char *candidate : {"/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
                                  "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/14/bin"})
        if (std::filesystem::exists(std::string(candidate) + "/initdb"))
            return candidate;
    return {};
}

} // namespace

std::unique_ptr<PostgresServer> PostgresServer::start(std::string *error)
{
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binDir = findBinDir();
    if (server->m_binDir.empty()) {
        if (error)
            *error = "PostgreSQL server binaries not found (install Debian's postgresql package)";
        return nullptr;
    }
    char pattern[] = "/tmp/pipewright-pg-XXXXXX";
    if (!::mkdtemp(pattern)) {
        if (error)
            *error = "cannot create a temporary directory";
        return nullptr;
    }
    server->m_dir = pattern;
    if (::geteuid() == 0) {
        // initdb refuses to run as root: hand the directory to the postgres user.
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            if (error)
                *error = "running as root and there is no 'postgres' user to run the server";
            return nullptr;
        }
        if (::chown(server->m_dir.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
            if (error)
                *error = "cannot hand " + server->m_dir + " to the postgres user";
            return nullptr;
        }
        server->m_asPostgresUser = true;
    }
    if (!server->run("'" + server->m_binDir + "/initdb' -D '" + server->m_dir + "/data' -A trust -U postgres "
                         "-E UTF8 --locale=C --no-sync > '" + server->m_dir + "/initdb.log' 2>&1",
                     error))
        return nullptr;
    server->m_port = freeLoopbackPort();
    if (!server->restart(error))
        return nullptr;
    return server;
}

PostgresServer::~PostgresServer()
{
    stop();
    if (!m_dir.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
}

bool PostgresServer::run(const std::string &command, std::string *error) const
{
    const std::string full = m_asPostgresUser ? "runuser -u postgres -- sh -c \"" + command + "\"" : command;
    const int rc = std::system(full.c_str());
    if (rc != 0) {
        if (error)
            *error = "command failed (" + std::to_string(rc) + "): " + command + "\n" + log();
        return false;
    }
    return true;
}

std::string PostgresServer::conninfo(const std::string &dbname) const
{
    return "host=127.0.0.1 port=" + std::to_string(m_port) + " dbname=" + dbname + " user=postgres";
}

bool PostgresServer::restart(std::string *error)
{
    if (m_running)
        return true;
    // fsync off is safe for a test server: an immediate stop (a crash) keeps every
    // committed transaction; only an OS crash would lose them. synchronous_commit
    // stays on so stop() really behaves like a crash of a durable server.
    const std::string options = "-p " + std::to_string(m_port) + " -k " + m_dir
        + " -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off";
    if (!run("'" + m_binDir + "/pg_ctl' -D '" + m_dir + "/data' -l '" + m_dir + "/server.log' -w -t 60 -o '"
                 + options + "' start > /dev/null",
             error))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run("'" + m_binDir + "/pg_ctl' -D '" + m_dir + "/data' -m immediate -w -t 60 stop > /dev/null", nullptr);
}

std::string PostgresServer::log() const
{
    std::ostringstream out;
    for (const char *name : {"/initdb.log", "/server.log"}) {
        std::ifstream in(m_dir + name);
        out << in.rdbuf();
    }
    return out.str();
}

} // namespace testsupport
