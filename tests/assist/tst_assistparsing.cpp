// The assistant's offline parts: JSON extraction from chat replies, the
// pipeline JSON schema and prompt derived from the catalog, answer parsing and
// normalisation, graph diffs and schema inference from sampled records.

#include "assisttesting.h"

#include "pipeline/assist/answerparser.h"
#include "pipeline/assist/graphdiff.h"
#include "pipeline/assist/jsonextraction.h"
#include "pipeline/assist/kindranker.h"
#include "pipeline/assist/pipelinejsonschema.h"
#include "pipeline/assist/promptbuilder.h"
#include "pipeline/assist/tokenestimator.h"
#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/catalog.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/expr/expression.h"

#include <QtTest>

using namespace pipeline;
using namespace pipeline::assist;
using namespace assisttest;

class TestAssistParsing : public QObject {
    Q_OBJECT

private slots:
    void extraction_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("expectedName"); // empty = no object expected
        QTest::addColumn<bool>("truncated");

        const QString object = QStringLiteral(R"({"name": "p", "nodes": [{"id": "a", "parameters": {"condition": "x = '}'"}}]})");
        QTest::newRow("bare object") << object << "p" << false;
        QTest::newRow("whitespace around") << "\n  " + object + "\n" << "p" << false;
        QTest::newRow("json fence with prose")
            << "Here is the pipeline you asked for:\n\n```json\n" + object + "\n```\n\nIt reads the topic and ..."
            << "p" << false;
        QTest::newRow("bare fence") << "```\n" + object + "\n```" << "p" << false;
        QTest::newRow("prose then object then prose")
            << "Sure! " + object + " Let me know if you want changes {like more nodes}." << "p" << false;
        QTest::newRow("brace in prose before the object")
            << QStringLiteral("Use {braces} carefully: {\"name\": \"q\", \"nodes\": []}") << "q" << false;
        QTest::newRow("broken fence then good object")
            << "```json\n{\"name\": \"bad\",}\n```\nCorrected: {\"name\": \"good\", \"nodes\": []}" << "good" << false;
        QTest::newRow("unicode") << QStringLiteral("好的：```json\n{\"name\": \"温度\", \"nodes\": []}\n```") << "温度" << false;
        QTest::newRow("cut off") << QStringLiteral("```json\n{\"name\": \"p\", \"nodes\": [{\"id\": \"a\", \"kind\": \"filter\", \"parameters\": {\"condi") << "" << true;
        QTest::newRow("no json") << QStringLiteral("I cannot help with that.") << "" << false;
        QTest::newRow("array only") << QStringLiteral("[1, 2, 3]") << "" << false;
    }

    void extraction()
    {
        QFETCH(QString, reply);
        QFETCH(QString, expectedName);
        QFETCH(bool, truncated);
        const ExtractedJson extracted = extractJsonObject(reply.toStdString());
        if (expectedName.isEmpty()) {
            QVERIFY(!extracted.ok());
            QVERIFY(!extracted.error.empty());
            QCOMPARE(extracted.truncated, truncated);
        } else {
            QVERIFY2(extracted.ok(), extracted.error.c_str());
            QCOMPARE(QString::fromStdString(extracted.value->at("name").get<std::string>()), expectedName);
        }
    }

    void schemaCoversCatalog()
    {
        const json schema = pipelineJsonSchema();
        const json &kinds = schema["properties"]["nodes"]["items"]["anyOf"];
        QCOMPARE(kinds.size(), Catalog::builtin().types().size());
        for (const auto &type : Catalog::builtin().types()) {
            const json *branch = nullptr;
            for (const auto &k : kinds)
                if (k["properties"]["kind"]["const"] == type.kind)
                    branch = &k;
            QVERIFY2(branch, type.kind.c_str());
            const json &parameters = (*branch)["properties"]["parameters"]["properties"];
            QCOMPARE(parameters.size(), type.parameters.size());
            for (const auto &p : type.parameters)
                QVERIFY2(parameters.contains(p.key), (type.kind + "." + p.key).c_str());
        }
        // Types follow the descriptors.
        auto parameterSchema = [&](const std::string &kind, const std::string &key) {
            return parameterJsonSchema(*Catalog::builtin().find(kind)->parameter(key));
        };
        QCOMPARE(parameterSchema("sample-source", "count")["type"], "integer");
        QCOMPARE(parameterSchema("sample-source", "rate")["type"], "number");
        QCOMPARE(parameterSchema("kafka-source", "format")["enum"], json({"json", "string", "avro"}));
        const json routes = parameterSchema("route", "routes");
        QCOMPARE(routes["type"], "array");
        QCOMPARE(routes["minItems"], 1);
        QCOMPARE(routes["items"]["required"], json({"name", "condition"}));
        QCOMPARE(parameterSchema("kafka-source", "schema")["items"]["properties"]["type"]["enum"].size(), size_t(7));
        QCOMPARE(parameterSchema("llm-prompt", "temperature")["maximum"], 2.0);
    }

    void systemPromptIsDerivedFromCatalog()
    {
        PromptBuilder builder; // no selection: every kind described
        const std::string prompt = builder.designSystemPrompt();
        for (const auto &type : Catalog::builtin().types()) {
            QVERIFY2(prompt.find("## " + type.kind + " (") != std::string::npos, type.kind.c_str());
            QVERIFY(prompt.find(type.description) != std::string::npos);
            for (const auto &p : type.parameters)
                QVERIFY2(prompt.find("- " + p.key + ": ") != std::string::npos, (type.kind + "." + p.key).c_str());
        }
        QVERIFY(prompt.find(std::string(expr::languageSummary())) != std::string::npos);
        // The schema travels as response_format only, not inside the prompt.
        QVERIFY(prompt.find(pipelineJsonSchema().dump()) == std::string::npos);
        QVERIFY(prompt.find("- onError: dead-letter|skip|stop = \"dead-letter\"") != std::string::npos);
        QVERIFY(prompt.find("- condition: expr<boolean>!") != std::string::npos);
        QVERIFY(prompt.find("No Kafka cluster is connected") != std::string::npos);
        QVERIFY(prompt.find("More kinds, not described here") == std::string::npos);
    }

    void selectionDescribesRelevantKindsAndIndexesTheRest()
    {
        PromptBuilder builder;
        builder.selectKindsFor("Anonymise the email of every customer and write the records to customers.clean");
        const std::string prompt = builder.designSystemPrompt();
        QVERIFY(prompt.find("## mask (transform)") != std::string::npos);
        QVERIFY(prompt.find("## kafka-source (source)") != std::string::npos);
        QVERIFY(prompt.find("## vector-retrieve") == std::string::npos);
        QVERIFY(prompt.find("- vector-retrieve: ") != std::string::npos);
        QVERIFY(prompt.find("{\"expand\": [") != std::string::npos);
        const auto indexed = builder.indexedKinds();
        QVERIFY(std::find(indexed.begin(), indexed.end(), "vector-retrieve") != indexed.end());
        const json schema = answerJsonSchema(Catalog::builtin(), builder.describedKinds(), indexed);
        QCOMPARE(schema["anyOf"][1]["properties"]["expand"]["items"]["enum"], json(indexed));
        QCOMPARE(expansionRequest(json{{"expand", {"vector-retrieve", "no-such-kind"}}}),
                 std::vector<std::string>{"vector-retrieve"});
        QVERIFY(expansionRequest(iotAnswer()).empty());
    }

    void kindsAreRankedInEveryLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("en validate") << QStringLiteral("send invalid readings to a dead-letter topic") << "validate";
        QTest::newRow("de mask") << QStringLiteral("Anonymisiere die personenbezogenen Daten") << "mask";
        QTest::newRow("fr aggregate") << QStringLiteral("Agrège la somme des paiements par client") << "aggregate";
        QTest::newRow("ja classify") << QStringLiteral("メッセージをLLMで分類してください") << "llm-classify";
        QTest::newRow("zh vector") << QStringLiteral("把航班事件生成向量写入向量索引") << "vector-upsert";
        QTest::newRow("zh dedupe") << QStringLiteral("去重后写入主题") << "dedupe";
    }

    void kindsAreRankedInEveryLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const auto kinds = KindRanker().select(text.toStdString());
        QVERIFY2(std::find(kinds.begin(), kinds.end(), kind.toStdString()) != kinds.end(), qPrintable(kind));
        QVERIFY(kinds.size() < Catalog::builtin().types().size());
    }

    void tokenEstimateFollowsScripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        // Ranges around cl100k / o200k / Llama 3 counts of the same texts.
        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("english") << QStringLiteral("Consume the temperature readings and send alerts to a topic.") << 10 << 16;
        QTest::newRow("json") << QStringLiteral("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}") << 14 << 26;
        QTest::newRow("chinese 10 chars") << QStringLiteral("读取温度读数并发送警报") << 9 << 14;
        QTest::newRow("japanese") << QStringLiteral("温度の測定値を読み込む") << 8 << 14;
        QTest::newRow("digits") << QStringLiteral("1234567") << 3 << 3;
    }

    void tokenEstimateFollowsScripts()
    {
        QFETCH(QString, text);
        QFETCH(int, low);
        QFETCH(int, high);
        const int tokens = int(estimateTokens(text.toStdString()));
        QVERIFY2(tokens >= low && tokens <= high, qPrintable(QString::number(tokens)));
    }

    void exampleAnswerValidates()
    {
        const ParsedAnswer parsed = parsePipelineAnswer(PromptBuilder::exampleAnswer());
        QVERIFY(parsed.graph);
        for (const auto &p : parsed.problems)
            qWarning("%s", p.c_str());
        QVERIFY(parsed.ok());
    }

    void editPromptCarriesTheGraph()
    {
        PromptBuilder builder;
        const json messages = builder.editMessages(graphOf(iotAnswer()), "Füge einen Filter hinzu");
        QCOMPARE(messages.size(), size_t(2));
        const std::string user = messages[1]["content"];
        QVERIFY(user.rfind("Füge einen Filter hinzu", 0) == 0);
        QVERIFY(user.find("\"temperature > 132 OR temperature < 32\"") != std::string::npos);
        QVERIFY(user.find("\"position\"") == std::string::npos);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("code"); // expected diagnostic code, empty = valid

        auto dump = [](const json &j) { return QString::fromStdString(j.dump()); };
        QTest::newRow("valid") << dump(iotAnswer()) << "";
        json wrapped = {{"pipeline", iotAnswer()}, {"explanation", "..."}};
        QTest::newRow("wrapped, stray fields") << dump(wrapped) << "";
        json unknownKind = iotAnswer();
        nodeOf(unknownKind, "range")["kind"] = "router";
        QTest::newRow("unknown kind") << dump(unknownKind) << "unknown-kind";
        json badExpression = iotAnswer();
        nodeOf(badExpression, "range")["parameters"]["routes"][0]["condition"] = "temperature >> 132";
        QTest::newRow("invalid expression") << dump(badExpression) << "parse-error";
        json unknownField = iotAnswer();
        nodeOf(unknownField, "range")["parameters"]["routes"][0]["condition"] = "temp > 132";
        QTest::newRow("unknown field") << dump(unknownField) << "unknown-field";
        json dangling = iotAnswer();
        dangling["edges"].push_back(edge("range", "else", "archive"));
        QTest::newRow("dangling edge") << dump(dangling) << "dangling-edge";
        json wrongPort = iotAnswer();
        wrongPort["edges"][3]["from"]["port"] = "alerts";
        QTest::newRow("unknown port") << dump(wrongPort) << "dangling-edge";
        json wrongType = iotAnswer();
        nodeOf(wrongType, "readings")["parameters"]["startOffset"] = 0;
        QTest::newRow("wrong parameter type") << dump(wrongType) << "bad-parameter-type";
        json secret = iotAnswer();
        nodeOf(secret, "alerts")["parameters"]["password"] = "hunter2";
        QTest::newRow("literal secret") << dump(secret) << "secret";
        QTest::newRow("truncated") << dump(iotAnswer()).left(300) << "bad-answer";
    }

    void answers()
    {
        QFETCH(QString, reply);
        QFETCH(QString, code);
        const ParsedAnswer parsed = parsePipelineAnswer(reply.toStdString());
        if (code.isEmpty()) {
            for (const auto &p : parsed.problems)
                qWarning("%s", p.c_str());
            QVERIFY(parsed.ok());
            QCOMPARE(parsed.graph->nodes().size(), size_t(5));
            QCOMPARE(parsed.graph->edges().size(), size_t(4));
            QVERIFY(parsed.graph->edge("range:out_of_range->alerts:in"));
            QVERIFY(parsed.graph->extra.empty());
            return;
        }
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.problems.empty());
        bool found = false;
        for (const auto &d : parsed.diagnostics)
            found = found || QString::fromStdString(d.code).contains(code);
        if (!found)
            for (const auto &d : parsed.diagnostics)
                qWarning("%s: %s", d.code.c_str(), d.message.c_str());
        QVERIFY(found);
        QCOMPARE(parsed.truncated, code == "bad-answer");
    }

    void duplicateEdgesAndMissingIdsAreTolerated()
    {
        json answer = iotAnswer();
        answer["edges"].push_back(answer["edges"][0]);
        answer["edges"][1]["id"] = "whatever";
        const ParsedAnswer parsed = parsePipelineAnswer(answer.dump());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.graph->edges().size(), size_t(4));
        QVERIFY(parsed.graph->edge("check:valid->range:in"));
    }

    void diff()
    {
        const Graph before = graphOf(iotAnswer());
        json changed = iotAnswer("Alarme");
        nodeOf(changed, "range")["parameters"]["routes"][0]["condition"] = "temperature > 140 OR temperature < 30";
        changed["nodes"].push_back({{"id", "archive"}, {"kind", "kafka-sink"}, {"label", "Archive"},
                                    {"parameters", {{"topic", "readings.archive"}}}});
        changed["edges"].push_back(edge("range", "else", "archive"));
        for (auto it = changed["nodes"].begin(); it != changed["nodes"].end(); ++it)
            if ((*it)["id"] == "invalid") {
                changed["nodes"].erase(it);
                break;
            }
        changed["edges"].erase(2); // check.invalid -> invalid
        const Graph after = graphOf(changed);

        const GraphDiff d = diffGraphs(before, after);
        QCOMPARE(d.nodesAdded, std::vector<std::string>{"archive"});
        QCOMPARE(d.nodesRemoved, std::vector<std::string>{"invalid"});
        QCOMPARE(d.nodesChanged.size(), size_t(2));
        QCOMPARE(d.nodesChanged[0].id, "alerts");
        QVERIFY(d.nodesChanged[0].labelChanged);
        QVERIFY(d.nodesChanged[0].parameters.empty());
        QCOMPARE(d.nodesChanged[1].id, "range");
        QCOMPARE(d.nodesChanged[1].parameters, std::vector<std::string>{"routes"});
        QCOMPARE(d.edgesAdded, std::vector<std::string>{"range:else->archive:in"});
        QCOMPARE(d.edgesRemoved, std::vector<std::string>{"check:invalid->invalid:in"});
        QVERIFY(!d.propertiesChanged);
        QCOMPARE(d.summary(), "1 node added (archive), 1 node removed (invalid), 2 nodes changed (alerts: label; "
                              "range: routes), 1 edge added, 1 edge removed");
        QVERIFY(diffGraphs(before, before).empty());

        // Positions are not changes.
        Graph moved = before;
        Node n = *moved.node("check");
        n.position = {500, 300};
        moved.putNode(n);
        QVERIFY(diffGraphs(before, moved).empty());
    }

    void inferSchemaFromRecords()
    {
        const std::vector<json> records = {
            json::parse(R"({"device_id": "d1", "temperature": 21, "ts": 1700000000000, "ok": true,
                            "meta": {"site": "lab", "floor": 2}, "tags": ["a", "b"], "note": null})"),
            json::parse(R"({"device_id": "d2", "temperature": 21.5, "ts": 1700000001000, "ok": false,
                            "meta": {"site": "hall"}, "tags": [], "extra": "x", "count": 5})"),
            json::parse(R"({"device_id": 7, "temperature": null, "ts": 1700000002000, "count": 1700000002000})"),
        };
        const Schema schema = inferSchema(records);
        QCOMPARE(schema.names(), (std::vector<std::string>{"count", "device_id", "extra", "meta", "note", "ok", "tags",
                                                           "temperature", "ts"}));
        QCOMPARE(schema.find("device_id")->type, FieldType::Unknown); // string and integer conflict
        QCOMPARE(schema.find("temperature")->type, FieldType::Double);
        QCOMPARE(schema.find("ts")->type, FieldType::Timestamp);
        QCOMPARE(schema.find("ok")->type, FieldType::Boolean);
        QCOMPARE(schema.find("meta")->type, FieldType::Object);
        QCOMPARE(schema.find("meta.site")->type, FieldType::String);
        QCOMPARE(schema.find("meta.floor")->type, FieldType::Integer);
        QCOMPARE(schema.find("tags")->type, FieldType::Array);
        QCOMPARE(schema.find("tags")->elementType, FieldType::String);
        QCOMPARE(schema.find("note")->type, FieldType::Unknown);
        QCOMPARE(schema.find("count")->type, FieldType::Integer); // epoch-like, but not a time name

        TopicSample sample{"readings", 3, 3, 1, schema};
        const std::string line = sample.promptLine();
        QCOMPARE(line, "readings (3 partitions, 3 messages sampled, 1 not JSON objects): count integer, device_id "
                       "unknown, extra string, meta object {floor integer, site string}, note unknown, ok boolean, "
                       "tags array of string, temperature double, ts timestamp");
    }
};

QTEST_GUILESS_MAIN(TestAssistParsing)
#include "tst_assistparsing.moc"
