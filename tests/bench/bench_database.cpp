// database-sink throughput, with baselines measured in the same run.
//
//   bench_database [--rows N]   N IoT readings (default 100,000) from a sample source
//                               through the engine into a database-sink, for SQLite
//                               (a temporary file), PostgreSQL and MariaDB (throw-away
//                               servers this program starts), batch size 500 and 1, against a
//                               hand-written loop that inserts the same rows with the
//                               same library (prepared single-row INSERT, one
//                               transaction per 500 rows).
//   bench_database --smoke      tiny sizes, for a quick check that it runs.

#include "mariadbserver.h"
#include "postgresserver.h"

#include "pipeline/core/graph.h"
#include "pipeline/runtime/database/databaseconnection.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/engine/samplegenerator.h"

#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <unistd.h>

using namespace pipeline::runtime;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

// The engine: sample-source (as fast as possible) -> database-sink. Rows per second.
double engineRate(const std::string &driver, const std::string &connection, const std::string &table, int rows,
                  int batchSize)
{
    pipeline::Graph g;
    g.name = "bench-database";
    pipeline::Node source;
    source.id = "gen";
    source.kind = "sample-source";
    source.parameters = {{"generator", "iot-temperature"}, {"rate", 0}, {"count", rows}, {"seed", 3}};
    g.putNode(source);
    pipeline::Node sink;
    sink.id = "db";
    sink.kind = "database-sink";
    sink.parameters = {{"driver", driver}, {"connection", connection}, {"table", table}, {"mode", "upsert"},
                       {"key", {"device_id", "ts"}}, {"batchSize", batchSize}};
    g.putNode(sink);
    pipeline::Edge edge;
    edge.from = {"gen", "out"};
    edge.to = {"db", "in"};
    edge.id = pipeline::Graph::edgeIdFor(edge.from, edge.to);
    g.putEdge(edge);
    RunOptions options;
    options.sampleStartMillis = 1'700'000'000'000;
    Engine engine;
    const auto diagnostics = engine.compile(g, options);
    if (!engine.isCompiled()) {
        std::fprintf(stderr, "compile failed: %s\n", diagnostics.empty() ? "?" : diagnostics[0].message.c_str());
        std::exit(1);
    }
    const auto start = Clock::now();
    engine.run();
    const auto end = Clock::now();
    const RunSnapshot s = engine.snapshot();
    if (s.totals.output != std::uint64_t(rows)) {
        std::fprintf(stderr, "expected %d rows written, got %llu (%s)\n", rows, (unsigned long long)s.totals.output,
                     s.error.c_str());
        std::exit(1);
    }
    return rows / seconds(start, end);
}

std::vector<json> readings(int rows)
{
    auto g = SampleGenerator::create("iot-temperature", 3);
    std::vector<json> out;
    out.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i)
        out.push_back(g->next(1'700'000'000'000 + i));
    return out;
}

double sqliteBaseline(const std::string &path, int rows)
{
    const auto data = readings(rows);
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE base (device_id TEXT, "
                     "temperature REAL, ts TEXT, PRIMARY KEY (device_id, ts))",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO base VALUES (?, ?, ?) ON CONFLICT (device_id, ts) DO UPDATE SET "
                           "temperature = excluded.temperature",
                       -1, &insert, nullptr);
    const auto start = Clock::now();
    for (int i = 0; i < rows; ++i) {
        if (i % 500 == 0)
            sqlite3_exec(db, i ? "COMMIT; BEGIN" : "BEGIN", nullptr, nullptr, nullptr);
        const std::string device = data[size_t(i)]["device_id"].get<std::string>();
        const std::string ts = DatabaseConnection::isoTimestamp(data[size_t(i)]["ts"].get<std::int64_t>());
        sqlite3_bind_text(insert, 1, device.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(insert, 2, data[size_t(i)]["temperature"].get<double>());
        sqlite3_bind_text(insert, 3, ts.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const auto end = Clock::now();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return rows / seconds(start, end);
}

double postgresBaseline(const std::string &conninfo, int rows)
{
    const auto data = readings(rows);
    PGconn *conn = PQconnectdb(conninfo.c_str());
    PQclear(PQexec(conn, "CREATE TABLE base (device_id TEXT, temperature DOUBLE PRECISION, ts TIMESTAMPTZ, "
                         "PRIMARY KEY (device_id, ts))"));
    PQclear(PQprepare(conn, "ins",
                      "INSERT INTO base VALUES ($1, $2, $3) ON CONFLICT (device_id, ts) DO UPDATE SET "
                      "temperature = EXCLUDED.temperature",
                      3, nullptr));
    const auto start = Clock::now();
    for (int i = 0; i < rows; ++i) {
        if (i % 500 == 0)
            PQclear(PQexec(conn, i ? "COMMIT; BEGIN" : "BEGIN"));
        const std::string device = data[size_t(i)]["device_id"].get<std::string>();
        const std::string temperature = data[size_t(i)]["temperature"].dump();
        const std::string ts = DatabaseConnection::isoTimestamp(data[size_t(i)]["ts"].get<std::int64_t>());
        const char *values[] = {device.c_str(), temperature.c_str(), ts.c_str()};
        PQclear(PQexecPrepared(conn, "ins", 3, values, nullptr, nullptr, 0));
    }
    PQclear(PQexec(conn, "COMMIT"));
    const auto end = Clock::now();
    PQfinish(conn);
    return rows / seconds(start, end);
}

double mysqlBaseline(int port, int rows)
{
    const auto data = readings(rows);
    MYSQL *conn = mysql_init(nullptr);
    if (!mysql_real_connect(conn, "127.0.0.1", "root", nullptr, "pipewright", unsigned(port), nullptr, 0)) {
        std::fprintf(stderr, "MariaDB baseline: %s\n", mysql_error(conn));
        std::exit(1);
    }
    mysql_query(conn, "SET time_zone = '+00:00'");
    mysql_query(conn, "CREATE TABLE base (device_id VARCHAR(255), temperature DOUBLE, ts DATETIME(3), "
                      "PRIMARY KEY (device_id, ts))");
    MYSQL_STMT *insert = mysql_stmt_init(conn);
    const std::string sql = "INSERT INTO base VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE temperature = VALUES(temperature)";
    mysql_stmt_prepare(insert, sql.c_str(), (unsigned long)sql.size());
    const auto start = Clock::now();
    for (int i = 0; i < rows; ++i) {
        if (i % 500 == 0) {
            if (i)
                mysql_query(conn, "COMMIT");
            mysql_query(conn, "START TRANSACTION");
        }
        std::string device = data[size_t(i)]["device_id"].get<std::string>();
        double temperature = data[size_t(i)]["temperature"].get<double>();
        std::string ts = DatabaseConnection::isoTimestamp(data[size_t(i)]["ts"].get<std::int64_t>());
        ts[10] = ' ';
        ts.pop_back(); // 'Z'
        unsigned long lengths[] = {(unsigned long)device.size(), 0, (unsigned long)ts.size()};
        MYSQL_BIND bind[3];
        std::memset(bind, 0, sizeof bind);
        bind[0].buffer_type = MYSQL_TYPE_STRING;
        bind[0].buffer = device.data();
        bind[0].length = &lengths[0];
        bind[1].buffer_type = MYSQL_TYPE_DOUBLE;
        bind[1].buffer = &temperature;
        bind[2].buffer_type = MYSQL_TYPE_STRING;
        bind[2].buffer = ts.data();
        bind[2].length = &lengths[2];
        mysql_stmt_bind_param(insert, bind);
        if (mysql_stmt_execute(insert) != 0) {
            std::fprintf(stderr, "MariaDB baseline: %s\n", mysql_stmt_error(insert));
            std::exit(1);
        }
    }
    mysql_query(conn, "COMMIT");
    const auto end = Clock::now();
    mysql_stmt_close(insert);
    mysql_close(conn);
    return rows / seconds(start, end);
}

} // namespace

int main(int argc, char **argv)
{
    int rows = 100'000;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--smoke"))
            rows = 2'000;
        else if (!std::strcmp(argv[i], "--rows") && i + 1 < argc)
            rows = std::atoi(argv[++i]);
    }
    const int unbatched = std::max(1, rows / 20); // batch size 1 is slow: a twentieth of the rows
    char pattern[] = "/tmp/pipewright-bench-db-XXXXXX";
    if (!::mkdtemp(pattern))
        return 1;
    const std::string dir = pattern;

    std::printf("database-sink, %d IoT readings, upsert by (device_id, ts)\n\n", rows);
    std::printf("SQLite (WAL, synchronous=NORMAL)\n");
    const double sqliteEngine = engineRate("sqlite", dir + "/engine.db", "readings", rows, 500);
    const double sqliteSingle = engineRate("sqlite", dir + "/single.db", "readings", unbatched, 1);
    const double sqliteBase = sqliteBaseline(dir + "/base.db", rows);
    std::printf("  pipewright, batch 500       %10.0f rows/s\n", sqliteEngine);
    std::printf("  pipewright, batch 1         %10.0f rows/s (%d rows)\n", sqliteSingle, unbatched);
    std::printf("  baseline: sqlite3 loop      %10.0f rows/s (prepared INSERT, 500 rows per transaction)\n",
                sqliteBase);
    std::printf("  pipewright / baseline       %10.2f\n\n", sqliteEngine / sqliteBase);

    std::string error;
    auto server = testsupport::PostgresServer::start(&error);
    if (!server) {
        std::printf("PostgreSQL: skipped (%s)\n", error.c_str());
    } else {
        std::printf("PostgreSQL 15 (local, loopback TCP, fsync off)\n");
        const double pgEngine = engineRate("postgresql", server->conninfo(), "readings", rows, 500);
        const double pgSingle = engineRate("postgresql", server->conninfo(), "readings_single", unbatched, 1);
        const double pgBase = postgresBaseline(server->conninfo(), rows);
        std::printf("  pipewright, batch 500       %10.0f rows/s\n", pgEngine);
        std::printf("  pipewright, batch 1         %10.0f rows/s (%d rows)\n", pgSingle, unbatched);
        std::printf("  baseline: libpq loop        %10.0f rows/s (prepared single-row INSERT, 500 rows per "
                    "transaction)\n",
                    pgBase);
        std::printf("  pipewright / baseline       %10.2f\n", pgEngine / pgBase);
    }
    server.reset();

    std::printf("\n");
    auto maria = testsupport::MariaDbServer::start(&error);
    if (!maria) {
        std::printf("MariaDB: skipped (%s)\n", error.c_str());
    } else {
        std::printf("MariaDB 10.11 (local, loopback TCP, innodb_flush_log_at_trx_commit=2)\n");
        const double myEngine = engineRate("mysql", maria->uri(), "readings", rows, 500);
        const double mySingle = engineRate("mysql", maria->uri(), "readings_single", unbatched, 1);
        const double myBase = mysqlBaseline(maria->port(), rows);
        std::printf("  pipewright, batch 500       %10.0f rows/s\n", myEngine);
        std::printf("  pipewright, batch 1         %10.0f rows/s (%d rows)\n", mySingle, unbatched);
        std::printf("  baseline: libmariadb loop   %10.0f rows/s (prepared single-row INSERT, 500 rows per "
                    "transaction)\n",
                    myBase);
        std::printf("  pipewright / baseline       %10.2f\n", myEngine / myBase);
    }
    maria.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}
