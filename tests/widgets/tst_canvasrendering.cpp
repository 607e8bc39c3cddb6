// How the canvas paints: the line rasteriser, the wire layer (plain wires drawn
// by the view into one cached frame) and the overview painter (far zoom). Real
// widgets on the offscreen platform; assertions read the painted pixels.

#include "canvasfixture.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/canvas/painting/linerasterizer.h"
#include "widgets/canvas/painting/nodepainter.h"
#include "widgets/canvas/painting/nodestyle.h"
#include "widgets/canvas/painting/wirelayer.h"

#include "pipeline/edit/removecommand.h"
#include "pipeline/edit/setparametercommand.h"
#include "pipeline/edit/setpositionscommand.h"

#include <cmath>
#include <limits>

using namespace pipeline;

namespace {

constexpr QRgb White = 0xffffffff;

Graph twoConnectedNodes()
{
    Graph g;
    g.putNode(makeNode("src", "sample-source", 0, 0));
    g.putNode(makeNode("f1", "filter", 500, 0));
    g.putEdge(makeEdge("src", "out", "f1", "in"));
    return g;
}

QImage paintedViewport(const CanvasFixture &canvas)
{
    return canvas.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Whether `color` (each channel within `tolerance`) is painted within `radius` pixels of `at`.
bool paintedNear(const QImage &image, const QPoint &at, const QColor &color, int radius = 2, int tolerance = 0)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QRgb c = image.pixel(p);
            if (std::abs(qRed(c) - color.red()) <= tolerance && std::abs(qGreen(c) - color.green()) <= tolerance
                && std::abs(qBlue(c) - color.blue()) <= tolerance)
                return true;
        }
    return false;
}

QPointF wireMiddle(const CanvasFixture &canvas, const QString &edgeId)
{
    const EdgeItem *edge = canvas.scene->edgeItem(edgeId);
    return (edge->controlPoint(0) + edge->controlPoint(3)) / 2;
}

void moveNode(CanvasFixture &canvas, const std::string &id, double x, double y)
{
    canvas.model.execute(std::make_unique<edit::SetPositionsCommand>(
        canvas.model.graph(), std::map<std::string, Position>{{id, {x, y}}}));
}

QString onlyEdgeId(const CanvasFixture &canvas)
{
    return canvas.scene->edgeItems().constBegin().key();
}

} // namespace

class TestCanvasRendering : public QObject {
    Q_OBJECT

private slots:
    void rasterizerDrawsExactPixels();
    void rasterizerClipsWildCoordinates_data();
    void rasterizerClipsWildCoordinates();
    void smoothLineIsTwoPixelsWide();
    void plainWiresAreDrawnByTheLayer();
    void layerFrameIsReusedUntilWiresChange();
    void selectedWirePaintsItselfInSelectionColour();
    void removedWireDisappears();
    void overviewPaintsBlocksBelowBlockLod();
    void movedNodeLeavesNoGhost_data();
    void movedNodeLeavesNoGhost();
    void rubberBandShowsInOverview();
    void layerOffMeansItemsPaintWires();
    void everyKindHasColourAndPorts();
    void summaryShowsKeyParameters();
};

void TestCanvasRendering::rasterizerDrawsExactPixels()
{
    QImage image(20, 10, QImage::Format_RGB32);
    image.fill(White);
    LineRasterizer raster(image);
    raster.setColor(qRgb(10, 20, 30));
    raster.drawLine(QPointF(2, 3), QPointF(12, 3));
    for (int x = 0; x < 20; ++x)
        QCOMPARE(image.pixel(x, 3), x >= 2 && x <= 12 ? qRgb(10, 20, 30) : White);
    QCOMPARE(image.pixel(7, 2), White);
    QCOMPARE(image.pixel(7, 4), White);
    // A diagonal touches exactly one pixel per column.
    raster.drawLine(QPointF(0, 0), QPointF(9, 9));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(image.pixel(i, i), qRgb(10, 20, 30));
    QCOMPARE(image.pixel(5, 4), White);
    raster.fillSquare(QPointF(15, 6), 2);
    QCOMPARE(image.pixel(15, 6), qRgb(10, 20, 30));
    QCOMPARE(image.pixel(16, 7), qRgb(10, 20, 30));
    QCOMPARE(image.pixel(17, 7), White);
}

void TestCanvasRendering::rasterizerClipsWildCoordinates_data()
{
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<int>("painted"); // pixels expected, -1 = some
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("far left to far right through the middle") << QPointF(-1e9, 5) << QPointF(1e9, 5) << 40;
    QTest::newRow("entirely above") << QPointF(-100, -50) << QPointF(500, -1) << 0;
    QTest::newRow("entirely right") << QPointF(41, 0) << QPointF(80, 9) << 0;
    QTest::newRow("crossing a corner") << QPointF(-5, 5) << QPointF(5, -5) << -1;
    QTest::newRow("steep, ends outside") << QPointF(20, -1e7) << QPointF(21, 1e7) << 10;
    QTest::newRow("not a number") << QPointF(nan, 1) << QPointF(3, 3) << 0;
    QTest::newRow("infinite") << QPointF(0, 0) << QPointF(inf, 3) << 0;
    QTest::newRow("a point") << QPointF(3, 3) << QPointF(3, 3) << 1;
}

void TestCanvasRendering::rasterizerClipsWildCoordinates()
{
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(int, painted);
    QImage image(40, 10, QImage::Format_RGB32);
    image.fill(White);
    LineRasterizer raster(image);
    raster.setColor(qRgb(200, 0, 0));
    raster.drawLine(from, to);
    raster.drawSmoothLine(from, to); // must not write outside either
    QImage aliasedOnly(40, 10, QImage::Format_RGB32);
    aliasedOnly.fill(White);
    LineRasterizer(aliasedOnly).drawLine(from, to);
    int count = 0;
    for (int y = 0; y < aliasedOnly.height(); ++y)
        for (int x = 0; x < aliasedOnly.width(); ++x)
            count += aliasedOnly.pixel(x, y) != White;
    if (painted < 0)
        QVERIFY(count > 0);
    else
        QCOMPARE(count, painted);
}

void TestCanvasRendering::smoothLineIsTwoPixelsWide()
{
    QImage image(30, 12, QImage::Format_RGB32);
    image.fill(White);
    LineRasterizer raster(image);
    raster.setColor(qRgb(0, 0, 0));
    // Pixels are centred on integer coordinates (as the aliased line rounds them).
    // Half-way between rows 6 and 7: both full, their neighbours untouched.
    raster.drawSmoothLine(QPointF(2, 6.5), QPointF(25, 6.5));
    QCOMPARE(image.pixel(10, 6), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(10, 7), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(10, 5), White);
    QCOMPARE(image.pixel(10, 8), White);
    // On row 6: that row full, half coverage above and below.
    image.fill(White);
    raster.drawSmoothLine(QPointF(2, 6), QPointF(25, 6));
    QCOMPARE(image.pixel(10, 6), qRgb(0, 0, 0));
    const int above = qRed(image.pixel(10, 5)), below = qRed(image.pixel(10, 7));
    QVERIFY2(above > 100 && above < 160 && below > 100 && below < 160,
             qPrintable(QStringLiteral("edge coverage %1 / %2").arg(above).arg(below)));
    QCOMPARE(image.pixel(10, 4), White);
    QCOMPARE(image.pixel(10, 8), White);
}

void TestCanvasRendering::plainWiresAreDrawnByTheLayer()
{
    CanvasFixture canvas(twoConnectedNodes());
    const QString edgeId = onlyEdgeId(canvas);
    EdgeItem *edge = canvas.scene->edgeItem(edgeId);
    QVERIFY(canvas.scene->plainWiresInLayer());
    QCOMPARE(edge->look(), EdgeItem::Look::Plain);
    // The item paints nothing; QGraphicsView skips it.
    QVERIFY(edge->flags() & QGraphicsItem::ItemHasNoContents);
    const QImage image = paintedViewport(canvas);
    QCOMPARE(canvas.view->wireLayer().wiresPainted(), 1);
    QVERIFY(paintedNear(image, canvas.viewPos(wireMiddle(canvas, edgeId)), canvas.scene->theme().edge));
    // Nothing of the wire's colour far from it.
    QVERIFY(!paintedNear(image, canvas.viewPos(wireMiddle(canvas, edgeId) + QPointF(0, 120)),
                         canvas.scene->theme().edge, 3));
}

void TestCanvasRendering::layerFrameIsReusedUntilWiresChange()
{
    CanvasFixture canvas(twoConnectedNodes());
    paintedViewport(canvas);
    const int renders = canvas.view->wireLayer().renders();
    // Repaints that change no wire (a badge, a diagnostics update) blit the frame.
    canvas.scene->nodeItem(QStringLiteral("f1"))->setDiagnostics(1, {QStringLiteral("a warning")});
    paintedViewport(canvas);
    canvas.viewport()->repaint();
    QCOMPARE(canvas.view->wireLayer().renders(), renders);
    // Moving a node moves its wire: the layer renders again, the wire is drawn anew.
    const QString edgeId = onlyEdgeId(canvas);
    moveNode(canvas, "f1", 500, 200);
    const QImage moved = paintedViewport(canvas);
    QVERIFY(canvas.view->wireLayer().renders() > renders);
    QVERIFY(paintedNear(moved, canvas.viewPos(wireMiddle(canvas, edgeId)), canvas.scene->theme().edge));
    // Panning changes the transform: rendered again.
    const int beforePan = canvas.view->wireLayer().renders();
    canvas.view->centerOn(420, 260);
    paintedViewport(canvas);
    QCOMPARE(canvas.view->wireLayer().renders(), beforePan + 1);
}

void TestCanvasRendering::selectedWirePaintsItselfInSelectionColour()
{
    CanvasFixture canvas(twoConnectedNodes());
    const QString edgeId = onlyEdgeId(canvas);
    EdgeItem *edge = canvas.scene->edgeItem(edgeId);
    paintedViewport(canvas);
    edge->setSelected(true);
    QCOMPARE(edge->look(), EdgeItem::Look::Selected);
    QVERIFY(!(edge->flags() & QGraphicsItem::ItemHasNoContents));
    const QImage selected = paintedViewport(canvas);
    QCOMPARE(canvas.view->wireLayer().wiresPainted(), 0);
    const QPoint middle = canvas.viewPos(wireMiddle(canvas, edgeId));
    QVERIFY(paintedNear(selected, middle, canvas.scene->theme().selection));
    QVERIFY(!paintedNear(selected, middle, canvas.scene->theme().edge));
    // Selecting an end node instead highlights the wire.
    edge->setSelected(false);
    canvas.scene->selectNodes({QStringLiteral("src")});
    QCOMPARE(edge->look(), EdgeItem::Look::Highlighted);
    QVERIFY(paintedNear(paintedViewport(canvas), middle, canvas.scene->theme().edgeHover));
    canvas.scene->clearSelection();
    QCOMPARE(edge->look(), EdgeItem::Look::Plain);
    QVERIFY(paintedNear(paintedViewport(canvas), middle, canvas.scene->theme().edge));
}

void TestCanvasRendering::removedWireDisappears()
{
    CanvasFixture canvas(twoConnectedNodes());
    const QString edgeId = onlyEdgeId(canvas);
    const QPoint middle = canvas.viewPos(wireMiddle(canvas, edgeId));
    QVERIFY(paintedNear(paintedViewport(canvas), middle, canvas.scene->theme().edge));
    canvas.model.execute(std::make_unique<edit::RemoveCommand>(canvas.model.graph(), std::set<std::string>{},
                                                               std::set<std::string>{edgeId.toStdString()}));
    QCOMPARE(canvas.scene->edgeItemCount(), 0);
    QVERIFY(!paintedNear(paintedViewport(canvas), middle, canvas.scene->theme().edge));
    canvas.stack.undo();
    QVERIFY(paintedNear(paintedViewport(canvas), middle, canvas.scene->theme().edge));
}

void TestCanvasRendering::overviewPaintsBlocksBelowBlockLod()
{
    Graph g;
    for (int i = 0; i < 30; ++i)
        g.putNode(makeNode("n" + std::to_string(i), i % 2 ? "filter" : "kafka-sink", (i % 6) * 300, (i / 6) * 200));
    CanvasFixture canvas(std::move(g));
    canvas.view->setZoom(NodePainter::BlockLod * 0.8, canvas.viewport()->rect().center());
    canvas.view->centerOn(750, 400);
    QVERIFY(canvas.view->isOverviewActive());
    QCOMPARE(canvas.view->viewportUpdateMode(), QGraphicsView::FullViewportUpdate);
    const QImage image = paintedViewport(canvas);
    QCOMPARE(canvas.view->overviewPainter().nodesPainted(), 30);
    for (const QString id : {QStringLiteral("n0"), QStringLiteral("n7"), QStringLiteral("n29")}) {
        const NodeItem *node = canvas.scene->nodeItem(id);
        const QPoint centre = canvas.viewPos(node->pos() + QPointF(NodeGeometry::Width / 2, 20));
        QCOMPARE(QColor(image.pixel(centre)), node->color());
    }
    // A selected node is a block in the selection colour.
    canvas.scene->selectNodes({QStringLiteral("n7")});
    const NodeItem *selected = canvas.scene->nodeItem(QStringLiteral("n7"));
    QCOMPARE(QColor(paintedViewport(canvas).pixel(canvas.viewPos(selected->pos() + QPointF(100, 20)))),
             canvas.scene->theme().selection);
    // Back above the threshold the items paint themselves again.
    canvas.view->resetZoom();
    QVERIFY(!canvas.view->isOverviewActive());
    QCOMPARE(canvas.view->viewportUpdateMode(), QGraphicsView::MinimalViewportUpdate);
}

void TestCanvasRendering::movedNodeLeavesNoGhost_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("overview") << NodePainter::BlockLod * 0.6;
    QTest::newRow("mid") << 0.4;
    QTest::newRow("100 %") << 1.0;
}

void TestCanvasRendering::movedNodeLeavesNoGhost()
{
    QFETCH(double, zoom);
    CanvasFixture canvas(twoConnectedNodes());
    canvas.view->setZoom(zoom, canvas.viewport()->rect().center());
    canvas.view->centerOn(350, 100);
    const NodeItem *node = canvas.scene->nodeItem(QStringLiteral("f1"));
    const QPointF oldCentre = node->pos() + QPointF(NodeGeometry::Width / 2, NodeGeometry::HeaderHeight / 2);
    QVERIFY(paintedNear(paintedViewport(canvas), canvas.viewPos(oldCentre), node->color(), 0));
    moveNode(canvas, "f1", 500, 320);
    // Let the scene deliver its update to the view, as the event loop would.
    QCoreApplication::processEvents();
    canvas.viewport()->repaint();
    const QImage after = canvas.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(QColor(after.pixel(canvas.viewPos(oldCentre))), canvas.scene->theme().background);
    const QPointF newCentre = node->pos() + QPointF(NodeGeometry::Width / 2, NodeGeometry::HeaderHeight / 2);
    QVERIFY(paintedNear(after, canvas.viewPos(newCentre), node->color(), 0));
}

void TestCanvasRendering::rubberBandShowsInOverview()
{
    CanvasFixture canvas(twoConnectedNodes());
    canvas.view->setZoom(NodePainter::BlockLod * 0.8, canvas.viewport()->rect().center());
    QVERIFY(canvas.view->isOverviewActive());
    const QPoint from = canvas.viewPos(QPointF(-600, 300)), to = canvas.viewPos(QPointF(-200, 500));
    const QPoint inside = (from + to) / 2 + QPoint(3, 3); // off the grid dots
    const QRgb before = paintedViewport(canvas).pixel(inside);
    QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(canvas.viewport(), from + (to - from) * step / 5);
    QVERIFY(paintedViewport(canvas).pixel(inside) != before); // the band's tint
    QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(paintedViewport(canvas).pixel(inside), before);
}

void TestCanvasRendering::layerOffMeansItemsPaintWires()
{
    CanvasFixture canvas(twoConnectedNodes());
    const QString edgeId = onlyEdgeId(canvas);
    canvas.scene->setPlainWiresInLayer(false);
    QVERIFY(!(canvas.scene->edgeItem(edgeId)->flags() & QGraphicsItem::ItemHasNoContents));
    const int renders = canvas.view->wireLayer().renders();
    const QImage image = paintedViewport(canvas);
    QCOMPARE(canvas.view->wireLayer().renders(), renders);
    // QPainter's antialiased pen: close to the wire colour, not exact.
    QVERIFY(paintedNear(image, canvas.viewPos(wireMiddle(canvas, edgeId)), canvas.scene->theme().edge, 2, 40));
}

void TestCanvasRendering::everyKindHasColourAndPorts()
{
    Graph g;
    int x = 0;
    for (const NodeType &type : Catalog::builtin().types())
        g.putNode(makeNode(type.kind, type.kind, x += 260, 0));
    CanvasFixture canvas(std::move(g));
    for (const NodeType &type : Catalog::builtin().types()) {
        const NodeItem *item = canvas.scene->nodeItem(QString::fromStdString(type.kind));
        QVERIFY2(item, type.kind.c_str());
        // (The icons themselves live in the app's resources: tst_mainwindow checks them.)
        QCOMPARE(item->color(), NodeStyle::categoryColor(type.category));
        QCOMPARE(item->geometry().inputs().size(), qsizetype(type.inputs.size()));
        for (int i = 0; i < item->geometry().inputs().size(); ++i)
            QVERIFY(!item->geometry().inputs()[i].label.isEmpty());
    }
}

void TestCanvasRendering::summaryShowsKeyParameters()
{
    Graph g;
    Node filter = makeNode("hot", "filter", 0, 0);
    filter.parameters["condition"] = "temperature > 132";
    g.putNode(filter);
    Node sink = makeNode("out", "kafka-sink", 300, 0);
    sink.parameters["topic"] = "alerts";
    g.putNode(sink);
    CanvasFixture canvas(std::move(g));
    auto summary = [&](const char *id) { return canvas.scene->nodeItem(QString::fromLatin1(id))->geometry().summary().join('\n'); };
    QVERIFY2(summary("hot").contains(QStringLiteral("temperature > 132")), qPrintable(summary("hot")));
    QVERIFY2(summary("out").contains(QStringLiteral("alerts")), qPrintable(summary("out")));
    // An edit shows at once, and the node grows or shrinks with its summary.
    canvas.model.execute(std::make_unique<edit::SetParameterCommand>(canvas.model.graph(), "hot", "condition",
                                                                     nlohmann::json("temperature < 32")));
    QVERIFY(summary("hot").contains(QStringLiteral("temperature < 32")));
    QVERIFY(!summary("hot").contains(QStringLiteral("132")));
}

QTEST_MAIN(TestCanvasRendering)
#include "tst_canvasrendering.moc"
