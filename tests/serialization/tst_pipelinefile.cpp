// The *.pipeline.json reader and writer: canonical output, byte-identical round
// trips, unknown fields kept, malformed files reported at line:column, no secrets,
// format versions, atomic saves.

#include "pipeline/serialization/formatmigrations.h"
#include "pipeline/serialization/jsonsourcemap.h"
#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <csignal>
#include <sys/resource.h>

using namespace pipeline;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeFile(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// A minimal valid document with `body` spliced in after the version line.
std::string document(const std::string &body)
{
    return "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": 1" + (body.empty() ? std::string() : ",\n" + body)
           + "\n}\n";
}

Graph sampleGraph()
{
    Graph g;
    g.name = "sample";
    g.description = "two nodes, one edge";
    g.settings = {{"deadLetterTopic", "dlq"}};
    Node a;
    a.id = "src";
    a.kind = "kafka-source";
    a.label = "Readings";
    a.position = {10.4, -20.6};
    a.parameters = {{"topic", "readings"}, {"schema", nlohmann::json::array({{{"name", "t"}, {"type", "double"}}})}};
    Node b;
    b.id = "keep";
    b.kind = "filter";
    b.label = "Hot";
    b.position = {280, 0};
    b.parameters = {{"condition", "t > 30.5"}};
    g.putNode(a);
    g.putNode(b);
    Edge e;
    e.from = {"src", "out"};
    e.to = {"keep", "in"};
    e.id = Graph::edgeIdFor(e.from, e.to);
    g.putEdge(e);
    return g;
}

// Random graphs exercise what hand-written examples do not: odd ids, unicode,
// escapes, nested parameter values, fractional positions, unknown fields.
class GraphGenerator {
public:
    explicit GraphGenerator(unsigned seed) : m_random(seed) {}

    Graph graph()
    {
        Graph g;
        g.name = text();
        g.description = text();
        if (chance(2))
            g.settings = {{"consumerGroup", text()}, {"deadLetterTopic", text()}};
        if (chance(3))
            g.extra["layoutHints"] = value(2);
        const int nodeCount = int(m_random() % 12);
        std::vector<std::string> ids;
        for (int i = 0; i < nodeCount; ++i) {
            Node n;
            n.id = text() + "-" + std::to_string(i);
            n.kind = pick({"filter", "project", "route", "kafka-source", "kafka-sink", "llm-prompt", "x-future-kind"});
            n.label = text();
            n.position = {real(-5000, 5000), real(-5000, 5000)};
            const int params = int(m_random() % 5);
            for (int p = 0; p < params; ++p)
                n.parameters[pick({"condition", "topic", "fields", "rate", "routes", "maxTokens", "apiKeyRef"})] =
                    p == 0 && n.parameters.empty() ? nlohmann::json("env:KEY_" + std::to_string(p)) : value(3);
            if (n.parameters.contains("apiKeyRef"))
                n.parameters["apiKeyRef"] = "keychain:Pipewright OpenAI";
            if (chance(4))
                n.extra["color"] = text();
            ids.push_back(n.id);
            g.putNode(std::move(n));
        }
        for (std::size_t i = 1; i < ids.size(); ++i) {
            Edge e;
            e.from = {ids[m_random() % i], pick({"out", "valid", "else"})};
            e.to = {ids[i], pick({"in", "stream", "table"})};
            e.id = Graph::edgeIdFor(e.from, e.to);
            if (chance(4))
                e.extra["note"] = text();
            g.putEdge(std::move(e));
        }
        return g;
    }

private:
    bool chance(unsigned oneIn) { return m_random() % oneIn == 0; }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_random); }
    std::string pick(std::initializer_list<const char *> options)
    {
        auto it = options.begin();
        std::advance(it, m_random() % options.size());
        return *it;
    }
    std::string text()
    {
        static const char *const pieces[] = {"a", "Z", "9", " ", "\"", "\\", "/", "~", "\n", "\t", "é", "温度", "🚀", "{", "]", ",", "\u0001"};
        std::string out;
        const int n = int(m_random() % 8);
        for (int i = 0; i < n; ++i)
            out += pieces[m_random() % std::size(pieces)];
        return out;
    }
    nlohmann::json value(int depth)
    {
        switch (m_random() % (depth > 0 ? 8 : 6)) {
        case 0: return nullptr;
        case 1: return chance(2);
        case 2: return std::int64_t(m_random()) - std::int64_t(1u << 31);
        case 3: return real(-1e6, 1e6);
        case 4: return std::ldexp(real(1, 2), int(m_random() % 200) - 100); // tiny and huge doubles
        case 5: return text();
        case 6: {
            nlohmann::json a = nlohmann::json::array();
            for (int i = int(m_random() % 4); i > 0; --i)
                a.push_back(value(depth - 1));
            return a;
        }
        default: {
            nlohmann::json o = nlohmann::json::object();
            for (int i = int(m_random() % 4); i > 0; --i)
                o[pick({"name", "expression", "condition", "keep", "method", "nested"})] = value(depth - 1);
            return o;
        }
        }
    }

    std::mt19937 m_random;
};

Graph withRoundedPositions(Graph g)
{
    std::vector<Node> nodes;
    for (const auto &[id, n] : g.nodes())
        nodes.push_back(n);
    for (auto &n : nodes) {
        n.position = {double(std::llround(n.position.x)), double(std::llround(n.position.y))};
        g.putNode(n);
    }
    return g;
}

} // namespace

class tst_PipelineFile : public QObject {
    Q_OBJECT

private slots:
    void writerIsCanonical()
    {
        const std::string text = writePipelineText(sampleGraph());
        const std::string expected = R"({
  "description": "two nodes, one edge",
  "edges": [
    {
      "from": {
        "node": "src",
        "port": "out"
      },
      "id": "src:out->keep:in",
      "to": {
        "node": "keep",
        "port": "in"
      }
    }
  ],
  "format": "pipewright-pipeline",
  "name": "sample",
  "nodes": [
    {
      "id": "keep",
      "kind": "filter",
      "label": "Hot",
      "parameters": {
        "condition": "t > 30.5"
      },
      "position": {
        "x": 280,
        "y": 0
      }
    },
    {
      "id": "src",
      "kind": "kafka-source",
      "label": "Readings",
      "parameters": {
        "schema": [
          {
            "name": "t",
            "type": "double"
          }
        ],
        "topic": "readings"
      },
      "position": {
        "x": 10,
        "y": -21
      }
    }
  ],
  "settings": {
    "deadLetterTopic": "dlq"
  },
  "version": 1
}
)";
        QCOMPARE(QString::fromStdString(text), QString::fromStdString(expected));
    }

    void readBackGivesTheGraph()
    {
        const Graph original = sampleGraph();
        const LoadResult loaded = readPipelineText(writePipelineText(original), "sample.pipeline.json");
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        QVERIFY(*loaded.graph == withRoundedPositions(original));
    }

    void generatedGraphsRoundTrip_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 60; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void generatedGraphsRoundTrip()
    {
        QFETCH(unsigned, seed);
        const Graph original = GraphGenerator(seed).graph();
        const std::string first = writePipelineText(original);
        const LoadResult loaded = readPipelineText(first, "generated.pipeline.json");
        QVERIFY2(loaded.ok(), (loaded.errorText() + first).c_str());
        QVERIFY(*loaded.graph == withRoundedPositions(original));
        QCOMPARE(writePipelineText(*loaded.graph), first);
    }

    void examplesAreCanonical_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const auto &entry : fs::directory_iterator(PIPEWRIGHT_SOURCE_DIR "/resources/examples")) {
            if (entry.path().string().ends_with(".pipeline.json")) {
                QTest::newRow(entry.path().filename().c_str()) << QString::fromStdString(entry.path().string());
                ++count;
            }
        }
        QVERIFY(count >= 6);
    }
    void examplesAreCanonical()
    {
        QFETCH(QString, path);
        const std::string text = readFile(path.toStdString());
        const LoadResult loaded = readPipelineText(text, path.toStdString());
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        QVERIFY(!loaded.graph->nodes().empty());
        QCOMPARE(writePipelineText(*loaded.graph), text);
    }

    void unknownFieldsArePreserved()
    {
        const std::string text = document(R"(  "futureTopLevel": {"b": [1, 2.5, "x"], "a": null},
  "nodes": [{"id": "n", "kind": "filter", "parameters": {"condition": "x > 1", "futureParam": true},
             "collapsed": true, "position": {"x": 0, "y": 0}}],
  "edges": [{"id": "e", "from": {"node": "n", "port": "out"}, "to": {"node": "m", "port": "in"}, "style": "dashed"}])");
        const LoadResult loaded = readPipelineText(text, "future.pipeline.json");
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        const Graph &g = *loaded.graph;
        QCOMPARE(g.extra.at("futureTopLevel").at("b").size(), std::size_t(3));
        QVERIFY(g.extra.at("futureTopLevel").contains("a"));
        QCOMPARE(g.node("n")->extra.at("collapsed"), nlohmann::json(true));
        QCOMPARE(g.node("n")->parameters.at("futureParam"), nlohmann::json(true));
        QCOMPARE(g.edge("e")->extra.at("style"), nlohmann::json("dashed"));
        // Known keys never end up in extra.
        QVERIFY(!g.extra.contains("nodes") && !g.extra.contains("version"));
        QVERIFY(!g.node("n")->extra.contains("id"));

        const std::string saved = writePipelineText(g);
        const LoadResult again = readPipelineText(saved, "saved.pipeline.json");
        QVERIFY2(again.ok(), again.errorText().c_str());
        QVERIFY(*again.graph == g);
        QVERIFY(saved.find("\"futureTopLevel\"") != std::string::npos);
        QVERIFY(saved.find("\"collapsed\": true") != std::string::npos);
        QVERIFY(saved.find("\"style\": \"dashed\"") != std::string::npos);
    }

    void handWrittenFilesNormalise()
    {
        // Any order, any spacing, fractional positions, missing optional members.
        const std::string text = R"({"version":1,"nodes":[{"kind":"filter","id":"b","position":{"y":1.5,"x":-0.4}},
            {"id":"a","kind":"kafka-source","label":"In","parameters":{"topic":"t"}}],"format":"pipewright-pipeline"})";
        const LoadResult loaded = readPipelineText(text, "hand.pipeline.json");
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        const std::string canonical = writePipelineText(*loaded.graph);
        QVERIFY(canonical.find("\"x\": 0,\n") != std::string::npos);
        QVERIFY(canonical.find("\"y\": 2\n") != std::string::npos);
        QVERIFY(canonical.find("\"id\": \"a\"") < canonical.find("\"id\": \"b\""));
        QCOMPARE(writePipelineText(*readPipelineText(canonical, "x").graph), canonical);
        QVERIFY(canonical.ends_with("}\n"));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("location"); // "line:column"
        QTest::addColumn<QString>("message");  // substring of the first error

        QTest::newRow("empty file") << "" << "1:1" << "unexpected end of file";
        QTest::newRow("truncated") << "{\n  \"format\": \"pipewright-pipeline\",\n  \"nodes\": [\n    {\"id\": \"a\""
                                   << "4:15" << "unexpected end of file";
        QTest::newRow("trailing comma in object")
            << "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": 1,\n}" << "3:15" << "trailing comma before '}'";
        QTest::newRow("trailing comma in array")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"id\": \"a\", \"kind\": \"filter\"},\n  ]"))
            << "5:34" << "trailing comma before ']'";
        QTest::newRow("missing colon") << "{\n  \"format\" \"x\"\n}" << "2:12" << "expected ':'";
        QTest::newRow("garbage after document") << "{}\n}" << "2:1" << "expected end of input";
        QTest::newRow("invalid utf-8") << "{\"name\": \"\xff\"}" << "1:11" << "UTF-8";
        QTest::newRow("not an object") << "[1, 2]" << "1:1" << "must hold a JSON object, not an array";
        QTest::newRow("missing format") << "{\n  \"version\": 1\n}" << "1:1" << "missing \"format\"";
        QTest::newRow("wrong format") << "{\n  \"format\": \"other\",\n  \"version\": 1\n}" << "2:13" << "\"format\" must be";
        QTest::newRow("missing version") << "{\n  \"format\": \"pipewright-pipeline\"\n}" << "1:1" << "missing \"version\"";
        QTest::newRow("version not integer")
            << "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": \"1\"\n}" << "3:14" << "must be an integer";
        QTest::newRow("version too new")
            << "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": 7\n}" << "3:14"
            << "file format version 7 is newer than this build of Pipewright supports (version 1)";
        QTest::newRow("version zero") << "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": 0\n}" << "3:14"
                                      << "invalid file format version 0";
        QTest::newRow("nodes is an object") << QString::fromStdString(document("  \"nodes\": {\"a\": {}}")) << "4:12"
                                            << "\"nodes\" must be an array of node objects, not an object";
        QTest::newRow("edges is a string") << QString::fromStdString(document("  \"edges\": \"a->b\"")) << "4:12"
                                           << "\"edges\" must be an array";
        QTest::newRow("node is a number") << QString::fromStdString(document("  \"nodes\": [\n    42\n  ]")) << "5:5"
                                          << "node #1 must be an object, not an integer";
        QTest::newRow("node without id")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"kind\": \"filter\"}\n  ]")) << "5:5"
            << "node #1 has no \"id\"";
        QTest::newRow("node with empty id")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"id\": \"\", \"kind\": \"filter\"}\n  ]")) << "5:12"
            << "\"id\" of node #1 must not be empty";
        QTest::newRow("node id is a number")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"id\": 7, \"kind\": \"filter\"}\n  ]")) << "5:12"
            << "\"id\" of node #1 must be a string, not an integer";
        QTest::newRow("node without kind")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"id\": \"a\"}\n  ]")) << "5:5"
            << "node \"a\" has no \"kind\"";
        QTest::newRow("duplicate node ids")
            << QString::fromStdString(
                   document("  \"nodes\": [\n    {\"id\": \"a\", \"kind\": \"filter\"},\n    {\"id\": \"a\", \"kind\": \"project\"}\n  ]"))
            << "6:12" << "duplicate node id \"a\" (first used at line 5, column 12)";
        QTest::newRow("parameters not an object")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"id\": \"a\", \"kind\": \"filter\", \"parameters\": []}\n  ]"))
            << "5:49" << "\"parameters\" of node \"a\" must be an object";
        QTest::newRow("position not numeric")
            << QString::fromStdString(
                   document("  \"nodes\": [\n    {\"id\": \"a\", \"kind\": \"filter\", \"position\": {\"x\": \"1\", \"y\": 0}}\n  ]"))
            << "5:53" << "\"x\" of the position of node \"a\" must be a number";
        QTest::newRow("position unknown field")
            << QString::fromStdString(
                   document("  \"nodes\": [\n    {\"id\": \"a\", \"kind\": \"filter\", \"position\": {\"x\": 1, \"z\": 0}}\n  ]"))
            << "5:56" << "unknown field \"z\" in position";
        QTest::newRow("edge without from")
            << QString::fromStdString(document("  \"edges\": [\n    {\"id\": \"e\", \"to\": {\"node\": \"b\", \"port\": \"in\"}}\n  ]"))
            << "5:5" << "edge \"e\" has no \"from\"";
        QTest::newRow("edge end without port")
            << QString::fromStdString(document(
                   "  \"edges\": [\n    {\"id\": \"e\", \"from\": {\"node\": \"a\"}, \"to\": {\"node\": \"b\", \"port\": \"in\"}}\n  ]"))
            << "5:25" << "\"from\" of edge \"e\" has no \"port\"";
        QTest::newRow("edge end is a string")
            << QString::fromStdString(document(
                   "  \"edges\": [\n    {\"id\": \"e\", \"from\": \"a:out\", \"to\": {\"node\": \"b\", \"port\": \"in\"}}\n  ]"))
            << "5:25" << "\"from\" of edge \"e\" must be an object";
        QTest::newRow("edge end unknown field")
            << QString::fromStdString(document("  \"edges\": [\n    {\"id\": \"e\", \"from\": {\"node\": \"a\", \"port\": \"out\", "
                                               "\"pin\": 1}, \"to\": {\"node\": \"b\", \"port\": \"in\"}}\n  ]"))
            << "5:54" << "unknown field \"pin\"";
        QTest::newRow("duplicate edge ids")
            << QString::fromStdString(
                   document("  \"edges\": [\n    {\"id\": \"e\", \"from\": {\"node\": \"a\", \"port\": \"out\"}, \"to\": {\"node\": "
                            "\"b\", \"port\": \"in\"}},\n    {\"id\": \"e\", \"from\": {\"node\": \"a\", \"port\": \"out\"}, \"to\": "
                            "{\"node\": \"c\", \"port\": \"in\"}}\n  ]"))
            << "6:12" << "duplicate edge id \"e\"";
        QTest::newRow("duplicate key") << QString::fromStdString(document("  \"name\": \"a\",\n  \"name\": \"b\"")) << "5:3"
                                       << "duplicate key \"name\" (first at line 4, column 3)";
        QTest::newRow("literal api key")
            << QString::fromStdString(document("  \"nodes\": [\n    {\"id\": \"llm\", \"kind\": \"llm-prompt\",\n     "
                                               "\"parameters\": {\"apiKey\": \"sk-live-123\"}}\n  ]"))
            << "6:31" << "\"apiKey\" holds a literal secret";
        QTest::newRow("literal password in settings")
            << QString::fromStdString(
                   document("  \"settings\": {\"kafka\": {\"sasl.password\": \"hunter2\", \"sasl.username\": \"me\"}}"))
            << "4:43" << "\"sasl.password\" holds a literal secret";
        QTest::newRow("literal token number")
            << QString::fromStdString(document("  \"extraStuff\": {\"token\": 12345}")) << "4:27"
            << "\"token\" holds a literal secret";
        QTest::newRow("number out of range") << QString::fromStdString(document("  \"settings\": {\"rate\": 1e400}")) << "4:24"
                                             << "number out of range";
        QTest::newRow("nesting too deep")
            << QString::fromStdString(document("  \"x\": " + std::string(300, '[') + std::string(300, ']')))
            << "4:136" << "nesting deeper than";
    }
    void malformedFiles()
    {
        QFETCH(QString, text);
        QFETCH(QString, location);
        QFETCH(QString, message);
        const std::string utf8 = text.toStdString();
        // Keep raw bytes for the invalid UTF-8 row (QString would replace them).
        const std::string input = QTest::currentDataTag() == QLatin1String("invalid utf-8") ? std::string("{\"name\": \"\xff\"}") : utf8;
        const LoadResult loaded = readPipelineText(input, "bad.pipeline.json");
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.errors.empty());
        const Diagnostic &first = loaded.errors.front();
        QCOMPARE(first.severity, Severity::Error);
        QVERIFY2(first.message.find(message.toStdString()) != std::string::npos, first.message.c_str());
        QCOMPARE(QStringLiteral("%1:%2").arg(first.span.line).arg(first.span.column), location);
        const std::string formatted = loaded.errorText();
        QVERIFY2(formatted.rfind("bad.pipeline.json:" + location.toStdString() + ": error: ", 0) == 0, formatted.c_str());
    }

    void allStructuralErrorsAreReported()
    {
        const std::string text = document("  \"nodes\": [\n    {\"kind\": \"filter\"},\n    {\"id\": \"b\"}\n  ],\n"
                                          "  \"edges\": [\n    {\"id\": \"e\"}\n  ]");
        const LoadResult loaded = readPipelineText(text, "many.pipeline.json");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors.size(), std::size_t(4)); // node id, node kind, edge from, edge to
        for (std::size_t i = 1; i < loaded.errors.size(); ++i)
            QVERIFY(loaded.errors[i - 1].span.offset <= loaded.errors[i].span.offset);
    }

    void secretReferences_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("env") << "env:OPENAI_API_KEY" << true;
        QTest::newRow("keychain") << "keychain:Pipewright OpenAI" << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("literal") << "sk-abc123" << false;
        QTest::newRow("shell syntax") << "${OPENAI_API_KEY}" << false;
        QTest::newRow("env without name") << "env:" << false;
        QTest::newRow("env with space") << "env:MY KEY" << false;
    }
    void secretReferences()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        nlohmann::json v = value.toStdString();
        const std::string text = document("  \"nodes\": [{\"id\": \"l\", \"kind\": \"llm-prompt\", \"parameters\": {\"apiKeyRef\": "
                                          + v.dump() + ", \"maxTokens\": 512, \"tokenizer\": \"cl100k\"}}]");
        const LoadResult loaded = readPipelineText(text, "s.pipeline.json");
        QCOMPARE(loaded.ok(), accepted);
        if (!accepted)
            QCOMPARE(loaded.errors.front().code, std::string("file-secret"));
    }

    void secretLikeKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("apiKey") << "apiKey" << true;
        QTest::newRow("api_key") << "api_key" << true;
        QTest::newRow("password") << "password" << true;
        QTest::newRow("sasl.password") << "sasl.password" << true;
        QTest::newRow("clientSecret") << "clientSecret" << true;
        QTest::newRow("token") << "token" << true;
        QTest::newRow("accessToken") << "accessToken" << true;
        QTest::newRow("apiKeyRef") << "apiKeyRef" << true;
        QTest::newRow("passwordReference") << "passwordReference" << true;
        QTest::newRow("maxTokens") << "maxTokens" << false;
        QTest::newRow("tokenizer") << "tokenizer" << false;
        QTest::newRow("topic") << "topic" << false;
        QTest::newRow("sensitive") << "sensitive" << false;
    }
    void secretLikeKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(isSecretLikeKey(key.toStdString()), secret);
    }

    void migrationsUpgradeOlderVersions()
    {
        // A hypothetical format 2 renamed "label" to "title"; a version-1 file must still open.
        FormatMigrations migrations;
        migrations.setCurrentVersion(2);
        migrations.add(1, [](nlohmann::json &doc) -> std::optional<std::string> {
            for (auto &n : doc["nodes"]) {
                n["title"] = n.value("label", "");
                n.erase("label");
            }
            return std::nullopt;
        });
        const std::string v1 = document("  \"nodes\": [{\"id\": \"a\", \"kind\": \"filter\", \"label\": \"Old\"}]");
        const LoadResult loaded = readPipelineText(v1, "old.pipeline.json", migrations);
        QVERIFY2(loaded.ok(), loaded.errorText().c_str());
        QCOMPARE(loaded.graph->node("a")->extra.at("title"), nlohmann::json("Old"));

        FormatMigrations broken;
        broken.setCurrentVersion(3);
        broken.add(1, [](nlohmann::json &) -> std::optional<std::string> { return std::nullopt; });
        const LoadResult gap = readPipelineText(v1, "old.pipeline.json", broken);
        QVERIFY(!gap.ok());
        QVERIFY(gap.errors.front().message.find("no migration from file format version 2 to 3") != std::string::npos);

        FormatMigrations failing;
        failing.setCurrentVersion(2);
        failing.add(1, [](nlohmann::json &) -> std::optional<std::string> { return "cannot convert routes"; });
        const LoadResult failed = readPipelineText(v1, "old.pipeline.json", failing);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errors.front().span.line, 3);
        QVERIFY(failed.errors.front().message.find("cannot convert routes") != std::string::npos);
    }

    void lineColumnCountsCharacters()
    {
        const std::string text = "{\"名前\": 1,\n\"é\": x}";
        QCOMPARE(JsonSourceMap::spanAt(text, text.find('1')).column, 8);
        QCOMPARE(JsonSourceMap::spanAt(text, text.find('x')).line, 2);
        QCOMPARE(JsonSourceMap::spanAt(text, text.find('x')).column, 6);
    }

    void atomicWriteReplacesFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("p.pipeline.json").toStdString();
        writeFile(path, "old contents");
        const WriteResult result = writePipelineFileAtomically(path, sampleGraph());
        QVERIFY2(result.ok, result.error.c_str());
        QCOMPARE(readFile(path), writePipelineText(sampleGraph()));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path().toStdString()), fs::directory_iterator{}), 1L);
    }

    void atomicWriteFailureKeepsOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("p.pipeline.json").toStdString();
        const std::string old = writePipelineText(sampleGraph());
        writeFile(path, old);

        // Simulate a full disk: writes beyond 64 bytes fail with EFBIG, even for root
        // (where a read-only directory would not stop the write).
        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = saved;
        tiny.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        Graph bigger = sampleGraph();
        bigger.description = std::string(1000, 'x');
        const WriteResult result = writePipelineFileAtomically(path, bigger);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!result.ok);
        QVERIFY2(result.error.find("cannot write") != std::string::npos, result.error.c_str());
        QCOMPARE(readFile(path), old);
        // No temporary file left behind.
        QCOMPARE(std::distance(fs::directory_iterator(dir.path().toStdString()), fs::directory_iterator{}), 1L);
    }

    void atomicWriteToMissingDirectoryFails()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("no/such/dir/p.pipeline.json").toStdString();
        const WriteResult result = writePipelineFileAtomically(path, sampleGraph());
        QVERIFY(!result.ok);
        QVERIFY2(result.error.find("No such file or directory") != std::string::npos, result.error.c_str());
    }

    void readFileReportsUnreadable()
    {
        const LoadResult missing = readPipelineFile("/nonexistent/x.pipeline.json");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errors.front().code, std::string("file-unreadable"));
        QCOMPARE(missing.errorText(), std::string("/nonexistent/x.pipeline.json: error: cannot open: No such file or directory\n"));
        QTemporaryDir dir;
        const LoadResult directory = readPipelineFile(dir.path().toStdString());
        QVERIFY(!directory.ok());
        QVERIFY(directory.errors.front().message.find("is a directory") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(tst_PipelineFile)
#include "tst_pipelinefile.moc"
