#include "mainwindow.h"

#include "widgets/pipelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pipewright"));
    QApplication::setApplicationName(QStringLiteral("Pipewright"));
    QApplication::setApplicationVersion(QStringLiteral(PIPEWRIGHT_VERSION));

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
            QTimer::singleShot(400, shown, [shown, path] {
                const QImage image = shown->grab().toImage();
                const bool ok = image.save(path, "PNG");
                std::fprintf(ok ? stdout : stderr, "%s %s (%dx%d)\n", ok ? "saved" : "cannot save",
                             qPrintable(path), image.width(), image.height());
                shown->setWindowModified(false);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app.exec();
}
