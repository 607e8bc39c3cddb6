#include "testgraphs.h"

#include "pipeline/edit/clipboard.h"

#include <QtTest>

using namespace pipeline;
using namespace pipeline::edit;

class TestClipboard : public QObject {
    Q_OBJECT

private slots:
    void copyKeepsOnlyInnerEdges();
    void roundTrip();
    void parseErrors_data();
    void parseErrors();
    void pasteRemapsIds_data();
    void pasteRemapsIds();
    void pasteCommandUndoes();
};

void TestClipboard::copyKeepsOnlyInnerEdges()
{
    Graph graph = testgraphs::iot();
    Graph sub = extractSubgraph(graph, {"check", "hot", "missing"});
    QCOMPARE(sub.nodes().size(), size_t(2));
    QCOMPARE(sub.edges().size(), size_t(1));
    QVERIFY(sub.edge("check:valid->hot:in"));
}

void TestClipboard::roundTrip()
{
    Graph graph = testgraphs::iot();
    std::set<std::string> all;
    for (const auto &[id, node] : graph.nodes())
        all.insert(id);
    std::string text = clipboardText(graph, all);
    QVERIFY(text.find("\"format\": \"pipewright-pipeline\"") != std::string::npos);
    ClipboardParse parsed = parseClipboardText(text);
    QVERIFY(parsed.errors.empty());
    QVERIFY(parsed.graph);
    QCOMPARE(parsed.graph->nodes().size(), graph.nodes().size());
    QCOMPARE(parsed.graph->edges().size(), graph.edges().size());
    // Unknown fields (extra) survive the clipboard like they survive files.
    QCOMPARE(parsed.graph->node("hot")->extra, graph.node("hot")->extra);
    QCOMPARE(*parsed.graph->node("check"), *graph.node("check"));
    for (const auto &[id, edge] : graph.edges())
        QVERIFY(parsed.graph->edge(id) && *parsed.graph->edge(id) == edge);
}

void TestClipboard::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain text") << "hello world" << "clipboard-not-json";
    QTest::newRow("json but not pipeline") << "{\"a\": 1}" << "clipboard-not-pipeline";
    QTest::newRow("array") << "[1,2]" << "clipboard-not-pipeline";
    QTest::newRow("node without kind") << "{\"nodes\": [{\"id\": \"a\"}]}" << "clipboard-bad-node";
    QTest::newRow("edge without port")
        << "{\"nodes\": [{\"id\": \"a\", \"kind\": \"filter\"}], \"edges\": [{\"from\": {\"node\": \"a\"}}]}"
        << "clipboard-bad-edge";
    QTest::newRow("file from the future")
        << "{\"format\": \"pipewright-pipeline\", \"version\": 99, \"nodes\": []}" << "file-version";
}

void TestClipboard::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    ClipboardParse parsed = parseClipboardText(text.toStdString());
    QVERIFY(!parsed.graph);
    QCOMPARE(parsed.errors.size(), size_t(1));
    QCOMPARE(QString::fromStdString(parsed.errors.front().code), code);
    QVERIFY(!parsed.errors.front().message.empty());
}

void TestClipboard::pasteRemapsIds_data()
{
    QTest::addColumn<QStringList>("targetIds");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("empty target keeps ids") << QStringList{} << QStringList{"check", "hot"};
    QTest::newRow("collision gets suffix") << QStringList{"hot"} << QStringList{"check", "hot-1"};
    QTest::newRow("numbered stem") << QStringList{"check", "hot", "hot-1"} << QStringList{"check-1", "hot-2"};
}

void TestClipboard::pasteRemapsIds()
{
    QFETCH(QStringList, targetIds);
    QFETCH(QStringList, expectedIds);

    Graph clip = extractSubgraph(testgraphs::iot(), {"check", "hot"});
    Graph target;
    for (const QString &id : targetIds)
        target.putNode(testgraphs::node(id.toStdString(), "filter"));
    PreparedPaste paste = preparePaste(target, clip, {30, 40});
    QStringList ids;
    for (const Node &node : paste.nodes)
        ids << QString::fromStdString(node.id);
    QCOMPARE(ids, expectedIds);
    QCOMPARE(paste.nodes.front().position, (Position{240 + 30, 0 + 40}));
    QCOMPARE(paste.edges.size(), size_t(1));
    const Edge &edge = paste.edges.front();
    QCOMPARE(edge.from.node, paste.idMap.at("check"));
    QCOMPARE(edge.to.node, paste.idMap.at("hot"));
    QCOMPARE(edge.id, Graph::edgeIdFor(edge.from, edge.to));
}

void TestClipboard::pasteCommandUndoes()
{
    Graph graph = testgraphs::iot();
    const Graph original = graph;
    ClipboardParse parsed = parseClipboardText(clipboardText(graph, {"readings", "check", "dlq"}));
    QVERIFY(parsed.graph);
    auto command = makePasteCommand(graph, *parsed.graph, {20, 20});
    command->apply(graph);
    QCOMPARE(graph.nodes().size(), size_t(8));
    QCOMPARE(graph.edges().size(), size_t(6));
    QVERIFY(graph.node("readings-1") && graph.edge("readings-1:out->check-1:in"));
    QCOMPARE(QString::fromStdString(command->text()), QString("Paste"));
    command->revert(graph);
    QVERIFY(graph == original);
}

QTEST_GUILESS_MAIN(TestClipboard)
#include "tst_clipboard.moc"
