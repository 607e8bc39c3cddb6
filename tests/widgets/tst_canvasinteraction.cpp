#include "canvasfixture.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/canvas/mimetypes.h"
#include "widgets/canvas/minimapwidget.h"
#include "widgets/docks/palettewidget.h"
#include "widgets/canvas/quickaddpopup.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>

using namespace pipeline;

namespace {
Graph threeNodes()
{
    Graph g;
    g.putNode(makeNode("src", "sample-source", 0, 0));
    g.putNode(makeNode("f1", "filter", 300, 0));
    g.putNode(makeNode("f2", "filter", 600, 0));
    g.putNode(makeNode("sink", "kafka-sink", 600, 240));
    g.putEdge(makeEdge("f1", "out", "f2", "in"));
    return g;
}

QStringList nodeIds(const Graph &g)
{
    QStringList ids;
    for (const auto &[id, node] : g.nodes())
        ids << QString::fromStdString(id);
    return ids;
}
} // namespace

class TestCanvasInteraction : public QObject {
    Q_OBJECT

private slots:
    void dropFromPalette();
    void connectPorts_data();
    void connectPorts();
    void refusedTargetShowsFeedback();
    void wireOnEmptyCanvasOffersKinds();
    void moveSnapsAndPushesOneCommand();
    void rubberBandSelects();
    void ctrlClickToggles();
    void deleteKeyAndUndo();
    void clickEdgeAndDisconnect();
    void minimapClickMovesView();
    void copyPasteBetweenCanvases();
    void dropPipelineTextOnCanvas();
    void quickAddOnDoubleClick();
    void wheelZoomsAroundCursor();
    void middleDragPans();
};

void TestCanvasInteraction::dropFromPalette()
{
    CanvasFixture canvas;
    PaletteWidget palette(Catalog::builtin());
    palette.searchField()->setText("filt");
    QCOMPARE(palette.visibleKinds(), QStringList{"filter"});
    QTreeWidgetItem *item = palette.itemForKind("filter");
    QVERIFY(item);
    // The palette's own drag data, delivered as a drop onto the canvas.
    std::unique_ptr<QMimeData> mime(palette.tree()->model()->mimeData({palette.tree()->indexFromItem(item)}));
    QVERIFY(mime && mime->hasFormat(MimeTypes::NodeKind));
    const QPoint dropAt = canvas.viewPos(QPointF(400, 300));
    QDragEnterEvent enter(dropAt, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(dropAt, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport(), &move);
    QDropEvent drop(dropAt, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport(), &drop);

    QCOMPARE(canvas.model.graph().nodes().size(), size_t(1));
    const Node &node = canvas.model.graph().nodes().begin()->second;
    QCOMPARE(node.kind, std::string("filter"));
    QCOMPARE(node.id, std::string("filter-1"));
    // Centred under the drop point, on the grid.
    QCOMPARE(std::fmod(node.position.x, PipelineScene::GridSize), 0.0);
    QVERIFY(std::abs(node.position.x + NodeGeometry::Width / 2 - 400) <= PipelineScene::GridSize);
    QVERIFY(std::abs(node.position.y - 300) <= PipelineScene::GridSize + NodeGeometry::HeaderHeight);
    QCOMPARE(canvas.scene->selectedNodeIds(), QStringList{"filter-1"});
    QCOMPARE(canvas.stack.count(), 1);
    canvas.stack.undo();
    QVERIFY(canvas.model.graph().nodes().empty());
    QCOMPARE(canvas.scene->nodeItemCount(), 0);
}

void TestCanvasInteraction::connectPorts_data()
{
    QTest::addColumn<QString>("fromNode");
    QTest::addColumn<bool>("fromOutput");
    QTest::addColumn<QString>("toNode");
    QTest::addColumn<bool>("toOutput");
    QTest::addColumn<QString>("expectedEdge"); // empty = refused

    QTest::newRow("output to input") << "src" << true << "f1" << false << "src:out->f1:in";
    QTest::newRow("input to output (reverse drag)") << "sink" << false << "f2" << true << "f2:out->sink:in";
    QTest::newRow("onto a node body picks its input") << "src" << true << "sink" << false << "src:out->sink:in";
    QTest::newRow("refused: creates a loop") << "f2" << true << "f1" << false << "";
    QTest::newRow("refused: output to output") << "src" << true << "f1" << true << "";
    QTest::newRow("refused: into itself") << "f1" << true << "f1" << false << "";
}

void TestCanvasInteraction::connectPorts()
{
    QFETCH(QString, fromNode);
    QFETCH(bool, fromOutput);
    QFETCH(QString, toNode);
    QFETCH(bool, toOutput);
    QFETCH(QString, expectedEdge);

    CanvasFixture canvas(threeNodes());
    const Graph before = canvas.model.graph();
    const QPoint from = fromOutput ? canvas.outputPort(fromNode) : canvas.inputPort(fromNode);
    QPoint to = toOutput ? canvas.outputPort(toNode) : canvas.inputPort(toNode);
    if (QTest::currentDataTag() == QByteArray("onto a node body picks its input"))
        to = canvas.nodeHeader(toNode) + QPoint(0, 30);
    canvas.drag(from, to);

    if (expectedEdge.isEmpty()) {
        QVERIFY(canvas.model.graph() == before);
        QCOMPARE(canvas.stack.count(), 0);
        return;
    }
    QVERIFY2(canvas.model.graph().edge(expectedEdge.toStdString()), qPrintable(expectedEdge));
    QVERIFY(canvas.scene->edgeItem(expectedEdge));
    QCOMPARE(canvas.stack.count(), 1);
    QCOMPARE(canvas.stack.undoText(), QString("Connect"));
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == before);
}

void TestCanvasInteraction::refusedTargetShowsFeedback()
{
    CanvasFixture canvas(threeNodes());
    const QPoint from = canvas.outputPort("f2");
    const QPoint to = canvas.inputPort("f1");
    QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas.viewport(), (from + to) / 2);
    QTest::mouseMove(canvas.viewport(), to);
    // While hovering: refused state, a reason, and the port drawn in the refusal colour.
    QCOMPARE(canvas.view->connectFeedbackState(), -1);
    QVERIFY(canvas.view->connectFeedbackReason().contains("loop"));
    NodeItem *target = canvas.scene->nodeItem("f1");
    QVERIFY(target->highlightedPort().has_value());
    QVERIFY(!target->highlightAccepted());
    QCOMPARE(canvas.viewport()->cursor().shape(), Qt::ForbiddenCursor);

    // Moving on to a compatible port turns it green.
    const QPoint ok = canvas.inputPort("sink");
    QTest::mouseMove(canvas.viewport(), ok);
    QCOMPARE(canvas.view->connectFeedbackState(), 1);
    QVERIFY(canvas.scene->nodeItem("sink")->highlightAccepted());
    QVERIFY(!target->highlightedPort().has_value());
    QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, ok);
    QVERIFY(canvas.model.graph().edge("f2:out->sink:in"));
    QCOMPARE(canvas.view->connectFeedbackState(), 0);
    QVERIFY(!canvas.scene->nodeItem("sink")->highlightedPort().has_value());
}

void TestCanvasInteraction::wireOnEmptyCanvasOffersKinds()
{
    CanvasFixture canvas(threeNodes());
    const QPoint empty = canvas.viewPos(QPointF(100, 400));
    canvas.drag(canvas.outputPort("f2"), empty);
    QuickAddPopup *popup = canvas.view->quickAddPopup();
    QVERIFY(popup->isVisible());
    const QStringList kinds = popup->visibleKinds();
    QVERIFY(kinds.contains("kafka-sink"));
    QVERIFY(kinds.contains("filter"));
    QVERIFY(!kinds.contains("sample-source")); // sources take no input
    QTest::keyClicks(popup->searchField(), "kafka sink");
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QVERIFY(canvas.model.graph().node("kafka-sink-1"));
    QVERIFY(canvas.model.graph().edge("f2:out->kafka-sink-1:in"));
    // Node and wire are one undo step.
    QCOMPARE(canvas.stack.count(), 1);
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == threeNodes());
}

void TestCanvasInteraction::moveSnapsAndPushesOneCommand()
{
    CanvasFixture canvas(threeNodes());
    const QPoint start = canvas.nodeHeader("f1");
    canvas.drag(start, start + QPoint(47, 33));
    const Position moved = canvas.model.graph().node("f1")->position;
    QCOMPARE(std::fmod(moved.x, PipelineScene::GridSize), 0.0);
    QCOMPARE(std::fmod(moved.y, PipelineScene::GridSize), 0.0);
    QVERIFY(moved.x > 300 && moved.y > 0);
    QCOMPARE(canvas.stack.count(), 1); // not one per mouse move
    QCOMPARE(canvas.stack.undoText(), QString("Move 1 Node(s)"));
    QCOMPARE(canvas.scene->nodeItem("f1")->pos(), QPointF(moved.x, moved.y));
    // The wire followed the node.
    EdgeItem *edge = canvas.scene->edgeItem("f1:out->f2:in");
    QCOMPARE(QPointF(edge->path().elementAt(0)), canvas.scene->nodeItem("f1")->outputScenePos("out"));
    canvas.stack.undo();
    QCOMPARE(canvas.model.graph().node("f1")->position, (Position{300, 0}));
    QCOMPARE(canvas.scene->nodeItem("f1")->pos(), QPointF(300, 0));
}

void TestCanvasInteraction::rubberBandSelects()
{
    CanvasFixture canvas(threeNodes());
    // From empty space above-left of f1 to below-right of f2's header: f1 and f2, not src or sink.
    canvas.drag(canvas.viewPos(QPointF(280, -40)), canvas.viewPos(QPointF(700, 40)));
    QCOMPARE(canvas.scene->selectedNodeIds(), (QStringList{"f1", "f2"}));
    QCOMPARE(canvas.stack.count(), 0);
    // A plain click on empty canvas clears it.
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.viewPos(QPointF(100, 500)));
    QVERIFY(canvas.scene->selectedNodeIds().isEmpty());
}

void TestCanvasInteraction::ctrlClickToggles()
{
    CanvasFixture canvas(threeNodes());
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.nodeHeader("src"));
    QCOMPARE(canvas.scene->selectedNodeIds(), QStringList{"src"});
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, Qt::ControlModifier, canvas.nodeHeader("sink"));
    QCOMPARE(canvas.scene->selectedNodeIds(), (QStringList{"sink", "src"}));
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, Qt::ControlModifier, canvas.nodeHeader("src"));
    QCOMPARE(canvas.scene->selectedNodeIds(), QStringList{"sink"});
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.nodeHeader("f1"));
    QCOMPARE(canvas.scene->selectedNodeIds(), QStringList{"f1"});
}

void TestCanvasInteraction::deleteKeyAndUndo()
{
    CanvasFixture canvas(threeNodes());
    const Graph before = canvas.model.graph();
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.nodeHeader("f1"));
    QTest::keyClick(canvas.view.get(), Qt::Key_Delete);
    QVERIFY(!canvas.model.graph().node("f1"));
    QVERIFY(canvas.model.graph().edges().empty());
    QCOMPARE(canvas.scene->nodeItemCount(), 3);
    QCOMPARE(canvas.scene->edgeItemCount(), 0);
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == before);
    QCOMPARE(canvas.scene->edgeItemCount(), 1);
}

void TestCanvasInteraction::clickEdgeAndDisconnect()
{
    CanvasFixture canvas(threeNodes());
    EdgeItem *edge = canvas.scene->edgeItem("f1:out->f2:in");
    QVERIFY(edge);
    const QPoint middle = canvas.viewPos(edge->path().pointAtPercent(0.5));
    QTest::mouseMove(canvas.viewport(), middle);
    QVERIFY(edge->isHovered());
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, middle);
    QVERIFY(edge->isSelected());
    QTest::keyClick(canvas.view.get(), Qt::Key_Delete);
    QVERIFY(canvas.model.graph().edges().empty());
    QCOMPARE(canvas.model.graph().nodes().size(), size_t(4));
    QCOMPARE(canvas.stack.undoText(), QString("Disconnect"));
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == threeNodes());
}

void TestCanvasInteraction::minimapClickMovesView()
{
    CanvasFixture canvas(threeNodes());
    MinimapWidget *minimap = canvas.view->minimap();
    canvas.view->setMinimapVisible(true);
    minimap->repaint();
    QVERIFY(!minimap->sceneArea().isEmpty());
    // Clicking the minimap's point for the sink centres the view on it.
    const QRectF area = minimap->sceneArea();
    const QPointF target(700, 280);
    const QPoint click(int((target.x() - area.left()) / area.width() * minimap->width()),
                       int((target.y() - area.top()) / area.height() * minimap->height()));
    QTest::mouseClick(minimap, Qt::LeftButton, {}, click);
    const QPointF centre = canvas.view->mapToScene(canvas.viewport()->rect().center());
    QVERIFY2(QLineF(centre, target).length() < 20, qPrintable(QString("%1,%2").arg(centre.x()).arg(centre.y())));
}

void TestCanvasInteraction::copyPasteBetweenCanvases()
{
    CanvasFixture first(threeNodes());
    CanvasFixture second;
    first.scene->selectNodes({"f1", "f2"});
    first.view->copySelection();
    const QString text = QApplication::clipboard()->text();
    QVERIFY(text.contains("\"format\": \"pipewright-pipeline\""));
    second.view->paste();
    QCOMPARE(nodeIds(second.model.graph()), (QStringList{"f1", "f2"}));
    QVERIFY(second.model.graph().edge("f1:out->f2:in"));
    QCOMPARE(second.scene->selectedNodeIds(), (QStringList{"f1", "f2"}));
    // Pasting again into the same canvas gives fresh ids.
    second.view->paste();
    QCOMPARE(nodeIds(second.model.graph()), (QStringList{"f1", "f1-1", "f2", "f2-1"}));
    QVERIFY(second.model.graph().edge("f1-1:out->f2-1:in"));
    QCOMPARE(second.stack.count(), 2);
    QCOMPARE(second.stack.undoText(), QString("Paste"));
    // Plain text from elsewhere (a text editor: no Pipewright MIME type) pastes too,
    // a whole .pipeline.json file included; garbage does not, and says why.
    QApplication::clipboard()->setText("not json");
    second.view->paste();
    QCOMPARE(second.stack.count(), 2);
    QFile file(QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
    QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(MimeTypes::Pipeline));
    const int before = int(second.model.graph().nodes().size());
    second.view->paste();
    QCOMPARE(second.stack.count(), 3);
    QVERIFY(int(second.model.graph().nodes().size()) > before + 3);
    QVERIFY(second.model.graph().node("check-range"));
}

void TestCanvasInteraction::dropPipelineTextOnCanvas()
{
    CanvasFixture source(threeNodes());
    source.scene->selectNodes({"f1", "f2"});
    source.view->copySelection();
    const QString text = QApplication::clipboard()->text();
    CanvasFixture canvas;
    // Text dragged from an editor: text/plain only.
    auto *mime = new QMimeData;
    mime->setText(text);
    const QPoint at = canvas.viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas.viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(nodeIds(canvas.model.graph()), (QStringList{"f1", "f2"}));
    QCOMPARE(canvas.stack.count(), 1);
    // Dropped where the mouse let go: the top-left node lands at the drop point (snapped).
    const QPointF dropScene = PipelineScene::snapToGrid(canvas.view->mapToScene(at));
    const Node *f1 = canvas.model.graph().node("f1");
    QCOMPARE(QPointF(f1->position.x, f1->position.y), dropScene);
    // Text that is not a pipeline is refused at the door.
    auto *other = new QMimeData;
    other->setText(QStringLiteral("hello"));
    QDragEnterEvent refused(at, Qt::CopyAction, other, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas.viewport(), &refused);
    QVERIFY(!refused.isAccepted());
    delete mime;
    delete other;
}

void TestCanvasInteraction::quickAddOnDoubleClick()
{
    CanvasFixture canvas(threeNodes());
    const QPoint at = canvas.viewPos(QPointF(200, 500));
    QTest::mouseDClick(canvas.viewport(), Qt::LeftButton, {}, at);
    QuickAddPopup *popup = canvas.view->quickAddPopup();
    QVERIFY(popup->isVisible());
    QTest::keyClicks(popup->searchField(), "dedup");
    QCOMPARE(popup->visibleKinds(), QStringList{"dedupe"});
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    const Node *node = canvas.model.graph().node("dedupe-1");
    QVERIFY(node);
    QVERIFY(std::abs(node->position.y - 500) <= 40);
}

void TestCanvasInteraction::wheelZoomsAroundCursor()
{
    CanvasFixture canvas(threeNodes());
    const QPoint cursor = canvas.nodeHeader("f1");
    const QPointF sceneBefore = canvas.view->mapToScene(cursor);
    QWheelEvent wheel(cursor, canvas.viewport()->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas.viewport(), &wheel);
    QVERIFY(canvas.view->zoom() > 1.3);
    const QPointF sceneAfter = canvas.view->mapToScene(cursor);
    QVERIFY(QLineF(sceneBefore, sceneAfter).length() < 2.0);
}

void TestCanvasInteraction::middleDragPans()
{
    CanvasFixture canvas(threeNodes());
    const QPointF centreBefore = canvas.view->mapToScene(canvas.viewport()->rect().center());
    canvas.drag(QPoint(500, 300), QPoint(400, 250), {}, Qt::MiddleButton);
    const QPointF centreAfter = canvas.view->mapToScene(canvas.viewport()->rect().center());
    QVERIFY(std::abs((centreAfter - centreBefore).x() - 100) < 2);
    QVERIFY(std::abs((centreAfter - centreBefore).y() - 50) < 2);
    QCOMPARE(canvas.stack.count(), 0);
    // Space + left drag pans as well.
    QTest::keyPress(canvas.view.get(), Qt::Key_Space);
    canvas.drag(QPoint(500, 300), QPoint(520, 300));
    QTest::keyRelease(canvas.view.get(), Qt::Key_Space);
    const QPointF afterSpace = canvas.view->mapToScene(canvas.viewport()->rect().center());
    QVERIFY(std::abs((afterSpace - centreAfter).x() + 20) < 2);
    QVERIFY(canvas.scene->selectedNodeIds().isEmpty());
}

QTEST_MAIN(TestCanvasInteraction)
#include "tst_canvasinteraction.moc"
