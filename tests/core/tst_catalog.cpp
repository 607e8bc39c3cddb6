#include "pipeline/core/catalog.h"
#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/samplegenerators.h"

#include <QtTest>

using namespace pipeline;

namespace {

QStringList portKeys(const std::vector<PortDescriptor> &ports)
{
    QStringList keys;
    for (const auto &p : ports)
        keys << QString::fromStdString(p.key);
    return keys;
}

QStringList parameterKeys(const std::vector<ParameterDescriptor> &parameters)
{
    QStringList keys;
    for (const auto &p : parameters)
        keys << QString::fromStdString(p.key);
    return keys;
}

const QStringList aiCommon{"maxRetries", "backoff", "backoffStrategy", "timeout", "maxInFlight", "onError"};

} // namespace

class tst_Catalog : public QObject {
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
    void onlyDocumentedKinds();
    void defaults_data();
    void defaults();
    void enums_data();
    void enums();
    void requiredParameters();
    void labelsAndHelp();
    void itemFields_data();
    void itemFields();
    void routeOutputsFollowRoutes();
    void instantiate();
    void instantiateUnknownKind();
    void byCategory();
    void names();
    void addReplacesKind();
    void sampleGenerators_data();
    void sampleGenerators();
    void groupByColumnNames_data();
    void groupByColumnNames();
};

void tst_Catalog::kinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QStringList>("outputs");
    QTest::addColumn<QStringList>("parameters");

    QTest::newRow("kafka-source") << "kafka-source" << "source" << QStringList{} << QStringList{"out"}
                                  << QStringList{"topic", "format", "schemaRegistry", "schema", "startOffset", "consumerGroup", "timestampField"};
    QTest::newRow("sample-source") << "sample-source" << "source" << QStringList{} << QStringList{"out"}
                                   << QStringList{"generator", "rate", "count", "seed"};
    QTest::newRow("filter") << "filter" << "transform" << QStringList{"in"} << QStringList{"out"}
                            << QStringList{"condition", "onError"};
    QTest::newRow("project") << "project" << "transform" << QStringList{"in"} << QStringList{"out"}
                             << QStringList{"fields", "onError"};
    QTest::newRow("route") << "route" << "transform" << QStringList{"in"} << QStringList{"else"}
                           << QStringList{"routes", "onError"};
    QTest::newRow("validate") << "validate" << "transform" << QStringList{"in"} << QStringList{"valid", "invalid"}
                              << QStringList{"constraints", "onError"};
    QTest::newRow("mask") << "mask" << "transform" << QStringList{"in"} << QStringList{"out"}
                          << QStringList{"fields", "onError"};
    QTest::newRow("aggregate") << "aggregate" << "transform" << QStringList{"in"} << QStringList{"out"}
                               << QStringList{"groupBy", "aggregates", "window", "size", "advance", "gap",
                                              "timeField", "grace", "onError"};
    QTest::newRow("join") << "join" << "transform" << QStringList{"stream", "table"} << QStringList{"out"}
                          << QStringList{"streamKey", "tableKey", "joinType", "onError"};
    QTest::newRow("dedupe") << "dedupe" << "transform" << QStringList{"in"} << QStringList{"out"}
                            << QStringList{"key", "window", "onError"};
    QTest::newRow("llm-prompt") << "llm-prompt" << "ai" << QStringList{"in"} << QStringList{"out"}
                                << QStringList{"endpoint", "model", "systemPrompt", "userPrompt", "temperature",
                                               "maxTokens", "outputField", "outputMode", "jsonSchema"} + aiCommon;
    QTest::newRow("llm-classify") << "llm-classify" << "ai" << QStringList{"in"} << QStringList{"out"}
                                  << QStringList{"endpoint", "model", "input", "labels", "instructions", "outputField"}
                                         + aiCommon;
    QTest::newRow("llm-extract") << "llm-extract" << "ai" << QStringList{"in"} << QStringList{"out"}
                                 << QStringList{"endpoint", "model", "input", "fields", "instructions"} + aiCommon;
    QTest::newRow("embed") << "embed" << "ai" << QStringList{"in"} << QStringList{"out"}
                           << QStringList{"endpoint", "model", "textField", "outputField", "batchSize"} + aiCommon;
    QTest::newRow("kafka-sink") << "kafka-sink" << "sink" << QStringList{"in"} << QStringList{}
                                << QStringList{"topic", "format", "schemaRegistry", "key", "onError"};
    QTest::newRow("dead-letter") << "dead-letter" << "sink" << QStringList{"in"} << QStringList{}
                                 << QStringList{"topic", "onError"};
    QTest::newRow("vector-upsert") << "vector-upsert" << "sink" << QStringList{"in"} << QStringList{}
                                   << QStringList{"index", "path", "idField", "embeddingField", "textField",
                                                  "metadataFields", "dimension", "m", "efConstruction", "efSearch",
                                                  "saveInterval", "onError"};
    QTest::newRow("vector-retrieve") << "vector-retrieve" << "ai" << QStringList{"in"} << QStringList{"out"}
                                     << QStringList{"endpoint", "model", "index", "path", "queryField", "k",
                                                    "minScore", "outputField", "contextTextField", "batchSize"}
                                            + aiCommon;
    QTest::newRow("database-sink") << "database-sink" << "sink" << QStringList{"in"} << QStringList{}
                                   << QStringList{"driver", "connection", "passwordEnv", "table", "columns", "mode",
                                                  "key", "createTable", "batchSize", "flushInterval", "maxRetries",
                                                  "backoff", "exportTopic", "onError"};
    QTest::newRow("connect-source")
        << "connect-source" << "source" << QStringList{} << QStringList{"out"}
        << QStringList{"connector", "connectorName", "topicPrefix", "databaseSchema", "table", "columns", "unwrap",
                       "unwrapAddFields", "databaseHostname", "databasePort", "databaseUser", "databasePassword",
                       "databaseName", "databasePdbName", "schemaHistoryBootstrapServers", "schemaHistoryTopic",
                       "snapshotMode", "decimalHandlingMode", "databaseServerId", "pluginName", "slotName",
                       "publicationName", "connectionUrl", "connectionUser", "connectionPassword", "queryMode",
                       "incrementingColumn", "timestampColumn", "pollIntervalMs", "properties", "startOffset",
                       "consumerGroup", "timestampField"};
    QTest::newRow("connect-sink")
        << "connect-sink" << "sink" << QStringList{"in"} << QStringList{}
        << QStringList{"connector", "connectorName", "topic", "table", "format", "schemaRegistry", "key",
                       "snowflakeUrl", "snowflakeUser", "snowflakePrivateKey", "snowflakeKeyPassphraseSecret",
                       "snowflakeDatabase", "snowflakeSchema", "snowflakeRole", "snowflakeIngestion",
                       "bufferCountRecords", "bufferFlushSeconds", "s3Bucket", "s3Region", "flushSize",
                       "rotateIntervalMs", "topicsDir", "awsAccessKeyIdRef", "awsSecretAccessKey", "connectionUrl",
                       "connectionUser", "connectionPassword", "insertMode", "pkMode", "pkFields", "autoCreate",
                       "mongoConnectionUriSecret", "mongoDatabase", "documentIdStrategy", "properties", "onError"};
}

void tst_Catalog::kinds()
{
    QFETCH(QString, kind);
    QFETCH(QString, category);
    QFETCH(QStringList, inputs);
    QFETCH(QStringList, outputs);
    QFETCH(QStringList, parameters);

    const NodeType *type = Catalog::builtin().find(kind.toStdString());
    QVERIFY(type);
    QCOMPARE(QString::fromStdString(type->kind), kind);
    QCOMPARE(QString::fromStdString(std::string(categoryName(type->category))), category);
    QCOMPARE(portKeys(type->inputs), inputs);
    QCOMPARE(portKeys(type->outputs), outputs);
    QCOMPARE(parameterKeys(type->parameters), parameters);
    QVERIFY(type->outputSchema);
    // Sinks accept several feeds; every other input takes exactly one edge.
    for (const auto &port : type->inputs)
        QCOMPARE(port.cardinality, category == "sink" ? Cardinality::Many : Cardinality::One);
}

void tst_Catalog::onlyDocumentedKinds()
{
    QCOMPARE(Catalog::builtin().types().size(), size_t(21));
    QVERIFY(!Catalog::builtin().find("nonexistent"));
}

void tst_Catalog::defaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("json"); // "null" = no default

    auto row = [](const char *kind, const char *key, const char *json) {
        QTest::addRow("%s.%s", kind, key) << kind << key << json;
    };
    row("kafka-source", "topic", "null");
    row("kafka-source", "format", "\"json\"");
    row("kafka-source", "startOffset", "\"earliest\"");
    row("kafka-source", "schema", "null");
    row("sample-source", "generator", "\"iot-temperature\"");
    row("sample-source", "rate", "10");
    row("sample-source", "count", "0");
    row("sample-source", "seed", "42");
    row("filter", "onError", "\"dead-letter\"");
    row("aggregate", "window", "\"tumbling\"");
    row("aggregate", "size", "\"1m\"");
    row("aggregate", "grace", "\"0s\"");
    row("aggregate", "groupBy", "[]");
    row("aggregate", "advance", "null");
    row("join", "joinType", "\"left\"");
    row("dedupe", "window", "\"10m\"");
    row("llm-prompt", "endpoint", "\"default\"");
    row("llm-prompt", "temperature", "0.2");
    row("llm-prompt", "maxTokens", "512");
    row("llm-prompt", "outputField", "\"llm_output\"");
    row("llm-prompt", "outputMode", "\"text\"");
    row("llm-prompt", "maxRetries", "3");
    row("llm-prompt", "backoff", "\"1s\"");
    row("llm-prompt", "backoffStrategy", "\"exponential\"");
    row("llm-prompt", "timeout", "\"30s\"");
    row("llm-prompt", "maxInFlight", "16");
    row("llm-classify", "outputField", "\"label\"");
    row("embed", "model", "\"text-embedding-3-small\"");
    row("embed", "outputField", "\"embedding\"");
    row("embed", "batchSize", "32");
    row("kafka-sink", "format", "\"json\"");
    row("dead-letter", "topic", "\"pipewright.dead-letter\"");
}

void tst_Catalog::defaults()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, json);
    const ParameterDescriptor *p = Catalog::builtin().find(kind.toStdString())->parameter(key.toStdString());
    QVERIFY(p);
    QCOMPARE(QString::fromStdString(p->defaultValue.dump()), json);
}

void tst_Catalog::enums_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("kafka-source.format") << "kafka-source" << "format" << QStringList{"json", "string", "avro"};
    QTest::newRow("kafka-source.startOffset") << "kafka-source" << "startOffset"
                                              << QStringList{"earliest", "latest", "committed"};
    QTest::newRow("sample-source.generator") << "sample-source" << "generator"
                                             << QStringList{"iot-temperature", "payments", "flight-events",
                                                            "chat-messages", "customers"};
    QTest::newRow("aggregate.window") << "aggregate" << "window" << QStringList{"tumbling", "hopping", "session"};
    QTest::newRow("join.joinType") << "join" << "joinType" << QStringList{"left", "inner"};
    QTest::newRow("llm-prompt.outputMode") << "llm-prompt" << "outputMode" << QStringList{"text", "json"};
    QTest::newRow("llm-prompt.backoffStrategy") << "llm-prompt" << "backoffStrategy"
                                                << QStringList{"exponential", "fixed"};
    QTest::newRow("kafka-sink.format") << "kafka-sink" << "format" << QStringList{"json", "string", "avro"};
    QTest::newRow("filter.onError") << "filter" << "onError" << QStringList{"dead-letter", "skip", "stop"};
}

void tst_Catalog::enums()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QStringList, values);
    const ParameterDescriptor *p = Catalog::builtin().find(kind.toStdString())->parameter(key.toStdString());
    QVERIFY(p);
    QCOMPARE(p->type, ParameterType::Enum);
    QStringList got;
    for (const auto &v : p->allowedValues)
        got << QString::fromStdString(v);
    QCOMPARE(got, values);
    // The default must be one of the values.
    QVERIFY(values.contains(QString::fromStdString(p->defaultValue.get<std::string>())));
}

void tst_Catalog::requiredParameters()
{
    QStringList required;
    for (const auto &type : Catalog::builtin().types())
        for (const auto &p : type.parameters)
            if (p.required)
                required << QString::fromStdString(type.kind + "." + p.key);
    QCOMPARE(required, (QStringList{"kafka-source.topic", "sample-source.generator", "filter.condition",
                                    "project.fields", "route.routes", "validate.constraints", "mask.fields",
                                    "aggregate.aggregates", "join.streamKey", "join.tableKey", "dedupe.key",
                                    "llm-prompt.userPrompt", "llm-prompt.outputField", "llm-classify.input",
                                    "llm-classify.labels", "llm-classify.outputField", "llm-extract.input",
                                    "llm-extract.fields", "embed.textField", "embed.outputField",
                                    "kafka-sink.topic", "dead-letter.topic", "database-sink.driver",
                                    "database-sink.connection", "database-sink.table",
                                    "vector-upsert.index", "vector-upsert.idField",
                                    "vector-upsert.embeddingField", "vector-retrieve.index", "vector-retrieve.queryField",
                                    "vector-retrieve.outputField", "connect-source.connector",
                                    "connect-source.topicPrefix", "connect-source.databaseSchema", "connect-source.table",
                                    "connect-source.databaseHostname", "connect-source.databaseUser",
                                    "connect-source.databasePassword", "connect-source.databaseName",
                                    "connect-source.schemaHistoryBootstrapServers", "connect-source.databaseServerId",
                                    "connect-source.connectionUrl", "connect-sink.connector", "connect-sink.topic",
                                    "connect-sink.table", "connect-sink.snowflakeUrl", "connect-sink.snowflakeUser",
                                    "connect-sink.snowflakePrivateKey", "connect-sink.snowflakeDatabase",
                                    "connect-sink.snowflakeSchema", "connect-sink.s3Bucket", "connect-sink.s3Region",
                                    "connect-sink.flushSize", "connect-sink.connectionUrl",
                                    "connect-sink.mongoConnectionUriSecret", "connect-sink.mongoDatabase"}));
}

void tst_Catalog::labelsAndHelp()
{
    // Labels and help feed the property forms and the LLM prompt: none may be empty.
    std::function<void(const std::string &, const std::vector<ParameterDescriptor> &)> check =
        [&](const std::string &where, const std::vector<ParameterDescriptor> &parameters) {
            for (const auto &p : parameters) {
                const std::string name = where + "." + p.key;
                QVERIFY2(!p.label.empty(), name.c_str());
                QVERIFY2(p.help.size() > 10, name.c_str());
                QVERIFY2(p.type != ParameterType::Enum || !p.allowedValues.empty(), name.c_str());
                QVERIFY2(p.type != ParameterType::ItemList || !p.itemFields.empty(), name.c_str());
                check(name, p.itemFields);
            }
        };
    for (const auto &type : Catalog::builtin().types()) {
        QVERIFY2(!type.label.empty(), type.kind.c_str());
        QVERIFY2(type.description.size() > 20, type.kind.c_str());
        QVERIFY2(!type.icon.empty(), type.kind.c_str());
        for (const auto &port : type.inputs)
            QVERIFY2(!port.label.empty() && !port.help.empty(), type.kind.c_str());
        check(type.kind, type.parameters);
    }
}

void tst_Catalog::itemFields_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("minItems");
    QTest::newRow("project.fields") << "project" << "fields" << QStringList{"name", "expression"} << 1;
    QTest::newRow("route.routes") << "route" << "routes" << QStringList{"name", "condition"} << 1;
    QTest::newRow("validate.constraints") << "validate" << "constraints" << QStringList{"name", "condition"} << 1;
    QTest::newRow("mask.fields") << "mask" << "fields" << QStringList{"field", "method", "keep"} << 1;
    QTest::newRow("aggregate.aggregates") << "aggregate" << "aggregates"
                                          << QStringList{"name", "function", "expression"} << 1;
    QTest::newRow("llm-classify.labels") << "llm-classify" << "labels" << QStringList{"label", "description"} << 2;
}

void tst_Catalog::itemFields()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QStringList, fields);
    QFETCH(int, minItems);
    const ParameterDescriptor *p = Catalog::builtin().find(kind.toStdString())->parameter(key.toStdString());
    QVERIFY(p);
    QCOMPARE(p->type, ParameterType::ItemList);
    QCOMPARE(parameterKeys(p->itemFields), fields);
    QCOMPARE(p->minItems, minItems);

    const auto *mask = Catalog::builtin().find("mask")->parameter("fields");
    QCOMPARE(mask->itemFields[1].allowedValues, (std::vector<std::string>{"redact", "hash", "partial"}));
    QCOMPARE(mask->itemFields[1].defaultValue, nlohmann::json("redact"));
    QCOMPARE(mask->itemFields[2].defaultValue, nlohmann::json(4));
    const auto *aggregates = Catalog::builtin().find("aggregate")->parameter("aggregates");
    QCOMPARE(aggregates->itemFields[1].allowedValues,
             (std::vector<std::string>{"count", "sum", "avg", "min", "max"}));
    QVERIFY(!aggregates->itemFields[2].required); // optional for count
}

void tst_Catalog::routeOutputsFollowRoutes()
{
    const NodeType *route = Catalog::builtin().find("route");
    Node node = Catalog::builtin().instantiate("route", "r");
    node.parameters["routes"] = nlohmann::json::parse(
        R"~([{"name": "hot", "condition": "t > 1"}, {"name": "cold", "condition": "t < 0"},
            {"name": "hot", "condition": "t > 2"}, {"name": "else", "condition": "TRUE"}, {"condition": "x"}])~");
    QCOMPARE(portKeys(route->outputPorts(node)), (QStringList{"hot", "cold", "else"}));
    QVERIFY(route->hasOutput(node, "cold"));
    QVERIFY(!route->hasOutput(node, "out"));
}

void tst_Catalog::instantiate()
{
    const Node node = Catalog::builtin().instantiate("aggregate", "agg-1");
    QCOMPARE(node.id, std::string("agg-1"));
    QCOMPARE(node.kind, std::string("aggregate"));
    QCOMPARE(node.label, std::string("Aggregate"));
    QCOMPARE(node.parameters, nlohmann::json::parse(R"~({"groupBy": [], "window": "tumbling", "size": "1m",
                                                        "grace": "0s", "onError": "dead-letter"})~"));
    const Node sink = Catalog::builtin().instantiate("dead-letter", "dlq");
    QCOMPARE(sink.stringParameter("topic"), std::string("pipewright.dead-letter"));
}

void tst_Catalog::instantiateUnknownKind()
{
    const Node node = Catalog::builtin().instantiate("teleport", "t");
    QCOMPARE(node.kind, std::string("teleport"));
    QVERIFY(node.parameters.empty());
}

void tst_Catalog::byCategory()
{
    auto kinds = [](Category c) {
        QStringList out;
        for (const NodeType *t : Catalog::builtin().byCategory(c))
            out << QString::fromStdString(t->kind);
        return out;
    };
    QCOMPARE(kinds(Category::Source), (QStringList{"kafka-source", "sample-source", "connect-source"}));
    QCOMPARE(kinds(Category::Transform),
             (QStringList{"filter", "project", "route", "validate", "mask", "aggregate", "join", "dedupe"}));
    QCOMPARE(kinds(Category::Ai), (QStringList{"llm-prompt", "llm-classify", "llm-extract", "embed", "vector-retrieve"}));
    QCOMPARE(kinds(Category::Sink),
             (QStringList{"kafka-sink", "dead-letter", "database-sink", "vector-upsert", "connect-sink"}));
}

void tst_Catalog::names()
{
    QCOMPARE(categoryName(Category::Ai), std::string_view("ai"));
    QCOMPARE(categoryName(Category::Sink), std::string_view("sink"));
    QCOMPARE(parameterTypeName(ParameterType::ExpressionList), std::string_view("expression-list"));
    QCOMPARE(parameterTypeName(ParameterType::Duration), std::string_view("duration"));
    QCOMPARE(parameterTypeName(ParameterType::SecretRef), std::string_view("secret-ref"));
}

void tst_Catalog::addReplacesKind()
{
    Catalog catalog;
    NodeType a;
    a.kind = "x";
    a.label = "First";
    catalog.add(a);
    a.label = "Second";
    catalog.add(a);
    QCOMPARE(catalog.types().size(), size_t(1));
    QCOMPARE(catalog.find("x")->label, std::string("Second"));
}

void tst_Catalog::sampleGenerators_data()
{
    QTest::addColumn<QString>("generator");
    QTest::addColumn<QStringList>("fields"); // name:type, * = sensitive
    QTest::newRow("iot-temperature") << "iot-temperature"
                                     << QStringList{"device_id:string", "temperature:double", "ts:timestamp"};
    QTest::newRow("payments") << "payments"
                              << QStringList{"payment_id:string", "customer_id:string", "amount:double",
                                             "currency:string", "ts:timestamp"};
    QTest::newRow("flight-events") << "flight-events"
                                   << QStringList{"event_id:string", "flight_id:string", "customer_id:string",
                                                  "status:string", "origin:string", "destination:string",
                                                  "departure:timestamp", "ts:timestamp"};
    QTest::newRow("chat-messages") << "chat-messages"
                                   << QStringList{"message_id:string", "user_id:string", "channel:string",
                                                  "text:string", "ts:timestamp"};
    QTest::newRow("customers") << "customers"
                               << QStringList{"customer_id:string", "name:string", "email:string*", "phone:string*",
                                              "tier:string", "country:string"};
}

void tst_Catalog::sampleGenerators()
{
    QFETCH(QString, generator);
    QFETCH(QStringList, fields);
    const auto schema = sampleGeneratorSchema(generator.toStdString());
    QVERIFY(schema);
    QVERIFY(!schema->open);
    QStringList got;
    for (const auto &f : schema->fields)
        got << QString::fromStdString(f.name + ":" + std::string(fieldTypeName(f.type)) + (f.sensitive ? "*" : ""));
    QCOMPARE(got, fields);
    QVERIFY(!sampleGeneratorDescription(generator.toStdString()).empty());
    QVERIFY(!sampleGeneratorSchema("weather"));
}

void tst_Catalog::groupByColumnNames_data()
{
    QTest::addColumn<QString>("groupBy");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("fields") << R"~(["customer_id", "currency"])~" << QStringList{"customer_id", "currency"};
    QTest::newRow("nested keeps last segment") << R"~(["device.site.id"])~" << QStringList{"id"};
    QTest::newRow("quoted") << R"~(["\"Customer Id\""])~" << QStringList{"Customer Id"};
    QTest::newRow("computed numbered") << R"~(["UPPER(country)", "customer_id", "amount > 100"])~"
                                       << QStringList{"key_1", "customer_id", "key_2"};
    QTest::newRow("literal is not a field") << R"~(["TRUE"])~" << QStringList{"key_1"};
    QTest::newRow("empty") << "[]" << QStringList{};
}

void tst_Catalog::groupByColumnNames()
{
    QFETCH(QString, groupBy);
    QFETCH(QStringList, names);
    QStringList got;
    for (const auto &n : catalogsupport::groupByColumnNames(nlohmann::json::parse(groupBy.toStdString())))
        got << QString::fromStdString(n);
    QCOMPARE(got, names);
}

QTEST_APPLESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
