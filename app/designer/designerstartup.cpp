#include "app/designer/designerstartup.h"

#include "app/designer/document.h"
#include "app/designer/mainwindow.h"
#include "app/designer/run/sandboxcontroller.h"

#include "widgets/canvas/items/nodeitem.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"
#include "widgets/model/graphmodel.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

void selectFirstExpressionNode(MainWindow *window)
{
    // Show a node's form too: the first one with an expression parameter.
    const GraphModel *model = window->document()->model();
    for (const auto &[id, node] : model->graph().nodes()) {
        const pipeline::NodeType *type = model->catalog().find(node.kind);
        const bool hasExpression = type && std::any_of(type->parameters.begin(), type->parameters.end(), [](const auto &p) {
            return p.type == pipeline::ParameterType::Expression;
        });
        if (hasExpression) {
            window->scene()->selectNodes({QString::fromStdString(id)});
            return;
        }
    }
}

/// What is on the screen where the window is (the real pixels under X11); the
/// widget's own rendering where the platform cannot grab the screen.
QImage grabFromScreen(MainWindow *window)
{
    if (QScreen *screen = window->screen()) {
        const QRect frame = window->frameGeometry();
        const QPixmap pixmap = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
        if (!pixmap.isNull() && pixmap.size() == frame.size() * pixmap.devicePixelRatio())
            return pixmap.toImage();
    }
    return window->grab().toImage();
}

void scheduleGrab(MainWindow *window)
{
    const QString path = qEnvironmentVariable("PIPEWRIGHT_GRAB");
    bool ok = false;
    int delay = qEnvironmentVariableIntValue("PIPEWRIGHT_GRAB_DELAY_MS", &ok);
    if (!ok)
        delay = 2500;
    const QString select = qEnvironmentVariable("PIPEWRIGHT_GRAB_SELECT");
    const QString dockName = qEnvironmentVariable("PIPEWRIGHT_GRAB_DOCK");
    QTimer::singleShot(delay, window, [window, path, select, dockName] {
        if (!select.isEmpty()) {
            // Selected as a click on it would: its form shows in Properties.
            window->scene()->selectNodes({select});
        }
        if (auto *dock = dockName.isEmpty() ? nullptr : window->findChild<QDockWidget *>(dockName)) {
            // Brought to the front as a click on its tab would, and given room to be read.
            dock->show();
            dock->raise();
            if (window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
                window->resizeDocks({dock}, {window->height() * 2 / 5}, Qt::Vertical);
        }
        QTimer::singleShot(select.isEmpty() && dockName.isEmpty() ? 0 : 500, window, [window, path] {
            std::printf("%s\n", qPrintable(viewReport(window)));
            const QImage image = grabFromScreen(window);
            const bool saved = image.save(path, "PNG");
            std::printf("%s %s (%dx%d)\n", saved ? "saved" : "cannot save", qPrintable(path), image.width(), image.height());
            std::fflush(stdout);
            window->setWindowModified(false);
            QApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

QString viewReport(const MainWindow *window)
{
    const PipelineView *view = window->view();
    const QRect viewport = view->viewport()->rect();
    int nodes = 0;
    int inside = 0;
    for (const auto &[id, node] : window->document()->model()->graph().nodes()) {
        ++nodes;
        if (const NodeItem *item = window->scene()->nodeItem(QString::fromStdString(id))) {
            const QRect onScreen = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
            inside += view->isVisible() && viewport.contains(onScreen);
        }
    }
    const QStatusBar *status = const_cast<MainWindow *>(window)->statusBar();
    QStringList labels;
    for (const QLabel *label : status->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            labels << label->text();
    return QStringLiteral("view: window=%1x%2 viewport=%3x%4 zoom=%5 nodes=%6 inside=%7 welcome=%8 message=\"%9\" labels=\"%10\"")
        .arg(window->width())
        .arg(window->height())
        .arg(viewport.width())
        .arg(viewport.height())
        .arg(view->zoom(), 0, 'f', 3)
        .arg(nodes)
        .arg(inside)
        .arg(window->isWelcomeShown() ? 1 : 0)
        .arg(status->currentMessage(), labels.join(QStringLiteral(" | ")));
}

MainWindow *startDesigner(const DesignerStartOptions &options)
{
    const bool takeScreenshot = !options.screenshotPath.isEmpty();
    if (options.sandbox) {
        // Runs of this session go to the sandbox, whatever connection profile is active.
        QString error;
        if (SandboxController::instance()->start(&error))
            SandboxController::instance()->setPreferredForRuns(true);
        else
            std::fprintf(stderr, "%s\n", qPrintable(error));
    }
    QList<MainWindow *> restored;
    if (!takeScreenshot)
        restored = MainWindow::offerRecovery();

    auto *window = new MainWindow;
    MainWindow *shown = window;
    if (takeScreenshot)
        MainWindow::setQuietErrors(true);
    if (!options.file.isEmpty()) {
        if (MainWindow *opened = window->openFile(options.file))
            shown = opened;
    }
    const bool showFirst = restored.isEmpty() || !options.file.isEmpty() || takeScreenshot;
    if (showFirst) {
        // No file (or it failed to open): the start page instead of an empty canvas.
        if (shown == window && window->document()->model()->graph().nodes().empty())
            window->showWelcome();
        window->show();
    } else {
        window->deleteLater();
        shown = restored.constFirst();
    }

    if (takeScreenshot) {
        const QString path = options.screenshotPath;
        // Wait until the canvas has painted once, then let the rest of the window settle.
        QTimer::singleShot(0, shown, [shown, path] {
            selectFirstExpressionNode(shown);
            QTimer::singleShot(400, shown, [shown, path] {
                const QImage image = shown->grab().toImage();
                const bool ok = image.save(path, "PNG");
                // The window's own size in device pixels, for the checker to compare the image with.
                const QSize size = shown->size() * shown->devicePixelRatioF();
                std::fprintf(ok ? stdout : stderr, "%s %s (%dx%d)\n", ok ? "saved" : "cannot save", qPrintable(path),
                             size.width(), size.height());
                shown->setWindowModified(false);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    } else if (qEnvironmentVariableIsSet("PIPEWRIGHT_GRAB")) {
        scheduleGrab(shown);
    }
    return showFirst ? shown : restored.constFirst();
}
