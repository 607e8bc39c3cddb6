#include "pipeline/core/graph.h"

#include <QtTest>

using namespace pipeline;

namespace {

Edge makeEdge(const std::string &from, const std::string &fromPort, const std::string &to, const std::string &toPort)
{
    Edge e;
    e.from = {from, fromPort};
    e.to = {to, toPort};
    e.id = Graph::edgeIdFor(e.from, e.to);
    return e;
}

QStringList ids(const std::vector<const Edge *> &edges)
{
    QStringList out;
    for (const Edge *e : edges)
        out << QString::fromStdString(e->id);
    return out;
}

} // namespace

/// The Graph container: node/edge storage and the per-node edge index that keeps
/// edgesInto/edgesFrom O(degree).
class TestGraph : public QObject {
    Q_OBJECT

private slots:
    void edgeIndexFollowsPutAndTake()
    {
        Graph g;
        g.putEdge(makeEdge("a", "out", "b", "in"));
        g.putEdge(makeEdge("a", "out", "c", "in"));
        g.putEdge(makeEdge("b", "out", "c", "in"));

        QCOMPARE(ids(g.edgesFrom("a")), QStringList({"a:out->b:in", "a:out->c:in"}));
        QCOMPARE(ids(g.edgesInto("c")), QStringList({"a:out->c:in", "b:out->c:in"}));
        QCOMPARE(ids(g.edgesOf("b")), QStringList({"a:out->b:in", "b:out->c:in"}));

        QVERIFY(g.takeEdge("a:out->c:in"));
        QCOMPARE(ids(g.edgesFrom("a")), QStringList({"a:out->b:in"}));
        QCOMPARE(ids(g.edgesInto("c")), QStringList({"b:out->c:in"}));
        QVERIFY(!g.takeEdge("a:out->c:in"));
    }

    void replacingAnEdgeMovesItsIndexEntries()
    {
        Graph g;
        Edge e = makeEdge("a", "out", "b", "in");
        g.putEdge(e);
        e.to = {"c", "in"}; // same id, new target
        g.putEdge(e);
        QVERIFY(g.edgesInto("b").empty());
        QCOMPARE(ids(g.edgesInto("c")), QStringList({"a:out->b:in"}));
        QCOMPARE(g.edges().size(), size_t(1));
    }

    void portFilter()
    {
        Graph g;
        g.putEdge(makeEdge("v", "valid", "x", "in"));
        g.putEdge(makeEdge("v", "invalid", "dlq", "in"));
        QCOMPARE(ids(g.edgesFrom("v", "invalid")), QStringList({"v:invalid->dlq:in"}));
        QCOMPARE(ids(g.edgesInto("x", "in")), QStringList({"v:valid->x:in"}));
        QVERIFY(g.edgesInto("x", "other").empty());
    }

    void selfLoopListedOnce()
    {
        Graph g;
        g.putEdge(makeEdge("a", "out", "a", "in"));
        QCOMPARE(ids(g.edgesOf("a")), QStringList({"a:out->a:in"}));
    }

    void copiesAndMovesKeepAWorkingIndex()
    {
        Graph original;
        original.putEdge(makeEdge("a", "out", "b", "in"));
        Graph copy = original;
        QVERIFY(copy == original);
        original.takeEdge("a:out->b:in"); // the copy's index must not point into the original
        QCOMPARE(ids(copy.edgesInto("b")), QStringList({"a:out->b:in"}));
        QVERIFY(copy != original);

        Graph moved = std::move(copy);
        QCOMPARE(ids(moved.edgesFrom("a")), QStringList({"a:out->b:in"}));
        Graph assigned;
        assigned = moved;
        QCOMPARE(ids(assigned.edgesInto("b")), QStringList({"a:out->b:in"}));
    }

    void uniqueIdsAndNodes()
    {
        Graph g;
        Node n;
        n.id = "filter-1";
        n.kind = "filter";
        g.putNode(n);
        QCOMPARE(g.uniqueNodeId("filter"), std::string("filter-2"));
        QVERIFY(g.node("filter-1"));
        QVERIFY(g.takeNode("filter-1"));
        QVERIFY(!g.node("filter-1"));
        QCOMPARE(g.uniqueNodeId("filter"), std::string("filter-1"));
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
