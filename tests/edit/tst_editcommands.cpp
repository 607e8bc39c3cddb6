#include "testgraphs.h"

#include "pipeline/edit/compositecommand.h"
#include "pipeline/edit/connectcommand.h"
#include "pipeline/edit/insertsubgraphcommand.h"
#include "pipeline/edit/removecommand.h"
#include "pipeline/edit/replacegraphcommand.h"
#include "pipeline/edit/setlabelcommand.h"
#include "pipeline/edit/setparametercommand.h"
#include "pipeline/edit/setpositionscommand.h"

#include <QtTest>

#include <functional>
#include <memory>

using namespace pipeline;
using namespace pipeline::edit;
using CommandFactory = std::function<std::unique_ptr<EditCommand>(const Graph &)>;
using GraphCheck = std::function<bool(const Graph &)>;
Q_DECLARE_METATYPE(CommandFactory)
Q_DECLARE_METATYPE(GraphCheck)

class TestEditCommands : public QObject {
    Q_OBJECT

private slots:
    void applyRevert_data();
    void applyRevert();
    void removeReportsEdgesBeforeNodes();
    void setParameterMerges_data();
    void setParameterMerges();
    void setParameterUnsetKeyRevertsToAbsent();
    void labelMerges();
    void nudgeMergesMoveDoesNot();
    void obsoleteCommands();
    void replaceGraphDiff();
    void compositeRevertsInReverse();
};

void TestEditCommands::applyRevert_data()
{
    QTest::addColumn<CommandFactory>("factory");
    QTest::addColumn<GraphCheck>("afterApply");
    QTest::addColumn<QString>("text");

    QTest::newRow("add node") << CommandFactory([](const Graph &) {
        return std::make_unique<InsertSubgraphCommand>(std::vector<Node>{testgraphs::node("f2", "filter", 10, 10)},
                                                       std::vector<Edge>{});
    }) << GraphCheck([](const Graph &g) { return g.node("f2") && g.nodes().size() == 6; })
       << "Add f2";
    QTest::newRow("add nodes with edge") << CommandFactory([](const Graph &) {
        return std::make_unique<InsertSubgraphCommand>(
            std::vector<Node>{testgraphs::node("a", "filter"), testgraphs::node("b", "kafka-sink")},
            std::vector<Edge>{testgraphs::edge("a", "out", "b")});
    }) << GraphCheck([](const Graph &g) { return g.nodes().size() == 7 && g.edges().size() == 5; })
       << "Add 2 Nodes";
    QTest::newRow("remove node with its edges") << CommandFactory([](const Graph &g) {
        return std::make_unique<RemoveCommand>(g, std::set<std::string>{"check"}, std::set<std::string>{});
    }) << GraphCheck([](const Graph &g) { return !g.node("check") && g.edges().size() == 1; })
       << "Delete Node";
    QTest::newRow("remove two nodes") << CommandFactory([](const Graph &g) {
        return std::make_unique<RemoveCommand>(g, std::set<std::string>{"hot", "alerts"}, std::set<std::string>{});
    }) << GraphCheck([](const Graph &g) { return g.nodes().size() == 3 && g.edges().size() == 2; })
       << "Delete 2 Nodes";
    QTest::newRow("disconnect") << CommandFactory([](const Graph &g) {
        return std::make_unique<RemoveCommand>(g, std::set<std::string>{},
                                               std::set<std::string>{"check:invalid->dlq:in"});
    }) << GraphCheck([](const Graph &g) { return g.nodes().size() == 5 && g.edges().size() == 3; })
       << "Disconnect";
    QTest::newRow("move") << CommandFactory([](const Graph &g) {
        return std::make_unique<SetPositionsCommand>(g, std::map<std::string, Position>{{"hot", {500, -40}}, {"dlq", {0, 400}}});
    }) << GraphCheck([](const Graph &g) { return g.node("hot")->position == Position{500, -40}; })
       << "Move 2 Nodes";
    QTest::newRow("auto-layout") << CommandFactory([](const Graph &g) {
        return std::make_unique<SetPositionsCommand>(g, std::map<std::string, Position>{{"readings", {1, 2}}},
                                                     SetPositionsCommand::Kind::Layout);
    }) << GraphCheck([](const Graph &g) { return g.node("readings")->position == Position{1, 2}; })
       << "Auto-layout";
    QTest::newRow("connect") << CommandFactory([](const Graph &g) {
        return std::make_unique<ConnectCommand>(g, PortRef{"readings", "out"}, PortRef{"alerts", "in"}, false);
    }) << GraphCheck([](const Graph &g) { return g.edges().size() == 5 && g.edge("readings:out->alerts:in"); })
       << "Connect";
    QTest::newRow("connect replacing single input") << CommandFactory([](const Graph &g) {
        return std::make_unique<ConnectCommand>(g, PortRef{"readings", "out"}, PortRef{"hot", "in"}, true);
    }) << GraphCheck([](const Graph &g) {
        return g.edges().size() == 4 && g.edge("readings:out->hot:in") && !g.edge("check:valid->hot:in");
    }) << "Connect";
    QTest::newRow("set parameter") << CommandFactory([](const Graph &g) {
        return std::make_unique<SetParameterCommand>(g, "hot", "condition", "temperature > 40");
    }) << GraphCheck([](const Graph &g) { return g.node("hot")->stringParameter("condition") == "temperature > 40"; })
       << "Change condition";
    QTest::newRow("set new parameter") << CommandFactory([](const Graph &g) {
        return std::make_unique<SetParameterCommand>(g, "readings", "startOffset", "latest", "Change Start offset");
    }) << GraphCheck([](const Graph &g) { return g.node("readings")->stringParameter("startOffset") == "latest"; })
       << "Change Start offset";
    QTest::newRow("rename") << CommandFactory([](const Graph &g) {
        return std::make_unique<SetLabelCommand>(g, "hot", "Too hot");
    }) << GraphCheck([](const Graph &g) { return g.node("hot")->label == "Too hot"; })
       << "Rename Node";
    QTest::newRow("replace graph") << CommandFactory([](const Graph &g) {
        Graph other;
        other.name = "generated";
        other.putNode(testgraphs::node("check", "filter", 5, 5));
        other.putNode(testgraphs::node("x", "kafka-sink"));
        other.putEdge(testgraphs::edge("check", "out", "x"));
        return std::make_unique<ReplaceGraphCommand>(g, other, "Generate Pipeline");
    }) << GraphCheck([](const Graph &g) { return g.name == "generated" && g.nodes().size() == 2; })
       << "Generate Pipeline";
}

void TestEditCommands::applyRevert()
{
    QFETCH(CommandFactory, factory);
    QFETCH(GraphCheck, afterApply);
    QFETCH(QString, text);

    const Graph original = testgraphs::iot();
    Graph graph = original;
    auto command = factory(graph);
    QCOMPARE(QString::fromStdString(command->text()), text);
    ChangeSet applied = command->apply(graph);
    QVERIFY(!applied.empty());
    QVERIFY(afterApply(graph));
    QVERIFY(!(graph == original));
    const Graph afterFirst = graph;

    ChangeSet reverted = command->revert(graph);
    QVERIFY(!reverted.empty());
    QVERIFY(graph == original);

    // Redo after undo must land on the very same state.
    command->apply(graph);
    QVERIFY(graph == afterFirst);
    command->revert(graph);
    QVERIFY(graph == original);
}

void TestEditCommands::removeReportsEdgesBeforeNodes()
{
    Graph graph = testgraphs::iot();
    RemoveCommand command(graph, {"check"}, {});
    ChangeSet changes = command.apply(graph);
    QCOMPARE(changes.nodesRemoved, std::vector<std::string>{"check"});
    QCOMPARE(changes.edgesRemoved.size(), size_t(3));
    changes = command.revert(graph);
    QCOMPARE(changes.nodesAdded, std::vector<std::string>{"check"});
    QCOMPARE(changes.edgesAdded.size(), size_t(3));
}

void TestEditCommands::setParameterMerges_data()
{
    QTest::addColumn<QString>("secondNode");
    QTest::addColumn<QString>("secondKey");
    QTest::addColumn<bool>("sealFirst");
    QTest::addColumn<bool>("merges");

    QTest::newRow("same field") << "hot" << "condition" << false << true;
    QTest::newRow("other field") << "hot" << "onError" << false << false;
    QTest::newRow("other node") << "check" << "condition" << false << false;
    QTest::newRow("sealed") << "hot" << "condition" << true << false;
}

void TestEditCommands::setParameterMerges()
{
    QFETCH(QString, secondNode);
    QFETCH(QString, secondKey);
    QFETCH(bool, sealFirst);
    QFETCH(bool, merges);

    const Graph original = testgraphs::iot();
    Graph graph = original;
    SetParameterCommand first(graph, "hot", "condition", "temperature > 3");
    first.apply(graph);
    if (sealFirst)
        first.seal();
    SetParameterCommand second(graph, secondNode.toStdString(), secondKey.toStdString(), "temperature > 35");
    second.apply(graph);
    QCOMPARE(first.mergeId(), second.mergeId());
    QCOMPARE(first.mergeWith(second), merges);
    if (merges) {
        // The merged command alone undoes both keystrokes.
        QCOMPARE(first.newValue(), nlohmann::json("temperature > 35"));
        first.revert(graph);
        QVERIFY(graph == original);
    }
}

void TestEditCommands::setParameterUnsetKeyRevertsToAbsent()
{
    Graph graph = testgraphs::iot();
    const Graph original = graph;
    SetParameterCommand command(graph, "dlq", "topic", "x");
    command.apply(graph);
    QVERIFY(graph.node("dlq")->parameters.contains("topic"));
    command.revert(graph);
    QVERIFY(!graph.node("dlq")->parameters.contains("topic"));
    QVERIFY(graph == original);
}

void TestEditCommands::labelMerges()
{
    Graph graph = testgraphs::iot();
    const Graph original = graph;
    SetLabelCommand a(graph, "hot", "T");
    a.apply(graph);
    SetLabelCommand b(graph, "hot", "To");
    b.apply(graph);
    SetLabelCommand c(graph, "check", "C");
    QVERIFY(a.mergeWith(b));
    QVERIFY(!a.mergeWith(c));
    a.revert(graph);
    QVERIFY(graph == original);
}

void TestEditCommands::nudgeMergesMoveDoesNot()
{
    Graph graph = testgraphs::iot();
    const Graph original = graph;
    using Kind = SetPositionsCommand::Kind;
    SetPositionsCommand n1(graph, {{"hot", {490, -60}}}, Kind::Nudge);
    n1.apply(graph);
    SetPositionsCommand n2(graph, {{"hot", {500, -60}}}, Kind::Nudge);
    n2.apply(graph);
    QCOMPARE(n1.mergeId(), n2.mergeId());
    QVERIFY(n1.mergeWith(n2));
    SetPositionsCommand other(graph, {{"dlq", {0, 0}}}, Kind::Nudge);
    QVERIFY(!n1.mergeWith(other));
    n1.revert(graph);
    QVERIFY(graph == original);

    SetPositionsCommand m1(graph, {{"hot", {1, 1}}});
    SetPositionsCommand m2(graph, {{"hot", {2, 2}}});
    QCOMPARE(m1.mergeId(), -1);
    QVERIFY(!m1.mergeWith(m2));
}

void TestEditCommands::obsoleteCommands()
{
    Graph graph = testgraphs::iot();
    QVERIFY(SetParameterCommand(graph, "hot", "condition", "temperature > 30").isObsolete());
    QVERIFY(!SetParameterCommand(graph, "hot", "condition", "temperature > 31").isObsolete());
    QVERIFY(SetPositionsCommand(graph, {{"hot", {480, -60}}}).isObsolete());
    QVERIFY(RemoveCommand(graph, {"nope"}, {}).isObsolete());
    QVERIFY(SetLabelCommand(graph, "hot", "hot").isObsolete());
}

void TestEditCommands::replaceGraphDiff()
{
    Graph a = testgraphs::iot();
    Graph b = a;
    b.node("hot")->position = {0, 0};
    b.node("check")->label = "Check";
    b.takeEdge("hot:out->alerts:in");
    b.takeNode("alerts");
    b.putNode(testgraphs::node("new", "filter"));
    ChangeSet d = ReplaceGraphCommand::diff(a, b);
    QCOMPARE(d.nodesMoved, std::vector<std::string>{"hot"});
    QCOMPARE(d.nodesChanged, std::vector<std::string>{"check"});
    QCOMPARE(d.nodesRemoved, std::vector<std::string>{"alerts"});
    QCOMPARE(d.nodesAdded, std::vector<std::string>{"new"});
    QCOMPARE(d.edgesRemoved, std::vector<std::string>{"hot:out->alerts:in"});
    QVERIFY(d.edgesAdded.empty());
    QVERIFY(!d.graphPropertiesChanged);
}

void TestEditCommands::compositeRevertsInReverse()
{
    Graph graph = testgraphs::iot();
    const Graph original = graph;
    CompositeCommand composite("Add and Connect");
    composite.add(std::make_unique<InsertSubgraphCommand>(std::vector<Node>{testgraphs::node("s", "kafka-sink")},
                                                          std::vector<Edge>{}));
    // Built against the graph as it will be after the first child.
    Graph preview = graph;
    composite.children().front()->apply(preview);
    composite.add(std::make_unique<ConnectCommand>(preview, PortRef{"hot", "out"}, PortRef{"s", "in"}, true));
    ChangeSet changes = composite.apply(graph);
    QCOMPARE(changes.nodesAdded, std::vector<std::string>{"s"});
    QCOMPARE(changes.edgesAdded, std::vector<std::string>{"hot:out->s:in"});
    QVERIFY(graph.edge("hot:out->s:in"));
    composite.revert(graph);
    QVERIFY(graph == original);
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
