#pragma once

#include "widgets/model/graphmodel.h"
#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include <QtTest>
#include <QUndoStack>

#include <memory>

// A canvas without the main window: model + undo stack + scene + shown view.
struct CanvasFixture {
    QUndoStack stack;
    GraphModel model;
    std::unique_ptr<PipelineScene> scene;
    std::unique_ptr<PipelineView> view;

    explicit CanvasFixture(pipeline::Graph graph = {})
    {
        model.setUndoStack(&stack);
        model.resetGraph(std::move(graph));
        scene = std::make_unique<PipelineScene>(&model);
        view = std::make_unique<PipelineView>(scene.get());
        view->resize(1000, 700);
        view->setMinimapVisible(false);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->resetZoom();
        view->centerOn(400, 200);
    }

    QPoint viewPos(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    QPoint nodeHeader(const QString &id) const
    {
        NodeItem *item = scene->nodeItem(id);
        return viewPos(item->pos() + QPointF(NodeGeometry::Width / 2, NodeGeometry::HeaderHeight / 2));
    }
    QPoint outputPort(const QString &id, int index = 0) const
    {
        NodeItem *item = scene->nodeItem(id);
        return viewPos(item->pos() + item->geometry().outputPos(index));
    }
    QPoint inputPort(const QString &id, int index = 0) const
    {
        NodeItem *item = scene->nodeItem(id);
        return viewPos(item->pos() + item->geometry().inputPos(index));
    }
    QWidget *viewport() const { return view->viewport(); }

    // A press-move-release drag with intermediate moves so tools see a real gesture.
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {},
              Qt::MouseButton button = Qt::LeftButton)
    {
        QTest::mousePress(viewport(), button, modifiers, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(viewport(), from + (to - from) * step / 5);
        QTest::mouseRelease(viewport(), button, modifiers, to);
    }
};

inline pipeline::Node makeNode(const std::string &id, const std::string &kind, double x, double y)
{
    pipeline::Node node = pipeline::Catalog::builtin().instantiate(kind, id);
    node.label = id;
    node.position = {x, y};
    return node;
}

inline pipeline::Edge makeEdge(const std::string &from, const std::string &fromPort, const std::string &to,
                               const std::string &toPort)
{
    pipeline::Edge edge;
    edge.from = {from, fromPort};
    edge.to = {to, toPort};
    edge.id = pipeline::Graph::edgeIdFor(edge.from, edge.to);
    return edge;
}
