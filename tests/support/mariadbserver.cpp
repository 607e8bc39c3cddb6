#include "mariadbserver.h"

#include "loopbackport.h"

#include <fcntl.h>
#include <mysql.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace testsupport {

namespace {

std::string firstExisting(std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates)
        if (::access(candidate, X_OK) == 0)
            return candidate;
    return {};
}

std::string serverBinary()
{
    return firstExisting({"/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/sbin/mysqld", "/usr/bin/mysqld"});
}

std::string installBinary()
{
    return firstExisting({"/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db", "/usr/scripts/mariadb-install-db"});
}

// Runs a statement list as root over TCP; false with the server's message.
MYSQL *connectRoot(int port, const char *database, unsigned timeoutSeconds, std::string *error)
{
    MYSQL *conn = mysql_init(nullptr);
    mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeoutSeconds);
    if (!mysql_real_connect(conn, "127.0.0.1", "root", nullptr, database, unsigned(port), nullptr, 0)) {
        if (error)
            *error = mysql_error(conn);
        mysql_close(conn);
        return nullptr;
    }
    return conn;
}

} // namespace

bool MariaDbServer::binariesFound(std::string *missing)
{
    if (serverBinary().empty() || installBinary().empty()) {
        if (missing)
            *missing = "MariaDB server binaries not found (mariadbd and mariadb-install-db; install Debian's "
                       "mariadb-server package, scripts/install-deps.sh does)";
        return false;
    }
    return true;
}

std::unique_ptr<MariaDbServer> MariaDbServer::start(std::string *error)
{
    if (!binariesFound(error))
        return nullptr;
    std::unique_ptr<MariaDbServer> server(new MariaDbServer);
    server->m_serverBinary = serverBinary();
    char pattern[] = "/tmp/pipewright-mariadb-XXXXXX";
    if (!::mkdtemp(pattern)) {
        if (error)
            *error = "cannot create a temporary directory";
        return nullptr;
    }
    server->m_dir = pattern;
    if (::geteuid() == 0) {
        // mariadbd refuses to run as root: the server and its files belong to the mysql user.
        const passwd *pw = ::getpwnam("mysql");
        if (!pw || ::chown(server->m_dir.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
            if (error)
                *error = "running as root and cannot hand " + server->m_dir + " to a 'mysql' user to run the server";
            return nullptr;
        }
        server->m_uid = pw->pw_uid;
        server->m_gid = pw->pw_gid;
    }
    const pid_t install = server->spawn({installBinary(), "--no-defaults", "--datadir=" + server->m_dir + "/data",
                                         "--auth-root-authentication-method=normal", "--skip-test-db",
                                         "--skip-name-resolve"},
                                        server->m_dir + "/install.log");
    int status = 0;
    if (install <= 0 || ::waitpid(install, &status, 0) != install || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (error)
            *error = "mariadb-install-db failed:\n" + server->log();
        return nullptr;
    }
    server->m_port = freeLoopbackPort();
    if (!server->restart(error))
        return nullptr;
    std::string setupError;
    MYSQL *conn = connectRoot(server->m_port, nullptr, 5, &setupError);
    for (const std::string &sql : std::vector<std::string>{"CREATE DATABASE pipewright CHARACTER SET utf8mb4",
                                  "CREATE USER 'app'@'%' IDENTIFIED BY '" + appSecret() + "'",
                                  std::string("GRANT ALL ON pipewright.* TO 'app'@'%'")}) {
        if (conn && mysql_query(conn, sql.c_str()) != 0) {
            setupError = sql + ": " + mysql_error(conn);
            break;
        }
    }
    const bool ok = conn && setupError.empty();
    if (conn)
        mysql_close(conn);
    if (!ok) {
        if (error)
            *error = "cannot set up the MariaDB test server: " + setupError;
        return nullptr;
    }
    return server;
}

MariaDbServer::~MariaDbServer()
{
    stop();
    if (!m_dir.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
}

pid_t MariaDbServer::spawn(const std::vector<std::string> &argv, const std::string &logFile) const
{
    // Built before fork: the child of a threaded process must not allocate.
    std::vector<char *> args;
    for (const auto &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    // Child: only async-signal-safe calls until exec.
    const int log = ::open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (log >= 0) {
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
    }
    if (m_uid != 0) {
        if (log >= 0 && ::fchown(log, m_uid, m_gid) != 0)
            ::_exit(126);
        if (::setgid(m_gid) != 0 || ::setuid(m_uid) != 0)
            ::_exit(126);
    }
    ::execv(args[0], args.data());
    ::_exit(127);
}

std::string MariaDbServer::uri(const std::string &database) const
{
    return "mysql://root@127.0.0.1:" + std::to_string(m_port) + "/" + database;
}

bool MariaDbServer::restart(std::string *error)
{
    if (m_pid > 0)
        return true;
    // innodb_flush_log_at_trx_commit=2: a killed server (stop()) keeps every committed
    // transaction, only an OS crash would lose some; it spares the disk the fsyncs.
    m_pid = spawn({m_serverBinary, "--no-defaults", "--datadir=" + m_dir + "/data", "--port=" + std::to_string(m_port),
                   "--bind-address=127.0.0.1", "--socket=" + m_dir + "/mysqld.sock", "--pid-file=" + m_dir + "/mysqld.pid",
                   "--skip-name-resolve", "--innodb-buffer-pool-size=64M", "--innodb-flush-log-at-trx-commit=2",
                   "--performance-schema=OFF", "--skip-log-bin", "--max-connections=100",
                   "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci"},
                  m_dir + "/server.log");
    if (m_pid <= 0) {
        m_pid = 0;
        if (error)
            *error = "cannot start mariadbd";
        return false;
    }
    return waitUntilReady(error);
}

bool MariaDbServer::waitUntilReady(std::string *error)
{
    std::string last;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = 0;
            if (error)
                *error = "mariadbd exited during start-up:\n" + log();
            return false;
        }
        if (MYSQL *conn = connectRoot(m_port, nullptr, 1, &last)) {
            mysql_close(conn);
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (error)
        *error = "mariadbd did not accept connections within 60 s (" + last + "):\n" + log();
    stop();
    return false;
}

bool MariaDbServer::stop()
{
    if (m_pid <= 0)
        return true;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = 0;
    return true;
}

std::vector<std::string> MariaDbServer::query(const std::string &sql, std::string *error, const std::string &database) const
{
    std::vector<std::string> rows;
    MYSQL *conn = connectRoot(m_port, database.c_str(), 5, error);
    if (!conn)
        return rows;
    if (mysql_query(conn, "SET SESSION sql_mode = 'ANSI_QUOTES', time_zone = '+00:00'") != 0
        || mysql_real_query(conn, sql.data(), (unsigned long)sql.size()) != 0) {
        if (error)
            *error = mysql_error(conn);
    } else if (MYSQL_RES *result = mysql_store_result(conn)) {
        const unsigned columns = mysql_num_fields(result);
        while (MYSQL_ROW row = mysql_fetch_row(result)) {
            std::string text;
            for (unsigned c = 0; c < columns; ++c)
                text += (c ? "|" : "") + std::string(row[c] ? row[c] : "NULL");
            rows.push_back(text);
        }
        mysql_free_result(result);
    }
    mysql_close(conn);
    return rows;
}

std::string MariaDbServer::log() const
{
    std::ostringstream out;
    for (const char *name : {"/install.log", "/server.log"}) {
        std::ifstream in(m_dir + name);
        out << in.rdbuf();
    }
    return out.str();
}

} // namespace testsupport
