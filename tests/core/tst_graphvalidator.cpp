#include "pipeline/core/catalog.h"
#include "pipeline/core/graphvalidator.h"

#include "testgraphs.h"

#include <QtTest>

using namespace pipeline;
using testgraphs::compactGraph;
using testgraphs::patched;

namespace {

// sample-source -> filter -> kafka-sink: validates clean; rows patch it.
const char *base = R"~({
  "nodes": {
    "src": ["sample-source", {"generator": "iot-temperature"}],
    "f": ["filter", {"condition": "temperature > 100"}],
    "sink": ["kafka-sink", {"topic": "alerts"}]
  },
  "edges": ["src:out->f:in", "f:out->sink:in"]
})~";

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const auto &d : diagnostics)
        lines << QString::fromStdString(d.code + " | " + formatDiagnostic(d));
    return lines.join("\n");
}

} // namespace

class tst_GraphValidator : public QObject {
    Q_OBJECT
private slots:
    void cleanGraphs_data();
    void cleanGraphs();
    void diagnostics_data();
    void diagnostics();
    void piiGuard_data();
    void piiGuard();
    void cycleNamesNodes();
    void edgeDiagnosticsCarryEdgeId();
    void nodesWithUnknownKindDoNotCascade();
    void emptyGraph();
    void processingGuarantee_data();
    void processingGuarantee();
};

void tst_GraphValidator::cleanGraphs_data()
{
    QTest::addColumn<QString>("patch");
    QTest::newRow("base") << "";
    QTest::newRow("open kafka schema accepts any field")
        << R"~({"nodes": {"src": ["kafka-source", {"topic": "raw"}], "f": ["filter", {"condition": "whatever.deep = 'x'"}]}})~";
    QTest::newRow("declared kafka schema")
        << R"~({"nodes": {"src": ["kafka-source", {"topic": "raw", "timestampField": "ts", "schema": [
               {"name": "ts", "type": "timestamp"}, {"name": "temperature", "type": "double"}]}]}})~";
    QTest::newRow("route to two sinks")
        << R"~({"nodes": {"f": ["route", {"routes": [{"name": "hot", "condition": "temperature > 132"},
                                                     {"name": "cold", "condition": "temperature < 32"}]}],
                         "dlq": ["dead-letter", {}]},
               "edges": ["src:out->f:in", "f:hot->sink:in", "f:cold->sink:in", "f:else->dlq:in"]})~";
    QTest::newRow("validate to dead letter")
        << R"~({"nodes": {"f": ["validate", {"constraints": [{"name": "range", "condition": "temperature BETWEEN 32 AND 132"}]}],
                         "dlq": ["dead-letter", {"topic": "iot.dead-letter"}]},
               "edges": ["src:out->f:in", "f:valid->sink:in", "f:invalid->dlq:in"]})~";
    QTest::newRow("aggregate hopping")
        << R"~({"nodes": {"src": ["sample-source", {"generator": "payments"}],
                         "f": ["aggregate", {"groupBy": ["customer_id"], "aggregates": [
                               {"name": "total", "function": "sum", "expression": "amount"}, {"name": "n", "function": "count"}],
                               "window": "hopping", "size": "5m", "advance": "1m", "timeField": "ts", "grace": "10s"}]}})~";
    QTest::newRow("join flights with customers")
        << R"~({"nodes": {"src": ["sample-source", {"generator": "flight-events"}],
                         "cust": ["sample-source", {"generator": "customers"}],
                         "f": ["join", {"streamKey": "customer_id", "tableKey": "customer_id"}]},
               "edges": ["src:out->f:stream", "cust:out->f:table", "f:out->sink:in"]})~";
    QTest::newRow("llm prompt after mask")
        << R"~({"nodes": {"src": ["sample-source", {"generator": "customers"}],
                         "m": ["mask", {"fields": [{"field": "email", "method": "hash"}, {"field": "phone", "method": "partial"}]}],
                         "f": ["llm-prompt", {"userPrompt": "Greet {{name}} <{{ email }}> ({{phone}}) from {{country}}",
                                              "maxRetries": 5, "backoff": "2s", "temperature": 0.7}]},
               "edges": ["src:out->m:in", "m:out->f:in", "f:out->sink:in"]})~";
    QTest::newRow("llm classify")
        << R"~({"nodes": {"src": ["sample-source", {"generator": "chat-messages"}],
                         "f": ["llm-classify", {"input": "{{text}}", "labels": [{"label": "ok", "description": "fine"},
                                                                                  {"label": "toxic"}]}]}})~";
    QTest::newRow("embed non-sensitive text")
        << R"~({"nodes": {"src": ["sample-source", {"generator": "customers"}],
                         "f": ["embed", {"textField": "CONCAT(name, ' ', country)"}]}})~";
    QTest::newRow("sink key expression")
        << R"~({"nodes": {"sink": ["kafka-sink", {"topic": "alerts", "key": "device_id"}]}})~";
}

void tst_GraphValidator::cleanGraphs()
{
    QFETCH(QString, patch);
    const auto result = validateGraph(patched(base, patch.toStdString()));
    QVERIFY2(result.diagnostics.empty(), qPrintable(dump(result.diagnostics)));
}

void tst_GraphValidator::diagnostics_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<bool>("error");  // false = warning
    QTest::addColumn<int>("column");  // 0 = no span expected
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("total");   // all diagnostics of the graph

    auto row = [](const char *name, const char *patch, const char *code, const char *node, const char *parameter,
                  bool error = true, int column = 0, int length = 0, int total = 1) {
        QTest::newRow(name) << patch << code << node << parameter << error << column << length << total;
    };

    // Kinds and parameter values
    row("unknown kind", R"~({"nodes": {"f": ["filtre", {"condition": "x"}]}})~", "unknown-kind", "f", "");
    row("missing parameter", R"~({"nodes": {"f": ["filter", {}]}})~", "missing-parameter", "f", "condition");
    row("empty required text", R"~({"nodes": {"sink": ["kafka-sink", {"topic": ""}]}})~", "missing-parameter", "sink", "topic");
    row("blank expression", R"~({"nodes": {"f": ["filter", {"condition": "   "}]}})~", "missing-parameter", "f", "condition");
    row("string expected", R"~({"nodes": {"sink": ["kafka-sink", {"topic": 42}]}})~", "bad-parameter-type", "sink", "topic");
    row("integer expected", R"~({"nodes": {"src": ["sample-source", {"count": 1.5}]}})~", "bad-parameter-type", "src", "count");
    row("number expected", R"~({"nodes": {"src": ["sample-source", {"rate": "fast"}]}})~", "bad-parameter-type", "src", "rate");
    row("list expected", R"~({"nodes": {"f": ["project", {"fields": "a = b"}]}})~", "bad-parameter-type", "f", "fields");
    row("item must be object", R"~({"nodes": {"f": ["project", {"fields": ["device_id"]}]}})~", "bad-parameter-type", "f", "fields[0]");
    row("not in enum", R"~({"nodes": {"sink": ["kafka-sink", {"topic": "t", "format": "protobuf"}]}})~", "bad-enum-value", "sink", "format");
    row("item enum", R"~({"nodes": {"f": ["mask", {"fields": [{"field": "device_id", "method": "scramble"}]}]}})~",
        "bad-enum-value", "f", "fields[0].method");
    row("generator not in enum", R"~({"nodes": {"src": ["sample-source", {"generator": "weather"}]}})~",
        "bad-enum-value", "src", "generator");
    row("bad duration", R"~({"nodes": {"f": ["dedupe", {"key": "device_id", "window": "10 minutes"}]}})~", "bad-duration", "f", "window");
    row("bad ai duration", R"~({"nodes": {"f": ["llm-prompt", {"userPrompt": "{{device_id}}", "timeout": "soon"}]}})~",
        "bad-duration", "f", "timeout");
    row("below minimum", R"~({"nodes": {"src": ["sample-source", {"rate": -1}]}})~", "out-of-range", "src", "rate");
    row("above maximum", R"~({"nodes": {"f": ["llm-prompt", {"userPrompt": "{{device_id}}", "temperature": 2.5}]}})~",
        "out-of-range", "f", "temperature");
    row("unknown parameter", R"~({"nodes": {"f": ["filter", {"condition": "temperature > 1", "colour": "red"}]}})~",
        "unknown-parameter", "f", "colour", false);
    row("unknown item member", R"~({"nodes": {"f": ["project", {"fields": [{"name": "a", "expression": "device_id", "as": "x"}]}]}})~",
        "unknown-parameter", "f", "fields[0].as", false);
    row("too few items", R"~({"nodes": {"f": ["project", {"fields": []}]}})~", "too-few-items", "f", "fields");
    row("classify needs two labels", R"~({"nodes": {"f": ["llm-classify", {"input": "{{device_id}}", "labels": [{"label": "x"}]}]}})~",
        "too-few-items", "f", "labels");
    row("missing item member", R"~({"nodes": {"f": ["validate", {"constraints": [{"name": "a"}]}]},
                                   "edges": ["src:out->f:in", "f:valid->sink:in"]})~",
        "missing-parameter", "f", "constraints[0].condition");
    row("bad schema type", R"~({"nodes": {"src": ["kafka-source", {"topic": "t", "schema": [{"name": "a", "type": "float64"}]}],
                               "f": ["filter", {"condition": "TRUE"}]}})~",
        "bad-schema", "src", "schema[0].type");
    row("bad json schema", R"~({"nodes": {"f": ["llm-prompt", {"userPrompt": "{{device_id}}", "outputMode": "json", "jsonSchema": "{nope"}]}})~",
        "bad-value", "f", "jsonSchema");

    // Edges and structure
    row("edge from unknown node", R"~({"edges": ["src:out->f:in", "f:out->sink:in", "ghost:out->sink:in"]})~",
        "dangling-edge", "", "");
    row("edge from unknown port", R"~({"edges": ["src:out->f:in", "f:out->sink:in", "src:bogus->sink:in"]})~",
        "dangling-edge", "src", "");
    row("edge into unknown port", R"~({"nodes": {"f2": ["filter", {"condition": "TRUE"}]},
                                      "edges": ["src:out->f:in", "f:out->sink:in", "src:out->f2:in", "f2:out->sink:input"]})~",
        "dangling-edge", "sink", "");
    row("edge ends at output", R"~({"edges": ["src:out->f:in", "f:out->sink:in", "src:out->f:out"]})~",
        "incompatible-edge", "f", "");
    row("edge starts at input", R"~({"edges": ["src:out->f:in", "f:out->sink:in", "f:in->sink:in"]})~",
        "incompatible-edge", "f", "");
    row("edge into source", R"~({"nodes": {"src2": ["sample-source"]}, "edges": ["src:out->f:in", "f:out->sink:in", "f:out->src2:in"]})~",
        "incompatible-edge", "src2", "");
    row("two edges into one input", R"~({"nodes": {"src2": ["sample-source"]}, "edges": ["src:out->f:in", "src2:out->f:in", "f:out->sink:in"]})~",
        "too-many-edges", "f", "");
    row("cycle", R"~({"nodes": {"f": ["join", {"streamKey": "device_id", "tableKey": "device_id"}],
                               "f2": ["filter", {"condition": "temperature > 1"}]},
                     "edges": ["src:out->f:stream", "f2:out->f:table", "f:out->f2:in", "f:out->sink:in"]})~",
        "cycle", "f", "");
    row("unconnected input", R"~({"edges": ["src:out->sink:in", "f:out->sink:in"]})~", "unconnected-input", "f", "");
    row("unconnected join table", R"~({"nodes": {"f": ["join", {"streamKey": "device_id", "tableKey": "device_id"}]},
                                      "edges": ["src:out->f:stream", "f:out->sink:in"]})~",
        "unconnected-input", "f", "");
    row("sink unreachable", R"~({"nodes": {"f2": ["filter", {"condition": "x > 1"}], "sink2": ["kafka-sink", {"topic": "t"}]},
                                "edges": ["src:out->f:in", "f:out->sink:in", "f2:out->sink2:in"]})~",
        "unreachable", "sink2", "", false, 0, 0, 2);

    // Names
    row("duplicate route", R"~({"nodes": {"f": ["route", {"routes": [{"name": "hot", "condition": "temperature > 100"},
                                                                    {"name": "hot", "condition": "temperature < 0"}]}]},
                               "edges": ["src:out->f:in", "f:hot->sink:in"]})~",
        "duplicate-name", "f", "routes[1].name");
    row("route named else", R"~({"nodes": {"f": ["route", {"routes": [{"name": "hot", "condition": "temperature > 100"},
                                                                     {"name": "else", "condition": "temperature < 0"}]}]},
                                "edges": ["src:out->f:in", "f:hot->sink:in"]})~",
        "reserved-name", "f", "routes[1].name");
    row("duplicate project field", R"~({"nodes": {"f": ["project", {"fields": [{"name": "a", "expression": "device_id"},
                                                                              {"name": "a", "expression": "ts"}]}]}})~",
        "duplicate-name", "f", "fields[1].name");
    row("duplicate label", R"~({"nodes": {"f": ["llm-classify", {"input": "{{device_id}}", "labels": [{"label": "x"}, {"label": "x"}]}]}})~",
        "duplicate-name", "f", "labels[1].label");
    row("aggregate column clashes with group", R"~({"nodes": {"f": ["aggregate", {"groupBy": ["device_id"],
                                                   "aggregates": [{"name": "device_id", "function": "count"}]}]}})~",
        "duplicate-name", "f", "aggregates[0].name");

    // Expressions (spans are 1-based columns inside the parameter text)
    row("unknown field", R"~({"nodes": {"f": ["filter", {"condition": "temprature > 100"}]}})~",
        "unknown-field", "f", "condition", true, 1, 10);
    row("unknown field later", R"~({"nodes": {"f": ["filter", {"condition": "temperature > 1 AND devce = 'x'"}]}})~",
        "unknown-field", "f", "condition", true, 21, 5);
    row("unknown field in item", R"~({"nodes": {"f": ["route", {"routes": [{"name": "a", "condition": "temperature > 1"},
                                                                          {"name": "b", "condition": "temp < 0"}]}]},
                                     "edges": ["src:out->f:in", "f:a->sink:in"]})~",
        "unknown-field", "f", "routes[1].condition", true, 1, 4);
    row("unknown group-by field", R"~({"nodes": {"f": ["aggregate", {"groupBy": ["device_id", "site"],
                                                   "aggregates": [{"name": "n", "function": "count"}]}]}})~",
        "unknown-field", "f", "groupBy[1]", true, 1, 4);
    row("parse error", R"~({"nodes": {"f": ["filter", {"condition": "temperature > > 1"}]}})~",
        "parse-error", "f", "condition", true, 15, -1);
    row("not boolean", R"~({"nodes": {"f": ["filter", {"condition": "temperature + 1"}]}})~",
        "type-mismatch", "f", "condition", true, 1, 15);
    row("route condition not boolean", R"~({"nodes": {"f": ["route", {"routes": [{"name": "a", "condition": "device_id"}]}]},
                                           "edges": ["src:out->f:in", "f:a->sink:in"]})~",
        "type-mismatch", "f", "routes[0].condition", true, 1, 9);
    row("operand types", R"~({"nodes": {"f": ["filter", {"condition": "device_id > 5"}]}})~",
        "type-mismatch", "f", "condition", true, -1, -1);
    row("sum of text", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "s", "function": "sum", "expression": "device_id"}]}]}})~",
        "type-mismatch", "f", "aggregates[0].expression");
    row("avg needs expression", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "s", "function": "avg"}]}]}})~",
        "missing-parameter", "f", "aggregates[0].expression");
    row("hopping needs advance", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "n", "function": "count"}], "window": "hopping"}]}})~",
        "missing-parameter", "f", "advance");
    row("advance beyond size", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "n", "function": "count"}],
                                    "window": "hopping", "size": "1m", "advance": "2m"}]}})~",
        "out-of-range", "f", "advance");
    row("session needs gap", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "n", "function": "count"}], "window": "session"}]}})~",
        "missing-parameter", "f", "gap");
    row("time field missing", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "n", "function": "count"}], "timeField": "when"}]}})~",
        "unknown-field", "f", "timeField");
    row("time field not a time", R"~({"nodes": {"f": ["aggregate", {"aggregates": [{"name": "n", "function": "count"}], "timeField": "device_id"}]}})~",
        "type-mismatch", "f", "timeField");
    row("mask unknown field", R"~({"nodes": {"f": ["mask", {"fields": [{"field": "mail"}]}]}})~",
        "unknown-field", "f", "fields[0].field");
    row("join key over wrong side", R"~({"nodes": {"src": ["sample-source", {"generator": "flight-events"}],
                                                  "cust": ["sample-source", {"generator": "customers"}],
                                                  "f": ["join", {"streamKey": "flight_id", "tableKey": "flight_id"}]},
                                       "edges": ["src:out->f:stream", "cust:out->f:table", "f:out->sink:in"]})~",
        "unknown-field", "f", "tableKey", true, 1, 9);
    row("join key types differ", R"~({"nodes": {"src": ["sample-source", {"generator": "flight-events"}],
                                               "cust": ["sample-source", {"generator": "customers"}],
                                               "f": ["join", {"streamKey": "departure", "tableKey": "customer_id"}]},
                                    "edges": ["src:out->f:stream", "cust:out->f:table", "f:out->sink:in"]})~",
        "type-mismatch", "f", "tableKey");
    row("timestamp field not declared", R"~({"nodes": {"src": ["kafka-source", {"topic": "t", "timestampField": "time",
                                             "schema": [{"name": "temperature", "type": "double"}]}]}})~",
        "unknown-field", "src", "timestampField");

    // Templates
    row("unknown placeholder", R"~({"nodes": {"f": ["llm-prompt", {"userPrompt": "Temp {{temprature}} at {{device_id}}"}]}})~",
        "unknown-placeholder", "f", "userPrompt", true, 6, 14);
    row("unknown placeholder second line", R"~({"nodes": {"f": ["llm-prompt", {"userPrompt": "Device {{device_id}}\nSite: {{ site }}"}]}})~",
        "unknown-placeholder", "f", "userPrompt", true, 7, 10);
    row("classify input placeholder", R"~({"nodes": {"f": ["llm-classify", {"input": "{{body}}", "labels": [{"label": "a"}, {"label": "b"}]}]}})~",
        "unknown-placeholder", "f", "input", true, 1, 8);
    row("output overwrites field", R"~({"nodes": {"f": ["llm-prompt", {"userPrompt": "{{device_id}}", "outputField": "temperature"}]}})~",
        "field-overwritten", "f", "outputField", false);
}

void tst_GraphValidator::diagnostics()
{
    QFETCH(QString, patch);
    QFETCH(QString, code);
    QFETCH(QString, node);
    QFETCH(QString, parameter);
    QFETCH(bool, error);
    QFETCH(int, column);
    QFETCH(int, length);
    QFETCH(int, total);

    const auto result = validateGraph(patched(base, patch.toStdString()));
    const QString all = dump(result.diagnostics);
    QVERIFY2(int(result.diagnostics.size()) == total, qPrintable(all));
    std::vector<const Diagnostic *> matching;
    for (const auto &d : result.diagnostics)
        if (d.code == code.toStdString())
            matching.push_back(&d);
    QVERIFY2(matching.size() == 1, qPrintable(all));
    const Diagnostic &d = *matching.front();
    QCOMPARE(QString::fromStdString(d.nodeId), node);
    QCOMPARE(QString::fromStdString(d.parameter), parameter);
    QCOMPARE(d.severity, error ? Severity::Error : Severity::Warning);
    QVERIFY(!d.message.empty());
    if (column > 0) {
        QVERIFY2(d.span.valid(), qPrintable(all));
        QCOMPARE(d.span.line, parameter == "userPrompt" && patch.contains("\\n") ? 2 : 1);
        QCOMPARE(d.span.column, column);
        if (length >= 0)
            QCOMPARE(d.span.length, length);
    } else if (column < 0) {
        QVERIFY2(d.span.valid(), qPrintable(all));
    }
}

void tst_GraphValidator::piiGuard_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QStringList>("leaks"); // parameter:field

    const QString customers = R"~("src": ["sample-source", {"generator": "customers"}], "sink": ["kafka-sink", {"topic": "t"}])~";
    auto graph = [&](const QString &nodes, const QString &edges = R"~("src:out->f:in", "f:out->sink:in")~") {
        return "{\"nodes\": {" + customers + ", " + nodes + "}, \"edges\": [" + edges + "]}";
    };
    QTest::newRow("prompt uses email") << graph(R"~("f": ["llm-prompt", {"userPrompt": "Write to {{email}} about {{tier}}"}])~")
                                       << QStringList{"userPrompt:email"};
    QTest::newRow("classify uses phone and email")
        << graph(R"~("f": ["llm-classify", {"input": "{{phone}} {{email}} {{phone}}", "labels": [{"label": "a"}, {"label": "b"}]}])~")
        << QStringList{"input:phone", "input:email"};
    QTest::newRow("extract uses email") << graph(R"~("f": ["llm-extract", {"input": "{{ email }}", "fields": [{"name": "domain", "type": "string"}]}])~")
                                        << QStringList{"input:email"};
    QTest::newRow("embed expression uses phone") << graph(R"~("f": ["embed", {"textField": "CONCAT(name, ' ', phone)"}])~")
                                                 << QStringList{"textField:phone"};
    QTest::newRow("masked upstream is fine")
        << graph(R"~("m": ["mask", {"fields": [{"field": "email", "method": "redact"}]}],
                    "f": ["llm-prompt", {"userPrompt": "Write to {{email}}"}])~",
                 R"~("src:out->m:in", "m:out->f:in", "f:out->sink:in")~")
        << QStringList{};
    QTest::newRow("other field masked only")
        << graph(R"~("m": ["mask", {"fields": [{"field": "phone"}]}],
                    "f": ["llm-prompt", {"userPrompt": "{{phone}} {{email}}"}])~",
                 R"~("src:out->m:in", "m:out->f:in", "f:out->sink:in")~")
        << QStringList{"userPrompt:email"};
    QTest::newRow("sensitivity survives projection")
        << graph(R"~("p": ["project", {"fields": [{"name": "contact", "expression": "LOWER(email)"}]}],
                    "f": ["llm-prompt", {"userPrompt": "{{contact}}"}])~",
                 R"~("src:out->p:in", "p:out->f:in", "f:out->sink:in")~")
        << QStringList{"userPrompt:contact"};
    QTest::newRow("sensitivity survives join")
        << R"~({"nodes": {"ev": ["sample-source", {"generator": "flight-events"}], "src": ["sample-source", {"generator": "customers"}],
                         "j": ["join", {"streamKey": "customer_id", "tableKey": "customer_id"}],
                         "f": ["llm-prompt", {"userPrompt": "Rebook {{name}} ({{email}}) on {{flight_id}}"}],
                         "sink": ["kafka-sink", {"topic": "t"}]},
              "edges": ["ev:out->j:stream", "src:out->j:table", "j:out->f:in", "f:out->sink:in"]})~"
        << QStringList{"userPrompt:email"};
    QTest::newRow("declared nested sensitive")
        << R"~({"nodes": {"src": ["kafka-source", {"topic": "t", "schema": [{"name": "who", "type": "object",
                            "fields": [{"name": "ssn", "type": "string", "sensitive": true}, {"name": "city", "type": "string"}]}]}],
                         "f": ["llm-prompt", {"userPrompt": "{{who.city}} / {{who}}"}], "sink": ["kafka-sink", {"topic": "t"}]},
              "edges": ["src:out->f:in", "f:out->sink:in"]})~"
        << QStringList{"userPrompt:who"};
    QTest::newRow("system prompt is not a template")
        << graph(R"~("f": ["llm-prompt", {"systemPrompt": "Never reveal {{email}}", "userPrompt": "{{tier}}"}])~")
        << QStringList{};
}

void tst_GraphValidator::piiGuard()
{
    QFETCH(QString, patch);
    QFETCH(QStringList, leaks);
    const auto result = validateGraph(compactGraph(patch.toStdString()));
    QStringList got;
    for (const auto &d : result.diagnostics) {
        if (d.code != "pii-leak")
            continue;
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.nodeId, std::string("f"));
        QCOMPARE(d.args.size(), size_t(1));
        // The message names the field so the user knows what to mask.
        QVERIFY2(d.message.find("\"" + d.args[0] + "\"") != std::string::npos, d.message.c_str());
        QVERIFY(d.span.valid());
        got << QString::fromStdString(d.parameter + ":" + d.args[0]);
    }
    QCOMPARE(got, leaks);
    QVERIFY2(int(result.diagnostics.size()) == leaks.size(), qPrintable(dump(result.diagnostics)));
}

void tst_GraphValidator::cycleNamesNodes()
{
    const auto result = validateGraph(patched(base, R"~({"nodes": {
        "f": ["join", {"streamKey": "device_id", "tableKey": "device_id"}],
        "g": ["filter", {"condition": "temperature > 1"}], "h": ["dedupe", {"key": "device_id"}]},
        "edges": ["src:out->f:stream", "h:out->f:table", "f:out->g:in", "g:out->h:in", "f:out->sink:in"]})~"));
    QCOMPARE(result.diagnostics.size(), size_t(1));
    const Diagnostic &d = result.diagnostics.front();
    QCOMPARE(d.code, std::string("cycle"));
    QCOMPARE(d.args, (std::vector<std::string>{"f", "g", "h"}));
    QVERIFY(d.message.find("f -> g -> h -> f") != std::string::npos);
}

void tst_GraphValidator::edgeDiagnosticsCarryEdgeId()
{
    const auto result = validateGraph(patched(base, R"~({"edges": ["src:out->f:in", "f:out->sink:in", "ghost:out->sink:in"]})~"));
    QCOMPARE(result.diagnostics.size(), size_t(1));
    QCOMPARE(result.diagnostics[0].edgeId, std::string("ghost:out->sink:in"));
    QCOMPARE(formatDiagnostic(result.diagnostics[0]).substr(0, 24), std::string("edge ghost:out->sink:in:"));
}

void tst_GraphValidator::nodesWithUnknownKindDoNotCascade()
{
    // Downstream of an unknown kind the schema is open: no unknown-field noise.
    const auto result = validateGraph(patched(base, R"~({"nodes": {"x": ["mystery"], "g": ["filter", {"condition": "anything = 1"}]},
        "edges": ["src:out->f:in", "f:out->x:in", "x:out->g:in", "g:out->sink:in"]})~"));
    QCOMPARE(result.diagnostics.size(), size_t(1));
    QCOMPARE(result.diagnostics[0].code, std::string("unknown-kind"));
    QCOMPARE(result.diagnostics[0].args, std::vector<std::string>{"mystery"});
}

void tst_GraphValidator::emptyGraph()
{
    QVERIFY(validateGraph(Graph{}).diagnostics.empty());
}

// settings.processingGuarantee: exactly-once refuses kinds whose writes or state
// cannot commit with a Kafka transaction and warns for those that call outside
// services again on a replay; at-least-once (or nothing) accepts them all.
void tst_GraphValidator::processingGuarantee_data()
{
    QTest::addColumn<QString>("guarantee");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("expected"); // "severity code node" or empty
    const QString agg = R"~({"groupBy": ["device_id"], "aggregates": [{"name": "n", "function": "count"}]})~";
    const QString db = R"~({"connection": "local", "table": "readings"})~";
    const QString llm = R"~({"prompt": "Summarise {{device_id}}", "outputField": "summary"})~";
    const QString filter = R"~({"condition": "temperature > 100"})~";
    const QString dedupe = R"~({"key": "device_id"})~";
    QTest::newRow("exactly-once, filter") << "exactly-once" << "filter" << filter << "";
    QTest::newRow("exactly-once, aggregate") << "exactly-once" << "aggregate" << agg << "error not-transactional x";
    QTest::newRow("exactly-once, dedupe") << "exactly-once" << "dedupe" << dedupe << "error not-transactional x";
    QTest::newRow("exactly-once, database sink") << "exactly-once" << "database-sink" << db << "error not-transactional x";
    QTest::newRow("exactly-once, llm") << "exactly-once" << "llm-prompt" << llm << "warning repeats-after-crash x";
    QTest::newRow("at-least-once, aggregate") << "at-least-once" << "aggregate" << agg << "";
    QTest::newRow("at-least-once, database sink") << "at-least-once" << "database-sink" << db << "";
    QTest::newRow("unknown guarantee") << "exactly-twice" << "filter" << filter << "error bad-enum-value ";
}

void tst_GraphValidator::processingGuarantee()
{
    QFETCH(QString, guarantee);
    QFETCH(QString, kind);
    QFETCH(QString, parameters);
    QFETCH(QString, expected);
    Graph graph = compactGraph(nlohmann::json{
        {"nodes", {{"src", {"sample-source", {{"generator", "iot-temperature"}}}},
                   {"x", {kind.toStdString(), nlohmann::json::parse(parameters.toStdString())}}}},
        {"edges", {"src:out->x:in"}}});
    graph.settings["processingGuarantee"] = guarantee.toStdString();
    const Diagnostics diagnostics = validateGraph(graph).diagnostics;
    QStringList found;
    for (const auto &d : diagnostics)
        if (d.code == "not-transactional" || d.code == "repeats-after-crash" || d.code == "bad-enum-value")
            found << QString::fromStdString(std::string(severityName(d.severity)) + " " + d.code + " " + d.nodeId);
    QCOMPARE(found.join("; "), expected.trimmed().isEmpty() ? QString() : expected);
    if (expected.contains("bad-enum-value")) {
        QCOMPARE(diagnostics.front().parameter, std::string("settings.processingGuarantee"));
        QVERIFY(diagnostics.front().message.find("exactly-twice") != std::string::npos);
    }
    if (expected.contains("not-transactional")) // the message says why, for the user
        QVERIFY2(formatDiagnostic(diagnostics.front()).find("transaction") != std::string::npos,
                 formatDiagnostic(diagnostics.front()).c_str());
}

QTEST_APPLESS_MAIN(tst_GraphValidator)
#include "tst_graphvalidator.moc"
