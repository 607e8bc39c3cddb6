#include "../runtime/kafkatesting.h"
#include "../runtime/operatortesting.h"
#include "mariadbserver.h"
#include "postgresserver.h"

#include "pipeline/core/graphvalidator.h"
#include "pipeline/core/mysqluri.h"
#include "pipeline/runtime/database/databaseconnection.h"
#include "pipeline/runtime/database/databasesettings.h"
#include "pipeline/runtime/database/databasesinkoperator.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <thread>

using namespace pipeline;
using namespace pipeline::runtime;
using namespace kafkatesting;
using nlohmann::json;

namespace {

// Rows of a query as text (NULL as "NULL"), one string per row, columns joined by '|'.
std::vector<std::string> queryPostgres(const std::string &conninfo, const std::string &sql, std::string *error = nullptr)
{
    std::vector<std::string> rows;
    PGconn *conn = PQconnectdb(conninfo.c_str());
    PGresult *result = PQexec(conn, sql.c_str());
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int r = 0; r < PQntuples(result); ++r) {
            std::string row;
            for (int c = 0; c < PQnfields(result); ++c)
                row += (c ? "|" : "") + std::string(PQgetisnull(result, r, c) ? "NULL" : PQgetvalue(result, r, c));
            rows.push_back(row);
        }
    } else if (error) {
        *error = PQerrorMessage(conn);
    }
    PQclear(result);
    PQfinish(conn);
    return rows;
}

std::vector<std::string> querySqlite(const std::string &path, const std::string &sql)
{
    std::vector<std::string> rows;
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const unsigned char *text = sqlite3_column_text(stmt, c);
                row += (c ? "|" : "") + std::string(text ? reinterpret_cast<const char *>(text) : "NULL");
            }
            rows.push_back(row);
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

std::vector<std::string> iotMessages(int count, std::uint64_t seed, std::int64_t start = 1'700'000'000'000)
{
    auto g = SampleGenerator::create("iot-temperature", seed);
    std::vector<std::string> out;
    for (int i = 0; i < count; ++i)
        out.push_back(g->next(start + i * 1000).dump());
    return out;
}

const json kIotSchema = json::array({json{{"name", "device_id"}, {"type", "string"}},
                                     json{{"name", "temperature"}, {"type", "double"}},
                                     json{{"name", "ts"}, {"type", "timestamp"}}});

// The group's committed offset of partition 0 (-1001 = none).
std::int64_t committedOffset(const std::string &bootstrap, const std::string &group, const std::string &topic)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", group.c_str(), err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, topic.c_str(), 0);
    std::int64_t offset = -2;
    if (rd_kafka_committed(rk, list, 10'000) == RD_KAFKA_RESP_ERR_NO_ERROR)
        offset = list->elems[0].offset;
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_destroy(rk);
    return offset;
}

} // namespace

// The MySQL rows run against a real MariaDB; they skip only where its binaries are not installed.
#define SKIP_UNLESS_SERVER(driver)                                                                                     \
    do {                                                                                                               \
        if ((driver) == "mysql" && !m_maria)                                                                           \
            QSKIP(m_mariaMissing.c_str());                                                                             \
    } while (false)

// database-sink: SQLite always, PostgreSQL and MySQL against real servers this test starts.
class TstDatabaseSink : public QObject {
    Q_OBJECT

    std::unique_ptr<testsupport::PostgresServer> m_pg;
    std::unique_ptr<testsupport::MariaDbServer> m_maria;
    std::string m_mariaMissing;
    std::unique_ptr<SandboxCluster> m_sandbox;
    QTemporaryDir m_dir;
    int m_tables = 0;

    // A connection text for the driver: a PostgreSQL conninfo, a MySQL URI or a new SQLite file.
    std::string connectionFor(const QString &driver)
    {
        if (driver == "postgresql")
            return m_pg->conninfo();
        if (driver == "mysql")
            return m_maria->uri();
        return m_dir.filePath(QString("db%1.sqlite").arg(++m_tables)).toStdString();
    }
    std::vector<std::string> query(const QString &driver, const std::string &connection, const std::string &sql)
    {
        if (driver == "mysql")
            return m_maria->query(sql);
        return driver == "postgresql" ? queryPostgres(connection, sql) : querySqlite(connection, sql);
    }
    // Epoch milliseconds of a timestamp column, as text.
    static std::string epochMillisSql(const QString &driver, const std::string &column)
    {
        if (driver == "mysql")
            return "CAST(UNIX_TIMESTAMP(" + column + ") * 1000 AS SIGNED)";
        return "(EXTRACT(EPOCH FROM " + column + ") * 1000)::bigint";
    }
    // Kills the server (like a crash) / brings it back on the same port.
    bool stopServer(const QString &driver) { return driver == "mysql" ? m_maria->stop() : m_pg->stop(); }
    bool restartServer(const QString &driver, std::string *error)
    {
        return driver == "mysql" ? m_maria->restart(error) : m_pg->restart(error);
    }
    static void addDrivers()
    {
        QTest::addColumn<QString>("driver");
        QTest::newRow("sqlite") << "sqlite";
        addServerDrivers();
    }
    static void addServerDrivers()
    {
        QTest::newRow("postgresql") << "postgresql";
        QTest::newRow("mysql") << "mysql";
    }
    std::string uniqueTable(const std::string &base) { return base + "_" + std::to_string(++m_tables); }

    std::unique_ptr<DatabaseSinkOperator> makeOperator(DatabaseTable table, size_t batchSize, std::string *error)
    {
        auto connection = DatabaseConnection::create(table, "");
        if (!connection->connect(error) || !connection->prepareTable(error))
            return nullptr;
        DatabaseSinkOperator::Config config;
        config.table = std::move(table);
        config.batchSize = batchSize;
        config.flushIntervalMillis = 1000;
        config.maxRetries = 0;
        return std::make_unique<DatabaseSinkOperator>(std::move(config), std::move(connection));
    }

    static Graph sampleToDatabase(const std::string &driver, const std::string &connection, const std::string &table,
                                  json extra = json::object())
    {
        json params{{"driver", driver}, {"connection", connection}, {"table", table}};
        params.update(extra);
        return makeGraph("sample-db", {{"gen", "sample-source", json{{"generator", "iot-temperature"}, {"rate", 0}, {"count", 250}, {"seed", 5}}},
                                       {"db", "database-sink", params}},
                         {"gen:out->db:in"});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::string error;
        m_pg = testsupport::PostgresServer::start(&error);
        QVERIFY2(m_pg, error.c_str());
        if (testsupport::MariaDbServer::binariesFound(&m_mariaMissing)) {
            m_maria = testsupport::MariaDbServer::start(&error);
            QVERIFY2(m_maria, error.c_str());
        }
        m_sandbox = SandboxCluster::start(1, &error);
        QVERIFY2(m_sandbox, error.c_str());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("unknown driver") << R"({"driver": "oracle", "connection": "x", "table": "t"})"
                                        << "bad-enum-value" << "driver";
        QTest::newRow("empty table") << R"({"driver": "sqlite", "connection": "x.db", "table": ""})"
                                     << "missing-parameter" << "table";
        QTest::newRow("bad table") << R"({"driver": "sqlite", "connection": "x.db", "table": "1readings;drop"})"
                                   << "bad-table-name" << "table";
        QTest::newRow("unknown field") << R"({"driver": "sqlite", "connection": "x.db", "table": "t",
                                              "columns": [{"field": "device_id"}, {"field": "humidity"}]})"
                                       << "unknown-field" << "columns[1].field";
        QTest::newRow("duplicate column") << R"({"driver": "sqlite", "connection": "x.db", "table": "t",
                                                 "columns": [{"field": "device_id", "column": "id"}, {"field": "ts", "column": "id"}]})"
                                          << "duplicate-column" << "columns[1].column";
        QTest::newRow("upsert without key") << R"({"driver": "sqlite", "connection": "x.db", "table": "t", "mode": "upsert"})"
                                            << "missing-parameter" << "key";
        QTest::newRow("key not a column") << R"({"driver": "sqlite", "connection": "x.db", "table": "t", "mode": "upsert", "key": ["device"]})"
                                          << "unknown-column" << "key[0]";
        QTest::newRow("password in conninfo") << R"({"connection": "host=db password=hunter2", "table": "t"})"
                                              << "secret-in-file" << "connection";
        QTest::newRow("password in URI") << R"({"connection": "postgresql://app:hunter2@db/iot", "table": "t"})"
                                         << "secret-in-file" << "connection";
        QTest::newRow("mysql password in URI") << R"({"driver": "mysql", "connection": "mysql://app:hunter2@db/iot", "table": "t"})"
                                               << "secret-in-file" << "connection";
        QTest::newRow("mysql with a PostgreSQL URI") << R"({"driver": "mysql", "connection": "postgresql://app@db/iot", "table": "t"})"
                                                     << "bad-connection" << "connection";
        QTest::newRow("mysql with a conninfo") << R"({"driver": "mysql", "connection": "host=db dbname=iot", "table": "t"})"
                                               << "bad-connection" << "connection";
        QTest::newRow("mysql bad port") << R"({"driver": "mysql", "connection": "mysql://app@db:99999/iot", "table": "t"})"
                                        << "bad-connection" << "connection";
        QTest::newRow("mysql unknown option") << R"({"driver": "mysql", "connection": "mysql://app@db/iot?sslmode=require", "table": "t"})"
                                              << "bad-connection" << "connection";
    }
    void validation()
    {
        QFETCH(QString, parameters);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        auto graph = makeGraph("v", {{"in", "kafka-source", json{{"topic", "readings"}, {"schema", kIotSchema}}},
                                     {"db", "database-sink", json::parse(parameters.toStdString())}},
                               {"in:out->db:in"});
        const auto result = validateGraph(graph);
        bool found = false;
        QStringList seen;
        for (const auto &d : result.diagnostics) {
            seen << QString::fromStdString(d.code + "@" + d.parameter + ": " + d.message);
            found = found || (d.code == code.toStdString() && d.parameter == parameter.toStdString() && d.nodeId == "db");
        }
        QVERIFY2(found, qPrintable(seen.join("\n")));
    }

    void validPipelineHasNoDiagnostics_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("connection");
        QTest::newRow("postgresql") << "postgresql" << "host=db dbname=iot user=app";
        QTest::newRow("mysql URI") << "mysql" << "mysql://app@db:3306/iot?connect_timeout=10&ssl_mode=REQUIRED";
        QTest::newRow("mariadb URI") << "mysql" << "mariadb://app@[::1]/iot?socket=/run/mysqld/mysqld.sock";
        QTest::newRow("mysql profile") << "mysql" << "warehouse";
    }
    void validPipelineHasNoDiagnostics()
    {
        QFETCH(QString, driver);
        QFETCH(QString, connection);
        auto graph = makeGraph("v", {{"in", "kafka-source", json{{"topic", "readings"}, {"schema", kIotSchema}}},
                                     {"db", "database-sink", json{{"driver", driver.toStdString()}, {"connection", connection.toStdString()},
                                                                  {"passwordEnv", "IOT_DB_PASSWORD"}, {"table", "iot.readings"},
                                                                  {"mode", "upsert"}, {"key", {"device_id", "ts"}}}}},
                               {"in:out->db:in"});
        const auto result = validateGraph(graph);
        QStringList seen;
        for (const auto &d : result.diagnostics)
            seen << QString::fromStdString(d.code + "@" + d.parameter + ": " + d.message);
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join("\n")));
    }

    void createsTableWithMappedTypes_data() { addDrivers(); }
    void createsTableWithMappedTypes()
    {
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        const std::string connection = connectionFor(driver);
        const std::string table = uniqueTable("typed");
        auto graph = sampleToDatabase(driver.toStdString(), connection, table);
        RunOptions options;
        options.sampleStartMillis = 1'700'000'000'000;
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.output, std::uint64_t(250));

        std::vector<std::string> types;
        if (driver == "postgresql")
            types = queryPostgres(connection, "SELECT column_name || ':' || data_type FROM information_schema.columns "
                                              "WHERE table_name = '" + table + "' ORDER BY ordinal_position");
        else if (driver == "mysql")
            types = m_maria->query("SELECT CONCAT(column_name, ':', column_type) FROM information_schema.columns "
                                   "WHERE table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY ordinal_position");
        else
            types = querySqlite(connection, "SELECT name || ':' || type FROM pragma_table_info('" + table + "')");
        const std::vector<std::string> expected = driver == "postgresql"
            ? std::vector<std::string>{"device_id:text", "temperature:double precision", "ts:timestamp with time zone"}
            : driver == "mysql" ? std::vector<std::string>{"device_id:text", "temperature:double", "ts:datetime(3)"}
                                : std::vector<std::string>{"device_id:TEXT", "temperature:REAL", "ts:TEXT"};
        QCOMPARE(types, expected);

        // Every generated reading is a row with its exact values; timestamps in UTC.
        auto g = SampleGenerator::create("iot-temperature", 5);
        const json first = g->next(1'700'000'000'000);
        const std::string sql = driver == "postgresql"
            ? "SELECT device_id, temperature, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM \""
                + table + "\" ORDER BY ts LIMIT 1"
            : driver == "mysql"
            ? "SELECT device_id, temperature, CONCAT(REPLACE(CAST(ts AS CHAR), ' ', 'T'), 'Z') FROM \"" + table
                + "\" ORDER BY ts LIMIT 1"
            : "SELECT device_id, temperature, ts FROM \"" + table + "\" ORDER BY ts LIMIT 1";
        const auto rows = query(driver, connection, sql);
        QCOMPARE(rows.size(), size_t(1));
        const std::string want = first["device_id"].get<std::string>() + "|"
            + QString::number(first["temperature"].get<double>(), 'g', 17).toStdString() + "|2023-11-14T22:13:20.000Z";
        QCOMPARE(QString::fromStdString(rows[0]).section('|', 0, 0), QString::fromStdString(want).section('|', 0, 0));
        QCOMPARE(QString::fromStdString(rows[0]).section('|', 1, 1).toDouble(), first["temperature"].get<double>());
        QCOMPARE(QString::fromStdString(rows[0]).section('|', 2, 2), QString("2023-11-14T22:13:20.000Z"));
        QCOMPARE(query(driver, connection, "SELECT COUNT(*) FROM \"" + table + "\""), std::vector<std::string>{"250"});
    }

    void everyFieldTypeMapsToAColumnType_data() { addDrivers(); }
    void everyFieldTypeMapsToAColumnType()
    {
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        DatabaseTable table;
        table.driver = driver.toStdString();
        table.connection = connectionFor(driver);
        table.table = uniqueTable("all_types");
        table.columns = {{"b", "b", FieldType::Boolean},   {"i", "i", FieldType::Integer},
                         {"d", "d", FieldType::Double},    {"s", "s", FieldType::String},
                         {"t", "t", FieldType::Timestamp}, {"a", "a", FieldType::Array},
                         {"o", "o", FieldType::Object},    {"u", "u", FieldType::Unknown}};
        std::string error;
        auto op = makeOperator(table, 2, &error);
        QVERIFY2(op, error.c_str());
        testing::TestContext context;
        op->process(0, testing::makeRecord(json{{"b", true}, {"i", 9007199254740993LL}, {"d", 2.5}, {"s", "x'y"},
                                                {"t", 1'700'000'000'123}, {"a", {1, 2}}, {"o", {{"k", "v"}}}, {"u", 7}}),
                    context);
        op->process(0, testing::makeRecord(json{{"b", nullptr}}), context); // missing fields are NULL
        QCOMPARE(context.emitted.size(), size_t(2));
        if (driver == "postgresql") {
            QCOMPARE(queryPostgres(table.connection, "SELECT string_agg(data_type, ',' ORDER BY ordinal_position) FROM "
                                                     "information_schema.columns WHERE table_name = '" + table.table + "'"),
                     std::vector<std::string>{"boolean,bigint,double precision,text,timestamp with time zone,jsonb,jsonb,text"});
            QCOMPARE(queryPostgres(table.connection, "SELECT b, i, d, s, (EXTRACT(EPOCH FROM t) * 1000)::bigint, a, o ->> 'k', u FROM \""
                                                         + table.table + "\" ORDER BY b NULLS LAST"),
                     (std::vector<std::string>{"t|9007199254740993|2.5|x'y|1700000000123|[1, 2]|v|7",
                                               "NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL"}));
        } else if (driver == "mysql") {
            // MariaDB's JSON is LONGTEXT checked by JSON_VALID; BOOLEAN is TINYINT(1).
            QCOMPARE(m_maria->query("SELECT GROUP_CONCAT(column_type ORDER BY ordinal_position) FROM information_schema.columns "
                                    "WHERE table_schema = DATABASE() AND table_name = '" + table.table + "'"),
                     std::vector<std::string>{"tinyint(1),bigint(20),double,text,datetime(3),longtext,longtext,text"});
            QCOMPARE(m_maria->query("SELECT b, i, d, s, " + epochMillisSql(driver, "t") + ", a, JSON_VALUE(o, '$.k'), u FROM \""
                                    + table.table + "\" ORDER BY b IS NULL"),
                     (std::vector<std::string>{"1|9007199254740993|2.5|x'y|1700000000123|[1,2]|v|7",
                                               "NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL"}));
            std::string error;
            m_maria->query("INSERT INTO \"" + table.table + "\" (a) VALUES ('not json')", &error);
            QVERIFY2(error.find("CONSTRAINT") != std::string::npos, error.c_str()); // a real JSON column
        } else {
            QCOMPARE(querySqlite(table.connection, "SELECT group_concat(type, ',') FROM pragma_table_info('" + table.table + "')"),
                     std::vector<std::string>{"INTEGER,INTEGER,REAL,TEXT,TEXT,TEXT,TEXT,TEXT"});
            QCOMPARE(querySqlite(table.connection, "SELECT b, i, d, s, t, a, json_extract(o, '$.k'), u FROM \"" + table.table
                                                       + "\" ORDER BY b IS NULL"),
                     (std::vector<std::string>{"1|9007199254740993|2.5|x'y|2023-11-14T22:13:20.123Z|[1,2]|v|7",
                                               "NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL"}));
        }
    }

    void batchesCommitBeforeAcknowledging_data() { addDrivers(); }
    void batchesCommitBeforeAcknowledging()
    {
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        DatabaseTable table;
        table.driver = driver.toStdString();
        table.connection = connectionFor(driver);
        table.table = uniqueTable("batched");
        table.columns = {{"id", "id", FieldType::Integer}, {"name", "payload.name", FieldType::String},
                         {"tags", "tags", FieldType::Array}};
        std::string error;
        auto op = makeOperator(table, 10, &error);
        QVERIFY2(op, error.c_str());
        testing::FateCounter fates;
        testing::TestContext context;
        for (int i = 0; i < 25; ++i)
            op->process(0, testing::makeRecord(json{{"id", i}, {"payload", {{"name", "n" + std::to_string(i)}}}, {"tags", {i, "x"}}}, &fates),
                        context);
        // Two full batches committed and acknowledged; five wait for the flush interval.
        QCOMPARE(op->batchesCommitted(), std::uint64_t(2));
        QCOMPARE(context.emitted.size(), size_t(20));
        QCOMPARE(op->pendingRecords(), std::uint64_t(5));
        QCOMPARE(query(driver, table.connection, "SELECT COUNT(*) FROM \"" + table.table + "\""), std::vector<std::string>{"20"});
        context.emitted.clear(); // releasing the references settles the origins
        QCOMPARE(fates.count(Fate::Output), 20);
        op->onTimer(context); // not due yet
        QCOMPARE(op->pendingRecords(), std::uint64_t(5));
        context.now += 1000;
        op->onTimer(context);
        QCOMPARE(op->pendingRecords(), std::uint64_t(0));
        QCOMPARE(op->batchesCommitted(), std::uint64_t(3));
        context.emitted.clear();
        QCOMPARE(fates.count(Fate::Output), 25);
        QCOMPARE(query(driver, table.connection, "SELECT name, tags FROM \"" + table.table + "\" WHERE id = 7"),
                 std::vector<std::string>{driver == "postgresql" ? "n7|[7, \"x\"]" : "n7|[7,\"x\"]"});
    }

    void upsertReplayIsIdempotent_data() { addDrivers(); }
    void upsertReplayIsIdempotent()
    {
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        const std::string connection = connectionFor(driver);
        const std::string table = uniqueTable("upserted");
        const std::string topic = "upsert-in-" + driver.toStdString();
        QVERIFY(m_sandbox->createTopic(topic, 1));
        auto input = iotMessages(200, 9);
        // The same reading twice in one batch, with a correction: the last one wins.
        json corrected = json::parse(input[10]);
        corrected["temperature"] = 99.5;
        input.push_back(corrected.dump());
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), topic, input));
        auto runOnce = [&](const std::string &group, const std::string &mode) {
            json params{{"driver", driver.toStdString()}, {"connection", connection}, {"table", table}, {"mode", mode},
                        {"batchSize", 64}};
            if (mode == "upsert")
                params["key"] = json::array({"device_id", "ts"});
            auto graph = makeGraph("upsert", {{"in", "kafka-source", json{{"topic", topic}, {"schema", kIotSchema}, {"consumerGroup", group}}},
                                              {"db", "database-sink", params}},
                                   {"in:out->db:in"});
            RunOptions options;
            options.bootstrapServers = m_sandbox->bootstrapServers();
            options.maxMessages = input.size();
            Engine engine;
            auto diagnostics = engine.compile(graph, options);
            if (!engine.isCompiled())
                return RunSnapshot{};
            engine.run();
            return engine.snapshot();
        };
        // Two runs over the same offsets (a replay after a crash): same rows, no duplicates.
        for (const char *group : {"upsert-a", "upsert-b"}) {
            const RunSnapshot s = runOnce(std::string(group) + driver.toStdString(), "upsert");
            QCOMPARE(s.state, RunState::Finished);
            QVERIFY(s.totals.balanced());
            QCOMPARE(s.totals.output, std::uint64_t(input.size()));
            QCOMPARE(query(driver, connection, "SELECT COUNT(*) FROM \"" + table + "\""), std::vector<std::string>{"200"});
        }
        const json original = json::parse(input[10]);
        char originalTemperature[64];
        std::snprintf(originalTemperature, sizeof originalTemperature, "%.17g", original["temperature"].get<double>());
        const auto rows = query(driver, connection, "SELECT temperature FROM \"" + table + "\" WHERE device_id = '"
                                                        + original["device_id"].get<std::string>() + "' AND (temperature = 99.5 OR temperature = "
                                                        + originalTemperature + ")");
        QCOMPARE(rows, std::vector<std::string>{"99.5"});
    }

    void constraintViolationGoesToDeadLetter_data() { addDrivers(); }
    void constraintViolationGoesToDeadLetter()
    {
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        const std::string connection = connectionFor(driver);
        const std::string table = uniqueTable("strict");
        // A key column in insert mode: the second reading with the same key violates the primary key.
        const std::string topic = "strict-in-" + driver.toStdString();
        QVERIFY(m_sandbox->createTopic(topic, 1));
        auto input = iotMessages(30, 4);
        input.insert(input.begin() + 20, input[5]); // offset 20 duplicates offset 5
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), topic, input));
        auto graph = makeGraph("strict", {{"in", "kafka-source", json{{"topic", topic}, {"schema", kIotSchema}}},
                                          {"db", "database-sink", json{{"driver", driver.toStdString()}, {"connection", connection},
                                                                       {"table", table}, {"key", {"device_id", "ts"}}, {"batchSize", 100}}}},
                               {"in:out->db:in"}, json{{"deadLetterTopic", "strict-dlq-" + driver.toStdString()}});
        RunOptions options;
        options.bootstrapServers = m_sandbox->bootstrapServers();
        options.maxMessages = input.size();
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        const RunSnapshot s = engine.snapshot();
        QCOMPARE(s.state, RunState::Finished);
        QVERIFY(s.totals.balanced());
        QCOMPARE(s.totals.output, std::uint64_t(30));
        QCOMPARE(s.totals.deadLettered, std::uint64_t(1));
        QCOMPARE(query(driver, connection, "SELECT COUNT(*) FROM \"" + table + "\""), std::vector<std::string>{"30"});
        const auto dead = consumeAll(m_sandbox->bootstrapServers(), "strict-dlq-" + driver.toStdString());
        QCOMPARE(dead.size(), size_t(1));
        QCOMPARE(dead[0].value, input[20]);
        QCOMPARE(dead[0].headers.at("node-id"), std::string("db"));
        QCOMPARE(dead[0].headers.at("source-offset"), std::string("20"));
        const std::string expectedText = driver == "postgresql" ? "duplicate key value violates unique constraint"
            : driver == "mysql"                                 ? "Duplicate entry"
                                                                : "UNIQUE constraint failed";
        QVERIFY2(dead[0].headers.at("error").find(expectedText) != std::string::npos, dead[0].headers.at("error").c_str());
    }

    void badValueForColumnTypeIsRejectedWithDatabaseError_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("expected");
        QTest::newRow("postgresql") << "postgresql" << "invalid input syntax for type bigint";
        QTest::newRow("mysql") << "mysql" << "Incorrect integer value: 'lots' for column";
    }
    void badValueForColumnTypeIsRejectedWithDatabaseError()
    {
        QFETCH(QString, driver);
        QFETCH(QString, expected);
        SKIP_UNLESS_SERVER(driver);
        DatabaseTable table;
        table.driver = driver.toStdString();
        table.connection = connectionFor(driver);
        table.table = uniqueTable("typed_values");
        table.columns = {{"id", "id", FieldType::Integer}, {"amount", "amount", FieldType::Integer}};
        std::string error;
        auto op = makeOperator(table, 3, &error);
        QVERIFY2(op, error.c_str());
        testing::TestContext context;
        op->process(0, testing::makeRecord(json{{"id", 1}, {"amount", 10}}), context);
        op->process(0, testing::makeRecord(json{{"id", 2}, {"amount", "lots"}}), context);
        op->process(0, testing::makeRecord(json{{"id", 3}, {"amount", nullptr}}), context);
        QCOMPARE(context.emitted.size(), size_t(2));
        QCOMPARE(context.rejected.size(), size_t(1));
        JSON_COMPARE(context.rejected[0].first.value["id"], 2);
        QVERIFY2(context.rejected[0].second.find(expected.toStdString()) != std::string::npos,
                 context.rejected[0].second.c_str());
        QCOMPARE(query(driver, table.connection, "SELECT id, amount FROM \"" + table.table + "\" ORDER BY id"),
                 (std::vector<std::string>{"1|10", "3|NULL"}));
    }

    void transientFailureIsRetried_data()
    {
        QTest::addColumn<QString>("driver");
        addServerDrivers();
    }
    void transientFailureIsRetried()
    {
        // The server goes away between two batches and comes back while the sink
        // backs off: the batch is retried (reconnecting), nothing is rejected.
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        DatabaseTable table;
        table.driver = driver.toStdString();
        table.connection = connectionFor(driver);
        table.table = uniqueTable("retried");
        table.columns = {{"id", "id", FieldType::Integer}};
        auto connection = DatabaseConnection::create(table, "");
        std::string error;
        QVERIFY2(connection->connect(&error) && connection->prepareTable(&error), error.c_str());
        DatabaseSinkOperator::Config config;
        config.table = table;
        config.batchSize = 2;
        config.maxRetries = 8; // MariaDB recovers InnoDB on restart: give it up to ~50 s on a loaded machine
        config.backoffMillis = 200;
        DatabaseSinkOperator op(std::move(config), std::move(connection));
        testing::TestContext context;
        op.process(0, testing::makeRecord(json{{"id", 1}}), context);
        op.process(0, testing::makeRecord(json{{"id", 2}}), context);
        QCOMPARE(op.retries(), std::uint64_t(0));
        QVERIFY(stopServer(driver));
        std::string restartError;
        std::thread restarter([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            restartServer(driver, &restartError);
        });
        op.process(0, testing::makeRecord(json{{"id", 3}}), context);
        op.process(0, testing::makeRecord(json{{"id", 4}}), context);
        restarter.join();
        QVERIFY2(restartError.empty(), restartError.c_str());
        QVERIFY(op.retries() >= 1);
        QVERIFY2(context.rejected.empty(), context.rejected.empty() ? "" : context.rejected[0].second.c_str());
        QCOMPARE(context.emitted.size(), size_t(4));
        QCOMPARE(query(driver, table.connection, "SELECT COUNT(*) FROM \"" + table.table + "\""), std::vector<std::string>{"4"});
    }

    void databaseDownAtStartIsAClearError_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("expected");
        QTest::newRow("postgresql refused") << "postgresql" << "host=127.0.0.1 port=1 dbname=iot user=postgres connect_timeout=3"
                                            << "cannot connect to PostgreSQL";
        QTest::newRow("postgresql unknown database") << "postgresql" << "" << "database \"nope\" does not exist";
        QTest::newRow("sqlite no directory") << "sqlite" << "/nonexistent-dir/x.db" << "cannot open SQLite";
        QTest::newRow("postgresql profile") << "postgresql" << "warehouse" << "no database connection profile named 'warehouse'";
        QTest::newRow("mysql refused") << "mysql" << "mysql://root@127.0.0.1:1/iot?connect_timeout=3"
                                       << "cannot connect to MySQL 'mysql://root@127.0.0.1:1/iot?connect_timeout=3'";
        QTest::newRow("mysql unknown database") << "mysql" << "" << "Unknown database 'nope'";
        QTest::newRow("mysql profile") << "mysql" << "warehouse" << "no database connection profile named 'warehouse' (give a URI such as mysql://";
    }
    void databaseDownAtStartIsAClearError()
    {
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        QFETCH(QString, connection);
        QFETCH(QString, expected);
        const std::string conn = !connection.isEmpty() ? connection.toStdString()
            : driver == "mysql"                          ? m_maria->uri("nope")
                                                         : m_pg->conninfo("nope");
        auto graph = sampleToDatabase(driver.toStdString(), conn, "readings");
        Engine engine;
        const auto diagnostics = engine.compile(graph, RunOptions{});
        QVERIFY(!engine.isCompiled());
        QCOMPARE(diagnostics.size(), size_t(1));
        QCOMPARE(diagnostics[0].nodeId, std::string("db"));
        QVERIFY2(diagnostics[0].message.find(expected.toStdString()) != std::string::npos, diagnostics[0].message.c_str());
    }

    void profileAndPasswordVariable_data()
    {
        QTest::addColumn<QString>("driver");
        addServerDrivers();
    }
    void profileAndPasswordVariable()
    {
        // A profile names the server; the password comes from the environment only.
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        const std::string table = uniqueTable("profiled");
        auto graph = sampleToDatabase(driver.toStdString(), "warehouse", table, json{{"passwordEnv", "PIPEWRIGHT_TEST_DB_PASSWORD"}});
        RunOptions options;
        // MariaDB checks the password for real: the user app has one.
        const std::string profile = driver == "mysql" ? "mysql://app@127.0.0.1:" + std::to_string(m_maria->port()) + "/pipewright"
                                                      : m_pg->conninfo();
        options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles["warehouse"] = profile;
        qunsetenv("PIPEWRIGHT_TEST_DB_PASSWORD");
        {
            Engine engine;
            const auto diagnostics = engine.compile(graph, options);
            QCOMPARE(diagnostics.size(), size_t(1));
            QCOMPARE(diagnostics[0].code, std::string("missing-secret"));
            QCOMPARE(diagnostics[0].parameter, std::string("passwordEnv"));
        }
        if (driver == "mysql") {
            qputenv("PIPEWRIGHT_TEST_DB_PASSWORD", "wrong");
            Engine engine;
            const auto diagnostics = engine.compile(graph, options);
            QCOMPARE(diagnostics.size(), size_t(1));
            QVERIFY2(diagnostics[0].message.find("Access denied for user 'app'") != std::string::npos,
                     diagnostics[0].message.c_str());
            QVERIFY2(diagnostics[0].message.find("wrong") == std::string::npos, diagnostics[0].message.c_str());
        }
        // PostgreSQL's trust auth ignores the value; MariaDB's app user needs exactly it.
        qputenv("PIPEWRIGHT_TEST_DB_PASSWORD", testsupport::MariaDbServer::appSecret().c_str());
        Engine engine;
        const auto diagnostics = engine.compile(graph, options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
        engine.run();
        QCOMPARE(engine.snapshot().totals.output, std::uint64_t(250));
        QCOMPARE(query(driver, profile, "SELECT COUNT(*) FROM \"" + table + "\""), std::vector<std::string>{"250"});
        qunsetenv("PIPEWRIGHT_TEST_DB_PASSWORD");
    }

    void profilePasswordNeverInMessages()
    {
        // A profile given on the command line may carry a password; errors (which
        // reach logs and dead-letter headers) show it masked.
        auto graph = sampleToDatabase("postgresql", "vault", "readings");
        RunOptions options;
        options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles["vault"] = m_pg->conninfo("nope") + " password='hunter 2'";
        Engine engine;
        auto diagnostics = engine.compile(graph, options);
        QCOMPARE(diagnostics.size(), size_t(1));
        QVERIFY2(diagnostics[0].message.find("hunter") == std::string::npos, diagnostics[0].message.c_str());
        QVERIFY2(diagnostics[0].message.find("password=***") != std::string::npos, diagnostics[0].message.c_str());
        options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles["vault"] = "postgresql://postgres:hunter2@127.0.0.1:" + std::to_string(m_pg->port()) + "/nope";
        Engine engine2;
        diagnostics = engine2.compile(graph, options);
        QCOMPARE(diagnostics.size(), size_t(1));
        QVERIFY2(diagnostics[0].message.find("hunter2") == std::string::npos, diagnostics[0].message.c_str());
        QVERIFY2(diagnostics[0].message.find("postgres:***@127.0.0.1") != std::string::npos, diagnostics[0].message.c_str());
        if (!m_maria)
            return;
        // The same for a MySQL URI; the server's answer (access denied) names no password either.
        auto mysqlGraph = sampleToDatabase("mysql", "vault", "readings");
        options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles["vault"] = "mysql://app:hunter2@127.0.0.1:" + std::to_string(m_maria->port()) + "/pipewright";
        Engine engine3;
        diagnostics = engine3.compile(mysqlGraph, options);
        QCOMPARE(diagnostics.size(), size_t(1));
        QVERIFY2(diagnostics[0].message.find("hunter2") == std::string::npos, diagnostics[0].message.c_str());
        QVERIFY2(diagnostics[0].message.find("mysql://app:***@127.0.0.1") != std::string::npos, diagnostics[0].message.c_str());
        QVERIFY2(diagnostics[0].message.find("Access denied") != std::string::npos, diagnostics[0].message.c_str());
    }

    void offsetsCommittedOnlyAfterTheBatchCommit_data()
    {
        QTest::addColumn<QString>("driver");
        addServerDrivers();
    }
    void offsetsCommittedOnlyAfterTheBatchCommit()
    {
        // End to end on the sandbox: readings wait in a batch (large size, long interval);
        // the group's offset stays uncommitted until the batch is. The database then
        // goes away before the flush: the run fails, nothing is committed, and the next
        // run (database back) reprocesses every reading: nothing lost, nothing doubled.
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        const std::string topic = "db-commit-in-" + driver.toStdString();
        const std::string group = "db-commit-" + driver.toStdString();
        QVERIFY(m_sandbox->createTopic(topic, 1));
        const auto input = iotMessages(120, 21);
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), topic, input));
        const std::string table = uniqueTable("committed");
        auto graph = makeGraph("db-commit",
                               {{"in", "kafka-source", json{{"topic", topic}, {"schema", kIotSchema}, {"startOffset", "committed"}}},
                                {"db", "database-sink", json{{"driver", driver.toStdString()}, {"connection", connectionFor(driver)},
                                                             {"table", table}, {"mode", "upsert"}, {"key", {"device_id", "ts"}},
                                                             {"batchSize", 1000}, {"flushInterval", "1h"}, {"maxRetries", 1},
                                                             {"backoff", "100ms"}, {"onError", "stop"}}}},
                               {"in:out->db:in"}, json{{"consumerGroup", group}});
        {
            RunOptions options;
            options.bootstrapServers = m_sandbox->bootstrapServers();
            options.clientProperties = {{"session.timeout.ms", "6000"}, {"heartbeat.interval.ms", "1500"}};
            Engine engine;
            auto diagnostics = engine.compile(graph, options);
            QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
            QVERIFY(engine.start());
            QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot().totals.input, std::uint64_t(input.size()), 20'000);
            std::this_thread::sleep_for(std::chrono::milliseconds(400)); // several offset-store ticks
            QCOMPARE(engine.snapshot().totals.inFlight, std::uint64_t(input.size()));
            QVERIFY(committedOffset(m_sandbox->bootstrapServers(), group, topic) < 0);
            QVERIFY(stopServer(driver));
            engine.requestStop();
            engine.wait();
            const RunSnapshot s = engine.snapshot();
            QCOMPARE(s.state, RunState::Failed);
            QVERIFY2(s.error.find("failed after 1 retries") != std::string::npos, s.error.c_str());
            QVERIFY(s.totals.balanced());
            QCOMPARE(s.totals.failed, std::uint64_t(input.size()));
            QCOMPARE(s.totals.output, std::uint64_t(0));
        }
        QVERIFY(committedOffset(m_sandbox->bootstrapServers(), group, topic) < 0);
        std::string error;
        QVERIFY2(restartServer(driver, &error), error.c_str());
        {
            RunOptions options;
            options.bootstrapServers = m_sandbox->bootstrapServers();
            options.maxMessages = input.size();
            options.clientProperties = {{"session.timeout.ms", "6000"}, {"heartbeat.interval.ms", "1500"}};
            Engine engine;
            auto diagnostics = engine.compile(graph, options);
            QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics[0].message.c_str());
            engine.run();
            const RunSnapshot s = engine.snapshot();
            QCOMPARE(s.state, RunState::Finished);
            QVERIFY(s.totals.balanced());
            QCOMPARE(s.totals.input, std::uint64_t(input.size()));
            QCOMPARE(s.totals.output, std::uint64_t(input.size()));
        }
        QCOMPARE(committedOffset(m_sandbox->bootstrapServers(), group, topic), std::int64_t(input.size()));
        std::set<std::string> want;
        for (const auto &text : input) {
            const json r = json::parse(text);
            want.insert(r["device_id"].get<std::string>() + "|" + std::to_string(r["ts"].get<std::int64_t>()));
        }
        const auto rows = query(driver, connectionFor(driver), "SELECT device_id, " + epochMillisSql(driver, "ts") + " FROM \""
                                                                   + table + "\"");
        QCOMPARE(std::set<std::string>(rows.begin(), rows.end()), want);
        QCOMPARE(rows.size(), input.size());
    }

    void mysqlUriParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // user|password|host|port|database|options, or the error's start
        QTest::newRow("full") << "mysql://app@db.example.com:3307/iot" << "app||db.example.com|3307|iot|";
        QTest::newRow("defaults") << "mysql://db" << "||db|3306||";
        QTest::newRow("mariadb scheme, options") << "mariadb://app@localhost/iot?socket=%2Frun%2Fmysqld%2Fmysqld.sock&connect_timeout=2"
                                                 << "app||localhost|3306|iot|connect_timeout=2,socket=/run/mysqld/mysqld.sock,";
        QTest::newRow("IPv6") << "mysql://app@[::1]:3310/iot" << "app||::1|3310|iot|";
        QTest::newRow("escaped user and password") << "mysql://a%40b:p%3Aw@db/iot" << "a@b|p:w|db|3306|iot|";
        QTest::newRow("ssl mode") << "mysql://db/iot?ssl_mode=VERIFY_IDENTITY" << "||db|3306|iot|ssl_mode=verify_identity,";
        QTest::newRow("no scheme") << "db:3306/iot" << "error: no mysql:// scheme in 'db:3306/iot'";
        QTest::newRow("postgresql scheme") << "postgresql://db/iot" << "error: scheme 'postgresql://' is not mysql://";
        QTest::newRow("bad port") << "mysql://db:x/iot" << "error: port 'x' is not a number";
        QTest::newRow("password option") << "mysql://db/iot?password=x" << "error: a password option";
        QTest::newRow("unknown option") << "mysql://db/iot?sslmode=require" << "error: unknown option 'sslmode'";
        QTest::newRow("bad ssl mode") << "mysql://db/iot?ssl_mode=sometimes" << "error: ssl_mode 'sometimes' is not";
        QTest::newRow("bad escape") << "mysql://a%4@db/iot" << "error: bad %-escape in the user name";
    }
    void mysqlUriParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        MysqlUri uri;
        std::string error;
        if (parsed.startsWith("error: ")) {
            QVERIFY(!MysqlUri::parse(text.toStdString(), &uri, &error));
            QVERIFY2(QString::fromStdString(error).startsWith(parsed.mid(7)), error.c_str());
            QVERIFY2(error.find("expected mysql://user@host:port/database") != std::string::npos, error.c_str());
            return;
        }
        QVERIFY2(MysqlUri::parse(text.toStdString(), &uri, &error), error.c_str());
        std::string options;
        for (const auto &[key, value] : uri.options)
            options += key + "=" + value + ",";
        QCOMPARE(QString::fromStdString(uri.user + "|" + uri.password + "|" + uri.host + "|" + std::to_string(uri.port) + "|"
                                        + uri.database + "|" + options),
                 parsed);
    }

    void upsertWhenEveryColumnIsAKey_data() { addDrivers(); }
    void upsertWhenEveryColumnIsAKey()
    {
        // Nothing to update: a row seen again (in the batch or a later one) leaves one row.
        QFETCH(QString, driver);
        SKIP_UNLESS_SERVER(driver);
        DatabaseTable table;
        table.driver = driver.toStdString();
        table.connection = connectionFor(driver);
        table.table = uniqueTable("keys_only");
        table.columns = {{"device_id", "device_id", FieldType::String}, {"ts", "ts", FieldType::Timestamp}};
        table.key = {"device_id", "ts"};
        table.upsert = true;
        std::string error;
        auto op = makeOperator(table, 3, &error);
        QVERIFY2(op, error.c_str());
        testing::TestContext context;
        for (int i = 0; i < 6; ++i)
            op->process(0, testing::makeRecord(json{{"device_id", i % 2 ? "b" : "a"}, {"ts", 1'700'000'000'000}}), context);
        QCOMPARE(context.emitted.size(), size_t(6));
        QVERIFY(context.rejected.empty());
        QCOMPARE(query(driver, table.connection, "SELECT device_id FROM \"" + table.table + "\" ORDER BY device_id"),
                 (std::vector<std::string>{"a", "b"}));
    }

    void cliRunsTheIotExampleIntoMySql()
    {
        // The shipped IoT example with its sink switched to MySQL the way the README
        // shows (driver mysql, connection a profile given with --database), run by
        // pipewright-cli against readings on the sandbox: every valid reading is a row.
        if (!m_maria)
            QSKIP(m_mariaMissing.c_str());
        const QString cli = qEnvironmentVariable("PIPEWRIGHT_CLI");
        QVERIFY2(QFileInfo(cli).isExecutable(), "set PIPEWRIGHT_CLI to the pipewright-cli binary (ctest does)");
        QFile example(PIPEWRIGHT_SOURCE_DIR "/resources/examples/readings-to-database.pipeline.json");
        QVERIFY(example.open(QIODevice::ReadOnly));
        json pipeline = json::parse(example.readAll().toStdString());
        bool switched = false;
        std::string topic;
        for (auto &node : pipeline["nodes"]) {
            if (node["kind"] == "database-sink") {
                node["parameters"]["driver"] = "mysql";
                node["parameters"]["connection"] = "iot";
                switched = true;
            } else if (node["kind"] == "kafka-source") {
                topic = node["parameters"].value("topic", std::string());
            }
        }
        QVERIFY(switched);
        const QString file = m_dir.filePath("readings-to-mysql.pipeline.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(pipeline.dump(2)));
        out.close();

        QCOMPARE(topic, std::string("temperature-readings"));
        QVERIFY(m_sandbox->createTopic(topic, 1));
        const auto input = iotMessages(400, 33);
        QVERIFY(produceAll(m_sandbox->bootstrapServers(), topic, input));
        std::set<std::string> valid;
        for (const auto &text : input) {
            const json r = json::parse(text);
            if (!r["device_id"].is_null() && r["temperature"].is_number() && r["temperature"].get<double>() >= 32
                && r["temperature"].get<double>() <= 132)
                valid.insert(r["device_id"].get<std::string>() + "|" + std::to_string(r["ts"].get<std::int64_t>()));
        }
        QVERIFY(!valid.empty());
        m_maria->query("DROP TABLE IF EXISTS readings");
        QProcess process;
        process.start(cli, {"run", file, "--bootstrap", QString::fromStdString(m_sandbox->bootstrapServers()),
                            "--max-messages", QString::number(input.size()), "--quiet", "--stats-json",
                            m_dir.filePath("mysql-stats.json"), "--database",
                            QString::fromStdString("iot=mysql://root@127.0.0.1:" + std::to_string(m_maria->port()) + "/pipewright")});
        QVERIFY(process.waitForFinished(120'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const auto rows = m_maria->query("SELECT device_id, " + epochMillisSql("mysql", "ts") + " FROM readings");
        QCOMPARE(std::set<std::string>(rows.begin(), rows.end()), valid);
        QCOMPARE(rows.size(), valid.size());
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
        m_pg.reset();
        m_maria.reset();
    }
};

QTEST_GUILESS_MAIN(TstDatabaseSink)
#include "tst_databasesink.moc"
