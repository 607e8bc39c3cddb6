#include "pipeline/core/graphvalidator.h"
#include "pipeline/core/schemainference.h"

#include "testgraphs.h"

#include <QtTest>

using namespace pipeline;
using testgraphs::compactGraph;

namespace {

// "name:type" per field; '*' = sensitive, '#' = masked, "[elem]" for arrays, "{...}" for objects.
QString describe(const std::vector<Field> &fields)
{
    QStringList parts;
    for (const auto &f : fields) {
        QString s = QString::fromStdString(f.name + ":" + std::string(fieldTypeName(f.type)));
        if (f.type == FieldType::Array && f.elementType != FieldType::Unknown)
            s += "[" + QString::fromStdString(std::string(fieldTypeName(f.elementType))) + "]";
        if (!f.children.empty())
            s += "{" + describe(f.children) + "}";
        if (f.sensitive)
            s += "*";
        if (f.masked)
            s += "#";
        parts << s;
    }
    return parts.join(", ");
}

QString describe(const Schema &schema)
{
    return describe(schema.fields) + (schema.open ? " ..." : "");
}

QString outputOf(const std::string &graph, const std::string &node, const std::string &port = "out")
{
    const auto inference = inferSchemas(compactGraph(graph));
    auto it = inference.outputSchemas.find({node, port});
    return it == inference.outputSchemas.end() ? QString("<none>") : describe(it->second);
}

} // namespace

class tst_SchemaInference : public QObject {
    Q_OBJECT
private slots:
    void outputs_data();
    void outputs();
    void routePorts();
    void validatePorts();
    void inputsAlongChain();
    void unconnectedInputIsOpen();
    void sinkMergesFeeds();
    void unknownKindYieldsOpenDownstream();
    void validatorReturnsSchemas();
    void cycleDoesNotHang();
};

void tst_SchemaInference::outputs_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("schema");

    const QString iot = R"~("src": ["sample-source", {"generator": "iot-temperature"}])~";
    auto graph = [](const QString &nodes, const QString &edges) {
        return "{\"nodes\": {" + nodes + "}, \"edges\": [" + edges + "]}";
    };

    for (const char *generator : {"iot-temperature", "payments", "flight-events", "chat-messages", "customers"}) {
        static const QMap<QString, QString> expected{
            {"iot-temperature", "device_id:string, temperature:double, ts:timestamp"},
            {"payments", "payment_id:string, customer_id:string, amount:double, currency:string, ts:timestamp"},
            {"flight-events", "event_id:string, flight_id:string, customer_id:string, status:string, origin:string, "
                              "destination:string, departure:timestamp, ts:timestamp"},
            {"chat-messages", "message_id:string, user_id:string, channel:string, text:string, ts:timestamp"},
            {"customers", "customer_id:string, name:string, email:string*, phone:string*, tier:string, country:string"},
        };
        QTest::addRow("sample %s", generator)
            << graph(QString(R"~("src": ["sample-source", {"generator": "%1"}])~").arg(generator), "") << "src"
            << expected.value(generator);
    }
    QTest::newRow("sample default generator") << graph(R"~("src": ["sample-source", {}])~", "") << "src"
                                              << "device_id:string, temperature:double, ts:timestamp";
    QTest::newRow("kafka declared") << graph(R"~("k": ["kafka-source", {"topic": "t", "schema": [
            {"name": "id", "type": "string"}, {"name": "n", "type": "integer"},
            {"name": "who", "type": "object", "fields": [{"name": "mail", "type": "string", "sensitive": true}]}]}])~", "")
                                    << "k" << "id:string, n:integer, who:object{mail:string*}";
    QTest::newRow("kafka undeclared is open") << graph(R"~("k": ["kafka-source", {"topic": "t"}])~", "") << "k" << " ...";
    QTest::newRow("kafka string format") << graph(R"~("k": ["kafka-source", {"topic": "t", "format": "string",
                                                    "schema": [{"name": "id", "type": "string"}]}])~", "")
                                         << "k" << "key:string, value:string";
    QTest::newRow("filter passes input")
        << graph(iot + R"~(, "f": ["filter", {"condition": "temperature > 1"}])~", R"~("src:out->f:in")~") << "f"
        << "device_id:string, temperature:double, ts:timestamp";
    QTest::newRow("dedupe passes input")
        << graph(iot + R"~(, "d": ["dedupe", {"key": "device_id"}])~", R"~("src:out->d:in")~") << "d"
        << "device_id:string, temperature:double, ts:timestamp";
    QTest::newRow("project types")
        << graph(iot + R"~(, "p": ["project", {"fields": [
               {"name": "id", "expression": "device_id"},
               {"name": "fahrenheit", "expression": "temperature * 1.8 + 32"},
               {"name": "hot", "expression": "temperature > 100"},
               {"name": "shout", "expression": "UPPER(device_id)"},
               {"name": "len", "expression": "CHAR_LENGTH(device_id)"},
               {"name": "when", "expression": "ts"},
               {"name": "broken", "expression": "temperature +"}]}])~",
                 R"~("src:out->p:in")~")
        << "p" << "id:string, fahrenheit:double, hot:boolean, shout:string, len:integer, when:timestamp, broken:unknown";
    QTest::newRow("project keeps sensitivity")
        << graph(R"~("c": ["sample-source", {"generator": "customers"}], "p": ["project", {"fields": [
               {"name": "contact", "expression": "LOWER(email)"}, {"name": "who", "expression": "name"},
               {"name": "mail", "expression": "email"}]}])~",
                 R"~("c:out->p:in")~")
        << "p" << "contact:string*, who:string, mail:string*";
    QTest::newRow("mask marks fields")
        << graph(R"~("c": ["sample-source", {"generator": "customers"}], "m": ["mask", {"fields": [
               {"field": "email", "method": "hash"}, {"field": "phone", "method": "partial", "keep": 4}]}])~",
                 R"~("c:out->m:in")~")
        << "m" << "customer_id:string, name:string, email:string*#, phone:string*#, tier:string, country:string";
    QTest::newRow("mask turns field into string")
        << graph(iot + R"~(, "m": ["mask", {"fields": [{"field": "temperature"}]}])~", R"~("src:out->m:in")~") << "m"
        << "device_id:string, temperature:string#, ts:timestamp";
    QTest::newRow("mask on open schema records field")
        << graph(R"~("k": ["kafka-source", {"topic": "t"}], "m": ["mask", {"fields": [{"field": "ssn"}]}])~",
                 R"~("k:out->m:in")~")
        << "m" << "ssn:string# ...";
    QTest::newRow("aggregate columns")
        << graph(R"~("p": ["sample-source", {"generator": "payments"}], "a": ["aggregate", {
               "groupBy": ["customer_id", "UPPER(currency)"],
               "aggregates": [{"name": "n", "function": "count"},
                              {"name": "total", "function": "sum", "expression": "amount"},
                              {"name": "mean", "function": "avg", "expression": "amount"},
                              {"name": "first", "function": "min", "expression": "ts"},
                              {"name": "biggest", "function": "max", "expression": "amount"},
                              {"name": "count_int", "function": "sum", "expression": "CHAR_LENGTH(currency)"}],
               "window": "tumbling", "size": "1m"}])~",
                 R"~("p:out->a:in")~")
        << "a" << "customer_id:string, key_1:string, n:integer, total:double, mean:double, first:timestamp, "
                  "biggest:double, count_int:integer, window_start:timestamp, window_end:timestamp";
    QTest::newRow("join prefixes clashing table fields")
        << graph(R"~("f": ["sample-source", {"generator": "flight-events"}],
                    "c": ["sample-source", {"generator": "customers"}],
                    "j": ["join", {"streamKey": "customer_id", "tableKey": "customer_id"}])~",
                 R"~("f:out->j:stream", "c:out->j:table")~")
        << "j" << "event_id:string, flight_id:string, customer_id:string, status:string, origin:string, "
                  "destination:string, departure:timestamp, ts:timestamp, table_customer_id:string, name:string, "
                  "email:string*, phone:string*, tier:string, country:string";
    QTest::newRow("llm-prompt text")
        << graph(iot + R"~(, "l": ["llm-prompt", {"userPrompt": "{{device_id}}"}])~", R"~("src:out->l:in")~") << "l"
        << "device_id:string, temperature:double, ts:timestamp, llm_output:string";
    QTest::newRow("llm-prompt json with schema")
        << graph(iot + R"~(, "l": ["llm-prompt", {"userPrompt": "{{device_id}}", "outputMode": "json",
                 "outputField": "advice", "jsonSchema": "{\"type\": \"object\", \"properties\": {\"action\": {\"type\": \"string\"}, \"confidence\": {\"type\": \"number\"}}}"}])~",
                 R"~("src:out->l:in")~")
        << "l" << "device_id:string, temperature:double, ts:timestamp, advice:object{action:string, confidence:double}";
    QTest::newRow("llm-classify")
        << graph(R"~("m": ["sample-source", {"generator": "chat-messages"}], "l": ["llm-classify", {"input": "{{text}}",
                 "labels": [{"label": "ok"}, {"label": "toxic"}]}])~", R"~("m:out->l:in")~")
        << "l" << "message_id:string, user_id:string, channel:string, text:string, ts:timestamp, label:string";
    QTest::newRow("llm-extract")
        << graph(R"~("m": ["sample-source", {"generator": "chat-messages"}], "l": ["llm-extract", {"input": "{{text}}",
                 "fields": [{"name": "amount", "type": "double"}, {"name": "city", "type": "string"}]}])~",
                 R"~("m:out->l:in")~")
        << "l" << "message_id:string, user_id:string, channel:string, text:string, ts:timestamp, amount:double, city:string";
    QTest::newRow("embed")
        << graph(R"~("m": ["sample-source", {"generator": "chat-messages"}], "e": ["embed", {"textField": "text",
                 "outputField": "vec"}])~", R"~("m:out->e:in")~")
        << "e" << "message_id:string, user_id:string, channel:string, text:string, ts:timestamp, vec:array[double]";
    QTest::newRow("chain project after aggregate")
        << graph(R"~("p": ["sample-source", {"generator": "payments"}],
                    "a": ["aggregate", {"groupBy": ["customer_id"], "aggregates": [{"name": "total", "function": "sum", "expression": "amount"}]}],
                    "x": ["project", {"fields": [{"name": "who", "expression": "customer_id"},
                                                 {"name": "big", "expression": "total > 1000"},
                                                 {"name": "end", "expression": "window_end"}]}])~",
                 R"~("p:out->a:in", "a:out->x:in")~")
        << "x" << "who:string, big:boolean, end:timestamp";
}

void tst_SchemaInference::outputs()
{
    QFETCH(QString, graph);
    QFETCH(QString, node);
    QFETCH(QString, schema);
    QCOMPARE(outputOf(graph.toStdString(), node.toStdString()), schema);
}

void tst_SchemaInference::routePorts()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {
        "s": ["sample-source"], "r": ["route", {"routes": [{"name": "hot", "condition": "temperature > 100"},
                                                            {"name": "cold", "condition": "temperature < 32"}]}]},
        "edges": ["s:out->r:in"]})~"));
    const Schema &in = inference.input({"r", "in"});
    QCOMPARE(in.fields.size(), size_t(3));
    for (const char *port : {"hot", "cold", "else"}) {
        QVERIFY2(inference.outputSchemas.count({"r", port}), port);
        QCOMPARE(inference.output({"r", port}), in);
    }
    QCOMPARE(inference.outputSchemas.count({"r", "out"}), size_t(0));
}

void tst_SchemaInference::validatePorts()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {
        "s": ["sample-source"], "v": ["validate", {"constraints": [{"name": "range", "condition": "temperature BETWEEN 32 AND 132"}]}]},
        "edges": ["s:out->v:in"]})~"));
    QCOMPARE(describe(inference.output({"v", "valid"})), QString("device_id:string, temperature:double, ts:timestamp"));
    QCOMPARE(inference.output({"v", "invalid"}), inference.output({"v", "valid"}));
}

void tst_SchemaInference::inputsAlongChain()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {
        "s": ["sample-source", {"generator": "payments"}],
        "f": ["filter", {"condition": "amount > 10"}],
        "p": ["project", {"fields": [{"name": "cents", "expression": "CAST(amount * 100 AS INTEGER)"}]}],
        "k": ["kafka-sink", {"topic": "out"}]},
        "edges": ["s:out->f:in", "f:out->p:in", "p:out->k:in"]})~"));
    QCOMPARE(describe(inference.input({"k", "in"})), QString("cents:integer"));
    QCOMPARE(inference.input({"f", "in"}), inference.output({"s", "out"}));
    // Sinks have no outputs.
    QCOMPARE(inference.outputSchemas.count({"k", "out"}), size_t(0));
}

void tst_SchemaInference::unconnectedInputIsOpen()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {"f": ["filter", {"condition": "x > 1"}]}})~"));
    QVERIFY(inference.input({"f", "in"}).open);
    QVERIFY(inference.input({"f", "in"}).fields.empty());
    QVERIFY(inference.output({"f", "out"}).open);
}

void tst_SchemaInference::sinkMergesFeeds()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {
        "a": ["sample-source", {"generator": "iot-temperature"}],
        "b": ["sample-source", {"generator": "payments"}],
        "k": ["kafka-sink", {"topic": "all"}]},
        "edges": ["a:out->k:in", "b:out->k:in"]})~"));
    QCOMPARE(describe(inference.input({"k", "in"})),
             QString("device_id:string, temperature:double, ts:timestamp, payment_id:string, customer_id:string, "
                     "amount:double, currency:string"));

    Schema x, y;
    auto field = [](const char *name, FieldType type, bool sensitive = false, bool masked = false) {
        Field f;
        f.name = name;
        f.type = type;
        f.sensitive = sensitive;
        f.masked = masked;
        return f;
    };
    x.fields = {field("v", FieldType::Integer), field("s", FieldType::String, true, true)};
    y.fields = {field("v", FieldType::String), field("s", FieldType::String, true)};
    y.open = true;
    const Schema merged = mergeSchemas({&x, &y});
    QCOMPARE(describe(merged), QString("v:unknown, s:string* ..."));
}

void tst_SchemaInference::unknownKindYieldsOpenDownstream()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {
        "s": ["sample-source"], "x": ["teleport"], "f": ["filter", {"condition": "anything = 1"}]},
        "edges": ["s:out->x:in", "x:out->f:in"]})~"));
    QVERIFY(inference.input({"f", "in"}).open);
    QCOMPARE(inference.outputSchemas.count({"x", "out"}), size_t(0));
}

void tst_SchemaInference::validatorReturnsSchemas()
{
    const auto result = validateGraph(compactGraph(R"~({"nodes": {
        "s": ["sample-source"], "k": ["kafka-sink", {"topic": "t"}]}, "edges": ["s:out->k:in"]})~"));
    QVERIFY(result.ok());
    QCOMPARE(describe(result.outputSchemas.at({"s", "out"})), QString("device_id:string, temperature:double, ts:timestamp"));
    QCOMPARE(result.inputSchemas.at({"k", "in"}), result.outputSchemas.at({"s", "out"}));
}

void tst_SchemaInference::cycleDoesNotHang()
{
    const auto inference = inferSchemas(compactGraph(R"~({"nodes": {
        "s": ["sample-source"], "j": ["join", {"streamKey": "device_id", "tableKey": "device_id"}],
        "f": ["filter", {"condition": "temperature > 1"}]},
        "edges": ["s:out->j:stream", "j:out->f:in", "f:out->j:table"]})~"));
    QVERIFY(inference.outputSchemas.count({"j", "out"}));
    QVERIFY(inference.outputSchemas.count({"f", "out"}));
}

QTEST_APPLESS_MAIN(tst_SchemaInference)
#include "tst_schemainference.moc"
