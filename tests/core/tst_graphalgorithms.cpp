#include "pipeline/core/graphalgorithms.h"

#include "testgraphs.h"

#include <QtTest>

using namespace pipeline;
using testgraphs::compactGraph;

namespace {

QStringList list(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out;
}

QStringList list(const std::set<std::string> &v)
{
    return list(std::vector<std::string>(v.begin(), v.end()));
}

// src -> a -> b -> sink, src -> c -> sink, lonely (no edges)
const char *diamond = R"~({
  "nodes": {"src": ["sample-source"], "a": ["filter"], "b": ["filter"], "c": ["filter"],
            "sink": ["kafka-sink"], "lonely": ["filter"]},
  "edges": ["src:out->a:in", "a:out->b:in", "b:out->sink:in", "src:out->c:in", "c:out->sink:in"]
})~";

} // namespace

class tst_GraphAlgorithms : public QObject {
    Q_OBJECT
private slots:
    void topologicalOrderIsDeterministic();
    void topologicalOrderRespectsEdges();
    void cycles_data();
    void cycles();
    void topologicalOrderWithCycle();
    void reachability();
    void upstreamDownstream();
    void danglingEdgesIgnored();
    void longChain();
};

void tst_GraphAlgorithms::topologicalOrderIsDeterministic()
{
    const auto order = topologicalOrder(compactGraph(diamond));
    QVERIFY(order.complete());
    // Among ready nodes the smallest id comes first.
    QCOMPARE(list(order.order), (QStringList{"lonely", "src", "a", "b", "c", "sink"}));
}

void tst_GraphAlgorithms::topologicalOrderRespectsEdges()
{
    const Graph graph = compactGraph(R"~({"nodes": {"z": ["sample-source"], "y": ["filter"], "x": ["kafka-sink"]},
                                         "edges": ["z:out->y:in", "y:out->x:in"]})~");
    QCOMPARE(list(topologicalOrder(graph).order), (QStringList{"z", "y", "x"}));
}

void tst_GraphAlgorithms::cycles_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("cycle");
    QTest::addColumn<int>("count");
    QTest::newRow("acyclic") << QString(diamond) << QStringList{} << 0;
    QTest::newRow("self loop") << R"~({"nodes": {"a": ["filter"]}, "edges": ["a:out->a:in"]})~" << QStringList{"a"} << 1;
    QTest::newRow("two nodes") << R"~({"nodes": {"b": ["filter"], "a": ["filter"]},
                                     "edges": ["a:out->b:in", "b:out->a:in"]})~"
                               << QStringList{"a", "b"} << 1;
    QTest::newRow("three nodes behind a source")
        << R"~({"nodes": {"s": ["sample-source"], "p": ["filter"], "q": ["filter"], "r": ["filter"], "k": ["kafka-sink"]},
              "edges": ["s:out->p:in", "p:out->q:in", "q:out->r:in", "r:out->p:in", "r:out->k:in"]})~"
        << QStringList{"p", "q", "r"} << 1;
    QTest::newRow("shortest through smallest id")
        << R"~({"nodes": {"a": ["filter"], "b": ["filter"], "c": ["filter"], "d": ["filter"]},
              "edges": ["a:out->b:in", "b:out->c:in", "c:out->d:in", "d:out->a:in", "b:out->a:in"]})~"
        << QStringList{"a", "b"} << 1;
    QTest::newRow("two separate cycles")
        << R"~({"nodes": {"a": ["filter"], "b": ["filter"], "x": ["filter"], "y": ["filter"]},
              "edges": ["a:out->b:in", "b:out->a:in", "x:out->y:in", "y:out->x:in"]})~"
        << QStringList{"a", "b"} << 2;
}

void tst_GraphAlgorithms::cycles()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, cycle);
    QFETCH(int, count);
    const Graph g = compactGraph(graph.toStdString());
    QCOMPARE(list(findCycle(g)), cycle);
    QCOMPARE(int(findCycles(g).size()), count);
}

void tst_GraphAlgorithms::topologicalOrderWithCycle()
{
    const Graph g = compactGraph(R"~({"nodes": {"s": ["sample-source"], "p": ["filter"], "q": ["filter"], "k": ["kafka-sink"]},
                                    "edges": ["s:out->p:in", "p:out->q:in", "q:out->p:in", "q:out->k:in"]})~");
    const auto order = topologicalOrder(g);
    QVERIFY(!order.complete());
    QCOMPARE(list(order.order), QStringList{"s"});
    QCOMPARE(list(order.blocked), (QStringList{"k", "p", "q"}));
    QCOMPARE(list(order.all()), (QStringList{"s", "k", "p", "q"}));
}

void tst_GraphAlgorithms::reachability()
{
    const Graph g = compactGraph(diamond);
    QCOMPARE(list(sourceNodes(g)), QStringList{"src"});
    QCOMPARE(list(reachableFromSources(g)), (QStringList{"a", "b", "c", "sink", "src"}));
}

void tst_GraphAlgorithms::upstreamDownstream()
{
    const Graph g = compactGraph(diamond);
    QCOMPARE(list(upstreamOf(g, "sink")), (QStringList{"a", "b", "c", "src"}));
    QCOMPARE(list(upstreamOf(g, "b")), (QStringList{"a", "src"}));
    QCOMPARE(list(downstreamOf(g, "a")), (QStringList{"b", "sink"}));
    QCOMPARE(list(downstreamOf(g, "src")), (QStringList{"a", "b", "c", "sink"}));
    QVERIFY(downstreamOf(g, "lonely").empty());
    QVERIFY(downstreamOf(g, "missing").empty());

    const Graph loop = compactGraph(R"~({"nodes": {"a": ["filter"], "b": ["filter"]},
                                       "edges": ["a:out->b:in", "b:out->a:in"]})~");
    QCOMPARE(list(downstreamOf(loop, "a")), (QStringList{"a", "b"}));
}

void tst_GraphAlgorithms::danglingEdgesIgnored()
{
    const Graph g = compactGraph(R"~({"nodes": {"s": ["sample-source"], "k": ["kafka-sink"]},
                                    "edges": ["s:out->k:in", "ghost:out->k:in", "k:out->nowhere:in"]})~");
    QCOMPARE(list(topologicalOrder(g).order), (QStringList{"s", "k"}));
    QVERIFY(findCycle(g).empty());
    QCOMPARE(list(upstreamOf(g, "k")), QStringList{"s"});
}

void tst_GraphAlgorithms::longChain()
{
    // Deep graphs must not exhaust the stack (the cycle search only recurses over blocked nodes).
    nlohmann::json spec = {{"nodes", {{"n0", {"sample-source"}}}}, {"edges", nlohmann::json::array()}};
    const int length = 20000;
    for (int i = 1; i < length; ++i) {
        spec["nodes"]["n" + std::to_string(i)] = {"filter"};
        spec["edges"].push_back("n" + std::to_string(i - 1) + ":out->n" + std::to_string(i) + ":in");
    }
    spec["edges"].push_back("n" + std::to_string(length - 1) + ":out->n1:in");
    const Graph g = compactGraph(spec);
    const auto cycle = findCycle(g);
    QCOMPARE(int(cycle.size()), length - 1);
    QCOMPARE(cycle.front(), std::string("n1"));
    QCOMPARE(int(reachableFromSources(g).size()), length);
}

QTEST_APPLESS_MAIN(tst_GraphAlgorithms)
#include "tst_graphalgorithms.moc"
