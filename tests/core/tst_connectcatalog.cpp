// The connect-source / connect-sink kinds: connector templates, their forms,
// template-dependent validation, the record shape and the connector's topic.

#include "testgraphs.h"

#include "pipeline/core/catalog.h"
#include "pipeline/core/connectortemplate.h"
#include "pipeline/core/graphvalidator.h"

#include <QtTest>

using namespace pipeline;

namespace {

QStringList names(const std::vector<ConnectorProperty> &properties, bool (*keep)(const ConnectorProperty &))
{
    QStringList out;
    for (const auto &p : properties)
        if (keep(p))
            out << QString::fromStdString(p.name);
    return out;
}

// "node.parameter: code" for every error and warning, in order.
QStringList problems(const Graph &graph)
{
    QStringList out;
    for (const auto &d : validateGraph(graph).diagnostics)
        if (d.severity != Severity::Info)
            out << QString::fromStdString(d.nodeId + "." + d.parameter + ": " + d.code);
    return out;
}

const char *oracleSource = R"~({"nodes": {
    "src": ["connect-source", {"connector": "debezium-oracle", "topicPrefix": "erp", "databaseSchema": "SALES",
            "table": "PAYMENTS", "databaseHostname": "ora", "databaseUser": "dbz",
            "databasePassword": "env:ORA_PW", "databaseName": "ORCLCDB", "schemaHistoryBootstrapServers": "kafka:9092",
            "columns": [{"name": "PAYMENT_ID", "type": "string"}, {"name": "AMOUNT", "type": "double"}]}],
    "big": ["filter", {"condition": "after.AMOUNT > 100 AND op = 'c'"}],
    "out": ["kafka-sink", {"topic": "big"}]},
  "edges": ["src:out->big:in", "big:out->out:in"]})~";

const char *snowflakeSink = R"~({"nodes": {
    "src": ["kafka-source", {"topic": "totals", "schema": [{"name": "id", "type": "string"}]}],
    "dst": ["connect-sink", {"connector": "snowflake", "topic": "totals-out", "table": "TOTALS",
            "snowflakeUrl": "acct.snowflakecomputing.com:443", "snowflakeUser": "KC",
            "snowflakePrivateKey": "env:SF_KEY", "snowflakeDatabase": "DB", "snowflakeSchema": "PUBLIC"}]},
  "edges": ["src:out->dst:in"]})~";

// The base graph with one node's parameters merge-patched (RFC 7396: null removes one).
Graph withParameters(const std::string &base, const std::string &node, const std::string &patch)
{
    nlohmann::json spec = nlohmann::json::parse(base);
    spec["nodes"][node][1].merge_patch(nlohmann::json::parse(patch));
    return testgraphs::compactGraph(spec);
}

} // namespace

class tst_ConnectCatalog : public QObject {
    Q_OBJECT
private slots:
    void templates_data();
    void templates();
    void connectorEnums();
    void cleanConfigurations();
    void templateDecidesRequired_data();
    void templateDecidesRequired();
    void missingPropertyNamesNodeAndProperty();
    void recordShape();
    void topics_data();
    void topics();
    void secretReferences();
};

void tst_ConnectCatalog::templates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("connectorClass");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("jdbc source") << "jdbc" << "io.confluent.connect.jdbc.JdbcSourceConnector"
                                 << QStringList{"connection.url"} << QStringList{"connection.password"};
    QTest::newRow("oracle") << "debezium-oracle" << "io.debezium.connector.oracle.OracleConnector"
                            << QStringList{"database.hostname", "database.user", "database.password", "database.dbname",
                                           "schema.history.internal.kafka.bootstrap.servers"}
                            << QStringList{"database.password"};
    QTest::newRow("mysql") << "debezium-mysql" << "io.debezium.connector.mysql.MySqlConnector"
                           << QStringList{"database.hostname", "database.user", "database.password", "database.server.id",
                                          "schema.history.internal.kafka.bootstrap.servers"}
                           << QStringList{"database.password"};
    QTest::newRow("postgresql") << "debezium-postgresql" << "io.debezium.connector.postgresql.PostgresConnector"
                                << QStringList{"database.hostname", "database.user", "database.password", "database.dbname"}
                                << QStringList{"database.password"};
    QTest::newRow("snowflake") << "snowflake" << "com.snowflake.kafka.connector.SnowflakeSinkConnector"
                               << QStringList{"snowflake.url.name", "snowflake.user.name", "snowflake.private.key",
                                              "snowflake.database.name", "snowflake.schema.name"}
                               << QStringList{"snowflake.private.key", "snowflake.private.key.passphrase"};
    QTest::newRow("s3") << "s3" << "io.confluent.connect.s3.S3SinkConnector"
                        << QStringList{"s3.bucket.name", "s3.region", "flush.size"}
                        << QStringList{"aws.access.key.id", "aws.secret.access.key"};
    QTest::newRow("mongodb") << "mongodb" << "com.mongodb.kafka.connect.MongoSinkConnector"
                             << QStringList{"connection.uri", "database"} << QStringList{"connection.uri"};
}

void tst_ConnectCatalog::templates()
{
    QFETCH(QString, id);
    QFETCH(QString, connectorClass);
    QFETCH(QStringList, required);
    QFETCH(QStringList, secrets);
    // The JDBC sink shares its id with the JDBC source; look in the right list.
    const ConnectorTemplate *t = ConnectorTemplate::find(id.toStdString());
    QVERIFY(t);
    QCOMPARE(QString::fromStdString(t->connectorClass), connectorClass);
    QCOMPARE(names(t->properties, [](const ConnectorProperty &p) { return p.required; }), required);
    QCOMPARE(names(t->properties, [](const ConnectorProperty &p) { return p.type == ParameterType::SecretRef; }),
             secrets);
    // Every property is a parameter of its kind, shown for this template only when it applies.
    const NodeType *kind = Catalog::builtin().find(t->source ? "connect-source" : "connect-sink");
    QVERIFY(kind);
    for (const auto &p : t->properties) {
        const ParameterDescriptor *d = kind->parameter(p.parameter);
        QVERIFY2(d, p.parameter.c_str());
        QCOMPARE(d->type, p.type);
        QCOMPARE(d->visibleWhenKey, std::string("connector"));
        QVERIFY(std::count(d->visibleWhenValues.begin(), d->visibleWhenValues.end(), t->id) == 1);
        QVERIFY2(p.parameter.find('.') == std::string::npos, p.parameter.c_str());
    }
}

void tst_ConnectCatalog::connectorEnums()
{
    const NodeType *source = Catalog::builtin().find("connect-source");
    const NodeType *sink = Catalog::builtin().find("connect-sink");
    QVERIFY(source && sink);
    QCOMPARE(source->parameter("connector")->allowedValues,
             (std::vector<std::string>{"debezium-oracle", "debezium-mysql", "debezium-postgresql", "jdbc"}));
    QCOMPARE(sink->parameter("connector")->allowedValues,
             (std::vector<std::string>{"snowflake", "s3", "jdbc", "mongodb"}));
    QCOMPARE(sink->parameter("format")->allowedValues, (std::vector<std::string>{"json", "avro"}));
    // A property the templates share keeps one parameter; a default they disagree on stays off the form.
    const ParameterDescriptor *host = source->parameter("databaseHostname");
    QCOMPARE(host->visibleWhenValues,
             (std::vector<std::string>{"debezium-oracle", "debezium-mysql", "debezium-postgresql"}));
    QVERIFY(source->parameter("databasePort")->defaultValue.is_null());
    QCOMPARE(source->parameter("snapshotMode")->defaultValue, nlohmann::json("initial"));
    QCOMPARE(ConnectorTemplate::find("debezium-mysql")->property("databasePort")->defaultValue, nlohmann::json(3306));
    QCOMPARE(sink->parameter("s3Region")->defaultValue, nlohmann::json("us-east-1"));
}

void tst_ConnectCatalog::cleanConfigurations()
{
    QCOMPARE(problems(testgraphs::compactGraph(oracleSource)), QStringList{});
    QCOMPARE(problems(testgraphs::compactGraph(snowflakeSink)), QStringList{});
}

// Switching the template changes which properties are required.
void tst_ConnectCatalog::templateDecidesRequired_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("oracle without host") << oracleSource << "src" << R"~({"databaseHostname": null})~"
                                         << QStringList{"src.databaseHostname: missing-parameter"};
    // Values of another template's properties stay (switching back keeps them) and are not exported.
    QTest::newRow("mysql needs a server id")
        << oracleSource << "src" << R"~({"connector": "debezium-mysql"})~"
        << QStringList{"src.databaseServerId: missing-parameter"};
    QTest::newRow("postgresql needs no server id") << oracleSource << "src" << R"~({"connector": "debezium-postgresql"})~"
                                                   << QStringList{};
    QTest::newRow("cdc needs the schema") << oracleSource << "src" << R"~({"databaseSchema": ""})~"
                                          << QStringList{"src.databaseSchema: missing-parameter"};
    QTest::newRow("jdbc source: url and incrementing column")
        << oracleSource
        << "src" << R"~({"connector": "jdbc", "databaseHostname": null, "databaseUser": null,
              "databasePassword": null, "databaseName": null, "schemaHistoryBootstrapServers": null,
              "databaseSchema": null})~"
        // rows, not change events: the filter's after.AMOUNT and op are gone
        << QStringList{"big.condition: unknown-field", "big.condition: unknown-field",
                       "src.connectionUrl: missing-parameter", "src.incrementingColumn: missing-parameter"};
    QTest::newRow("snowflake without key") << snowflakeSink << "dst" << R"~({"snowflakePrivateKey": ""})~"
                                           << QStringList{"dst.snowflakePrivateKey: missing-parameter"};
    QTest::newRow("s3 needs a bucket, no table")
        << snowflakeSink
        << "dst" << R"~({"connector": "s3", "table": "", "snowflakeUrl": "", "snowflakeUser": "",
              "snowflakePrivateKey": "", "snowflakeDatabase": "", "snowflakeSchema": ""})~"
        << QStringList{"dst.s3Bucket: missing-parameter"};
    QTest::newRow("mongodb needs a collection")
        << snowflakeSink
        << "dst" << R"~({"connector": "mongodb", "table": null, "mongoDatabase": "shop",
              "mongoConnectionUriSecret": "env:MONGO_URI", "snowflakeUrl": null, "snowflakeUser": null,
              "snowflakePrivateKey": null, "snowflakeDatabase": null, "snowflakeSchema": null})~"
        << QStringList{"dst.table: missing-parameter"};
    QTest::newRow("jdbc sink wants avro")
        << snowflakeSink
        << "dst" << R"~({"connector": "jdbc", "connectionUrl": "jdbc:postgresql://db/shop",
              "snowflakeUrl": null, "snowflakeUser": null, "snowflakePrivateKey": null, "snowflakeDatabase": null,
              "snowflakeSchema": null})~"
        << QStringList{"dst.format: connector-needs-schema"};
    QTest::newRow("unknown template") << snowflakeSink << "dst" << R"~({"connector": "kinesis"})~"
                                      << QStringList{"dst.connector: bad-enum-value"};
    QTest::newRow("secret typed into other properties")
        << snowflakeSink
        << "dst" << R"~({"properties": [{"name": "buffer.size.bytes", "value": "100"},
              {"name": "snowflake.private.key.passphrase", "value": "hunter2"}]})~"
        << QStringList{"dst.properties[1].name: connector-secret-property"};
}

void tst_ConnectCatalog::templateDecidesRequired()
{
    QFETCH(QString, base);
    QFETCH(QString, node);
    QFETCH(QString, patch);
    QFETCH(QStringList, expected);
    const Graph graph = withParameters(base.toStdString(), node.toStdString(), patch.toStdString());
    QCOMPARE(problems(graph).join("; "), expected.join("; "));
}

void tst_ConnectCatalog::missingPropertyNamesNodeAndProperty()
{
    const Graph graph = withParameters(oracleSource, "src", R"~({"connector": "debezium-mysql"})~");
    bool found = false;
    for (const auto &d : validateGraph(graph).diagnostics) {
        if (d.code != "missing-parameter")
            continue;
        found = true;
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.nodeId, std::string("src"));
        QCOMPARE(d.message, std::string("required parameter \"Server id\" (databaseServerId) is not set"));
    }
    QVERIFY(found);
}

// The envelope's fields are checked downstream; unwrapped, the row's own columns are.
void tst_ConnectCatalog::recordShape()
{
    auto schemaOf = [](const Graph &graph) {
        return validateGraph(graph).outputSchemas.at(PortRef{"src", "out"});
    };
    const Schema envelope = schemaOf(testgraphs::compactGraph(oracleSource));
    QCOMPARE(envelope.names(), (std::vector<std::string>{"before", "after", "source", "op", "ts_ms"}));
    QCOMPARE(envelope.find("after.AMOUNT")->type, FieldType::Double);
    QCOMPARE(envelope.find("source.ts_ms")->type, FieldType::Integer);
    QCOMPARE(envelope.find("source.table")->type, FieldType::String);
    QVERIFY(!envelope.open);

    nlohmann::json spec = nlohmann::json::parse(oracleSource);
    spec["nodes"]["src"][1].merge_patch({{"unwrap", true}, {"unwrapAddFields", {"op", "source.ts_ms"}}});
    spec["nodes"]["big"][1]["condition"] = "AMOUNT > 100 AND __op = 'c' AND __source_ts_ms > 0";
    const Graph unwrapped = testgraphs::compactGraph(spec);
    QCOMPARE(schemaOf(unwrapped).names(),
             (std::vector<std::string>{"PAYMENT_ID", "AMOUNT", "__op", "__source_ts_ms"}));
    QCOMPARE(problems(unwrapped), QStringList{});
    // The envelope's paths are wrong once unwrapped: the filter says so.
    const Graph stale = withParameters(oracleSource, "src", R"~({"unwrap": true})~");
    QVERIFY(!problems(stale).isEmpty());
    QVERIFY(problems(stale).first().startsWith("big.condition"));
}

void tst_ConnectCatalog::topics_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("topic");
    QTest::newRow("oracle") << "connect-source"
                            << R"~({"connector": "debezium-oracle", "topicPrefix": "erp", "databaseSchema": "SALES", "table": "CUSTOMER"})~"
                            << "erp.SALES.CUSTOMER";
    QTest::newRow("mysql") << "connect-source"
                           << R"~({"connector": "debezium-mysql", "topicPrefix": "shop", "databaseSchema": "inventory", "table": "orders"})~"
                           << "shop.inventory.orders";
    QTest::newRow("jdbc") << "connect-source" << R"~({"connector": "jdbc", "topicPrefix": "pg-", "table": "orders"})~"
                          << "pg-orders";
    QTest::newRow("sink") << "connect-sink" << R"~({"connector": "s3", "topic": "archive"})~" << "archive";
}

void tst_ConnectCatalog::topics()
{
    QFETCH(QString, kind);
    QFETCH(QString, parameters);
    QFETCH(QString, topic);
    Node node;
    node.id = "n";
    node.kind = kind.toStdString();
    node.parameters = nlohmann::json::parse(parameters.toStdString());
    QCOMPARE(QString::fromStdString(ConnectorTemplate::topicOf(node)), topic);
}

void tst_ConnectCatalog::secretReferences()
{
    QCOMPARE(ConnectorTemplate::configReference("env:ORA_PW"), std::string("${env:ORA_PW}"));
    QCOMPARE(ConnectorTemplate::configReference("keychain:snowflake key"),
             std::string("${file:/etc/kafka-connect/pipewright-secrets.properties:snowflake key}"));
    QCOMPARE(ConnectorTemplate::configReference("hunter2"), std::string());
}


QTEST_APPLESS_MAIN(tst_ConnectCatalog)
#include "tst_connectcatalog.moc"
