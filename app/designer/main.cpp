#include "app/designer/run/enginereaper.h"
#include "mainwindow.h"
#include "app/designer/run/sandboxcontroller.h"
#include "translations.h"

#include "document.h"

#include "widgets/model/graphmodel.h"
#include "widgets/canvas/pipelinescene.h"
#include "widgets/canvas/pipelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pipewright"));
    QApplication::setApplicationName(QStringLiteral("Pipewright"));
    QApplication::setApplicationVersion(QStringLiteral(PIPEWRIGHT_VERSION));
    // The language: Settings override, else the system locale (PIPEWRIGHT_LANGUAGE for screenshots and tests).
    const QString language = qEnvironmentVariableIsSet("PIPEWRIGHT_LANGUAGE") ? qEnvironmentVariable("PIPEWRIGHT_LANGUAGE")
                                                                              : Translations::chosenLanguage();
    if (!Translations::install(&app, language))
        std::fprintf(stderr, "no translation for %s; using English\n", qPrintable(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design Kafka event pipelines as node graphs."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption sandbox(QStringLiteral("sandbox"),
                               QApplication::translate("main", "Run against the embedded sandbox Kafka cluster."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a PNG of the window after the first paint and exit."),
                                  QStringLiteral("path"));
    parser.addOption(sandbox);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Pipeline file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const bool takeScreenshot = parser.isSet(screenshot);
    if (parser.isSet(sandbox)) {
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
    if (takeScreenshot) {
        window->resize(1280, 800);
        MainWindow::setQuietErrors(true);
    }
    if (!parser.positionalArguments().isEmpty()) {
        if (MainWindow *opened = window->openFile(parser.positionalArguments().constFirst()))
            shown = opened;
    }
    if (restored.isEmpty() || !parser.positionalArguments().isEmpty() || takeScreenshot)
        window->show();
    else
        window->deleteLater();

    if (takeScreenshot) {
        const QString path = parser.value(screenshot);
        // Wait until the canvas has painted once, then let the rest of the window settle.
        QTimer::singleShot(0, shown, [shown, path] {
            shown->view()->fitToView();
            // Show a node's form too: the first one with an expression parameter.
            const GraphModel *model = shown->document()->model();
            for (const auto &[id, node] : model->graph().nodes()) {
                const pipeline::NodeType *type = model->catalog().find(node.kind);
                const bool hasExpression = type && std::any_of(type->parameters.begin(), type->parameters.end(), [](const auto &p) {
                    return p.type == pipeline::ParameterType::Expression;
                });
                if (hasExpression) {
                    shown->scene()->selectNodes({QString::fromStdString(id)});
                    break;
                }
            }
            QTimer::singleShot(400, shown, [shown, path] {
                const QImage image = shown->grab().toImage();
                const bool ok = image.save(path, "PNG");
                // The window's own size in device pixels, for the checker to compare the image with.
                const QSize window = shown->size() * shown->devicePixelRatioF();
                std::fprintf(ok ? stdout : stderr, "%s %s (%dx%d)\n", ok ? "saved" : "cannot save",
                             qPrintable(path), window.width(), window.height());
                shown->setWindowModified(false);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    const int code = app.exec();
    // Runs whose window closed mid-run are still draining: let them commit.
    EngineReaper::waitAll();
    return code;
}
