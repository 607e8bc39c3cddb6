// The Kafka Connect JDBC sink configuration of a MySQL/MariaDB database sink:
// URL, dialect, user and password reference derived from the node's mysql:// URI.
#include "graphbuilder.h"

#include "codegen/jdbcsinkconfig.h"
#include "codegen/sqlexporter.h"

#include <QtTest>

using namespace codegen;
using namespace codegentest;
using namespace pipeline;
using nlohmann::json;

class TstJdbcSinkMysql : public QObject {
    Q_OBJECT

    static Graph mysqlSinkGraph(const std::string &connection)
    {
        Graph g;
        g.name = "mysql-sink-case";
        addPaymentsSource(g, "payments");
        addNode(g, "ledger", "database-sink",
                {{"driver", "mysql"}, {"connection", connection}, {"passwordEnv", "LEDGER_DB_PASSWORD"},
                 {"table", "large_payments"}, {"mode", "upsert"}, {"key", {"payment_id"}}});
        codegentest::connect(g, "payments", "out", "ledger");
        return g;
    }

private slots:
    void url_data()
    {
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::newRow("mysql") << "mysql://app@db.internal:3307/iot" << "jdbc:mysql://db.internal:3307/iot" << "app";
        QTest::newRow("default port") << "mysql://db/iot" << "jdbc:mysql://db:3306/iot" << "";
        QTest::newRow("mariadb") << "mariadb://app@db/iot?connect_timeout=7&ssl_mode=verify_identity"
                                 << "jdbc:mariadb://db:3306/iot?connectTimeout=7000&sslMode=verify-full" << "app";
        QTest::newRow("mysql TLS") << "mysql://app@db/iot?ssl_mode=required" << "jdbc:mysql://db:3306/iot?sslMode=REQUIRED"
                                   << "app";
        QTest::newRow("IPv6") << "mysql://app@[::1]:3310/iot" << "jdbc:mysql://[::1]:3310/iot" << "app";
    }
    void url()
    {
        QFETCH(QString, connection);
        QFETCH(QString, url);
        QFETCH(QString, user);
        std::string actualUser, problem;
        QCOMPARE(QString::fromStdString(JdbcSinkConfig::mysqlJdbcUrl(connection.toStdString(), &actualUser, &problem)), url);
        QCOMPARE(QString::fromStdString(actualUser), user);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void exportWritesTheMysqlConnector_data()
    {
        QTest::addColumn<bool>("flink");
        QTest::newRow("ksql") << false;
        QTest::newRow("flink") << true;
    }
    void exportWritesTheMysqlConnector()
    {
        QFETCH(bool, flink);
        ExportOptions options;
        options.dialect = flink ? SqlDialect::Flink : SqlDialect::Ksql;
        options.schemaRegistryUrl = "http://schema-registry:8081";
        const auto result = SqlExporter::exportGraph(mysqlSinkGraph("mysql://pipewright@db.internal:3306/finance"), options);
        QCOMPARE(result.artifacts.size(), size_t(1));
        const json config = json::parse(result.artifacts[0].content)["config"];
        QCOMPARE(config["connection.url"].get<std::string>(), std::string("jdbc:mysql://db.internal:3306/finance"));
        QCOMPARE(config["dialect.name"].get<std::string>(), std::string("MySqlDatabaseDialect"));
        QCOMPARE(config["connection.user"].get<std::string>(), std::string("pipewright"));
        QCOMPARE(config["connection.password"].get<std::string>(), std::string("${env:LEDGER_DB_PASSWORD}"));
        QCOMPARE(config["insert.mode"].get<std::string>(), std::string("upsert"));
        QCOMPARE(config["pk.fields"].get<std::string>(), std::string("payment_id"));
        for (const auto &d : result.diagnostics)
            QVERIFY2(d.nodeId != "ledger", d.message.c_str());
    }

    void unixSocketIsAWarning()
    {
        // A Connect worker speaks TCP: the socket cannot travel into the JDBC URL.
        const auto result = SqlExporter::exportGraph(mysqlSinkGraph("mysql://app@localhost/iot?socket=%2Frun%2Fmysqld%2Fmysqld.sock"),
                                                     ExportOptions{});
        QCOMPARE(result.artifacts.size(), size_t(1));
        QCOMPARE(json::parse(result.artifacts[0].content)["config"]["connection.url"].get<std::string>(),
                 std::string("jdbc:mysql://localhost:3306/iot"));
        bool warned = false;
        for (const auto &d : result.diagnostics)
            warned = warned || (d.code == "codegen-connection-url" && d.nodeId == "ledger" && d.parameter == "connection"
                                && d.severity == Severity::Warning && d.message.find("/run/mysqld/mysqld.sock") != std::string::npos);
        QVERIFY(warned);
    }

    void profileReadsTheUrlFromTheWorkerEnvironment()
    {
        const auto result = SqlExporter::exportGraph(mysqlSinkGraph("warehouse"), ExportOptions{});
        QCOMPARE(result.artifacts.size(), size_t(1));
        const json config = json::parse(result.artifacts[0].content)["config"];
        QCOMPARE(config["connection.url"].get<std::string>(), std::string("${env:PIPEWRIGHT_DB_WAREHOUSE_JDBC_URL}"));
        QCOMPARE(config["dialect.name"].get<std::string>(), std::string("MySqlDatabaseDialect"));
    }
};

QTEST_GUILESS_MAIN(TstJdbcSinkMysql)
#include "tst_jdbcsinkmysql.moc"
