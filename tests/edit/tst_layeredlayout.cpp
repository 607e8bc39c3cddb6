#include "testgraphs.h"

#include "pipeline/core/layeredlayout.h"

#include <QtTest>

#include <random>

using namespace pipeline;

namespace {

// A random DAG-ish pipeline: chains fanning in and out, plus a few back edges.
Graph generated(int nodes, int edges, unsigned seed, bool withCycles)
{
    std::mt19937 rng(seed);
    Graph g;
    for (int i = 0; i < nodes; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "n%04d", i);
        g.putNode(testgraphs::node(id, "filter", double(rng() % 4000), double(rng() % 4000)));
    }
    int added = 0;
    while (added < edges) {
        int a = int(rng() % nodes);
        int b = int(rng() % nodes);
        if (a == b)
            continue;
        if (!withCycles && a > b)
            std::swap(a, b);
        char from[16], to[16];
        std::snprintf(from, sizeof from, "n%04d", a);
        std::snprintf(to, sizeof to, "n%04d", b);
        Edge e = testgraphs::edge(from, "out", to);
        if (g.edge(e.id))
            continue;
        g.putEdge(e);
        ++added;
    }
    return g;
}

struct Rect { double x, y, w, h; };

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

} // namespace

class TestLayeredLayout : public QObject {
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void chainIsStraight();
    void emptyGraph();
    void reducesCrossings();
};

void TestLayeredLayout::layout_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<bool>("cycles");

    QTest::newRow("iot example") << 0 << 0 << false;
    QTest::newRow("small dag") << 30 << 40 << false;
    QTest::newRow("with cycles") << 40 << 60 << true;
    QTest::newRow("large") << 2000 << 2500 << false;
}

void TestLayeredLayout::layout()
{
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(bool, cycles);

    Graph graph = nodes ? generated(nodes, edges, 7, cycles) : testgraphs::iot();
    LayeredLayout::Options options;
    // Node heights vary in the GUI (more ports, more summary lines).
    options.sizeOf = [](const Node &node) {
        return LayeredLayout::Size{180, 60.0 + double(node.id.back() % 3) * 20};
    };
    LayeredLayout::Result result = LayeredLayout::compute(graph, options);
    QCOMPARE(result.positions.size(), graph.nodes().size());

    std::vector<Rect> rects;
    for (const auto &[id, position] : result.positions) {
        LayeredLayout::Size size = options.sizeOf(*graph.node(id));
        rects.push_back({position.x, position.y, size.width, size.height});
        QCOMPARE(position.x, std::round(position.x));
        QCOMPARE(position.y, std::round(position.y));
    }
    // No overlaps: check neighbours after sorting by x then y (same column only can overlap).
    std::vector<size_t> index(rects.size());
    std::iota(index.begin(), index.end(), 0);
    std::sort(index.begin(), index.end(), [&](size_t a, size_t b) {
        return std::tie(rects[a].x, rects[a].y) < std::tie(rects[b].x, rects[b].y);
    });
    for (size_t i = 1; i < index.size(); ++i)
        QVERIFY2(!overlaps(rects[index[i - 1]], rects[index[i]]), "nodes overlap");

    // Left to right: every edge not closing a cycle points right.
    int backwards = 0;
    for (const auto &[id, edge] : graph.edges())
        if (result.positions.at(edge.to.node).x <= result.positions.at(edge.from.node).x)
            ++backwards;
    if (!cycles)
        QCOMPARE(backwards, 0);
    else
        QVERIFY(backwards < int(graph.edges().size()) / 2);
    QVERIFY(result.crossingsAfter <= result.crossingsBefore);
}

void TestLayeredLayout::chainIsStraight()
{
    Graph g;
    g.putNode(testgraphs::node("a", "kafka-source", 500, 900));
    g.putNode(testgraphs::node("b", "filter", 10, 30));
    g.putNode(testgraphs::node("c", "kafka-sink", 200, 400));
    g.putEdge(testgraphs::edge("a", "out", "b"));
    g.putEdge(testgraphs::edge("b", "out", "c"));
    LayeredLayout::Result result = LayeredLayout::compute(g);
    QCOMPARE(result.layers, 3);
    QCOMPARE(result.positions.at("a").y, result.positions.at("b").y);
    QCOMPARE(result.positions.at("b").y, result.positions.at("c").y);
    // Anchored at the old top-left corner of the graph.
    QCOMPARE(result.positions.at("a").x, 10.0);
    QCOMPARE(result.positions.at("a").y, 30.0);
    QVERIFY(result.positions.at("b").x > result.positions.at("a").x);
}

void TestLayeredLayout::emptyGraph()
{
    LayeredLayout::Result result = LayeredLayout::compute(Graph{});
    QVERIFY(result.positions.empty());
    QCOMPARE(result.layers, 0);
}

void TestLayeredLayout::reducesCrossings()
{
    // Two parallel chains entered in crossed order: a1->b2, a2->b1 with b's
    // positioned so the input order crosses.
    Graph g;
    g.putNode(testgraphs::node("a1", "s", 0, 0));
    g.putNode(testgraphs::node("a2", "s", 0, 100));
    g.putNode(testgraphs::node("b1", "t", 200, 0));
    g.putNode(testgraphs::node("b2", "t", 200, 100));
    g.putEdge(testgraphs::edge("a1", "out", "b2"));
    g.putEdge(testgraphs::edge("a2", "out", "b1"));
    LayeredLayout::Result result = LayeredLayout::compute(g);
    QCOMPARE(result.crossingsBefore, 1L);
    QCOMPARE(result.crossingsAfter, 0L);
    QVERIFY(result.positions.at("b2").y < result.positions.at("b1").y);
}

QTEST_GUILESS_MAIN(TestLayeredLayout)
#include "tst_layeredlayout.moc"
