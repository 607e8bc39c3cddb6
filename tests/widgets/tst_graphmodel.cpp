#include "canvasfixture.h"

#include "widgets/canvas/items/edgeitem.h"
#include "widgets/model/undoadapter.h"

#include "pipeline/edit/connectcommand.h"
#include "pipeline/edit/insertsubgraphcommand.h"
#include "pipeline/edit/removecommand.h"
#include "pipeline/edit/setparametercommand.h"
#include "pipeline/edit/setpositionscommand.h"

#include <QSignalSpy>

using namespace pipeline;
using namespace pipeline::edit;

namespace {
Graph chain()
{
    Graph g;
    g.putNode(makeNode("src", "sample-source", 0, 0));
    Node filter = makeNode("f", "filter", 300, 0);
    filter.parameters["condition"] = "temperature > 20";
    g.putNode(filter);
    g.putNode(makeNode("sink", "kafka-sink", 600, 0));
    g.putEdge(makeEdge("src", "out", "f", "in"));
    g.putEdge(makeEdge("f", "out", "sink", "in"));
    return g;
}
} // namespace

class TestGraphModel : public QObject {
    Q_OBJECT

private slots:
    void signalsPerChange();
    void sceneFollowsOneChangeAtATime();
    void parameterEditsMergeOnStack();
    void sealedEditsStaySeparate();
    void obsoleteMergeDisappears();
    void validationMarksNodes();
};

void TestGraphModel::signalsPerChange()
{
    QUndoStack stack;
    GraphModel model;
    model.setUndoStack(&stack);
    model.resetGraph(chain());
    QSignalSpy nodeRemoved(&model, &GraphModel::nodeRemoved);
    QSignalSpy edgeRemoved(&model, &GraphModel::edgeRemoved);
    QSignalSpy nodeAdded(&model, &GraphModel::nodeAdded);
    QSignalSpy edgeAdded(&model, &GraphModel::edgeAdded);
    QSignalSpy moved(&model, &GraphModel::nodeMoved);

    model.execute(std::make_unique<RemoveCommand>(model.graph(), std::set<std::string>{"f"}, std::set<std::string>{}));
    QCOMPARE(nodeRemoved.count(), 1);
    QCOMPARE(edgeRemoved.count(), 2);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(nodeAdded.count(), 1);
    QCOMPARE(edgeAdded.count(), 2);
    QVERIFY(model.graph() == chain());

    model.execute(std::make_unique<SetPositionsCommand>(model.graph(), std::map<std::string, Position>{{"f", {20, 40}}}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().first().toString(), QString("f"));
}

void TestGraphModel::sceneFollowsOneChangeAtATime()
{
    CanvasFixture canvas(chain());
    QCOMPARE(canvas.scene->nodeItemCount(), 3);
    QCOMPARE(canvas.scene->edgeItemCount(), 2);
    NodeItem *source = canvas.scene->nodeItem("src");
    NodeItem *filter = canvas.scene->nodeItem("f");

    canvas.model.execute(std::make_unique<SetPositionsCommand>(canvas.model.graph(),
                                                               std::map<std::string, Position>{{"f", {300, 200}}}));
    // The same item moved (not rebuilt), and its edges followed.
    QCOMPARE(canvas.scene->nodeItem("f"), filter);
    QCOMPARE(filter->pos(), QPointF(300, 200));
    EdgeItem *edge = canvas.scene->edgeItem("src:out->f:in");
    QVERIFY(edge);
    QCOMPARE(edge->path().currentPosition(), filter->inputScenePos("in"));

    canvas.model.execute(std::make_unique<ConnectCommand>(canvas.model.graph(), PortRef{"src", "out"},
                                                          PortRef{"sink", "in"}, false));
    QCOMPARE(canvas.scene->edgeItemCount(), 3);
    QCOMPARE(canvas.scene->nodeItem("src"), source);
    canvas.stack.undo();
    QCOMPARE(canvas.scene->edgeItemCount(), 2);
    canvas.stack.undo();
    QCOMPARE(filter->pos(), QPointF(300, 0));
}

void TestGraphModel::parameterEditsMergeOnStack()
{
    CanvasFixture canvas(chain());
    for (const char *text : {"t", "te", "temperature > 3", "temperature > 30"})
        canvas.model.execute(std::make_unique<SetParameterCommand>(canvas.model.graph(), "f", "condition", text));
    QCOMPARE(canvas.stack.count(), 1);
    QCOMPARE(canvas.stack.undoText(), QString("Change condition"));
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == chain());
    canvas.stack.redo();
    QCOMPARE(canvas.model.graph().node("f")->stringParameter("condition"), std::string("temperature > 30"));
}

void TestGraphModel::sealedEditsStaySeparate()
{
    CanvasFixture canvas(chain());
    canvas.model.execute(std::make_unique<SetParameterCommand>(canvas.model.graph(), "f", "condition", "a > 1"));
    canvas.model.sealLastEdit();
    canvas.model.execute(std::make_unique<SetParameterCommand>(canvas.model.graph(), "f", "condition", "a > 2"));
    QCOMPARE(canvas.stack.count(), 2);
}

void TestGraphModel::obsoleteMergeDisappears()
{
    CanvasFixture canvas(chain());
    const nlohmann::json original = *canvas.model.graph().node("f")->parameter("condition");
    canvas.model.execute(std::make_unique<SetParameterCommand>(canvas.model.graph(), "f", "condition", "x"));
    canvas.model.execute(std::make_unique<SetParameterCommand>(canvas.model.graph(), "f", "condition", original));
    // Typing and deleting back to the old text leaves no undo step.
    QCOMPARE(canvas.stack.count(), 0);
    QVERIFY(canvas.model.graph() == chain());
}

void TestGraphModel::validationMarksNodes()
{
    Graph g = chain();
    g.node("f")->parameters["condition"] = "no_such_field > 1";
    CanvasFixture canvas(g);
    canvas.model.validate();
    NodeItem *filter = canvas.scene->nodeItem("f");
    QCOMPARE(filter->diagnosticSeverity(), 2);
    QVERIFY(!filter->diagnosticMessages().isEmpty());
    QVERIFY(filter->toolTip().contains(filter->diagnosticMessages().front().toHtmlEscaped()));
    canvas.model.execute(std::make_unique<SetParameterCommand>(canvas.model.graph(), "f", "condition", "temperature > 1"));
    canvas.model.validate();
    QCOMPARE(filter->diagnosticSeverity(), 0);
}

QTEST_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
