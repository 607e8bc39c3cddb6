#include "app/designer/designerstartup.h"
#include "app/designer/run/enginereaper.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

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

    DesignerStartOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.screenshotPath = parser.value(screenshot);
    if (!parser.positionalArguments().isEmpty())
        options.file = parser.positionalArguments().constFirst();
    startDesigner(options);
    const int code = app.exec();
    // Runs whose window closed mid-run are still draining: let them commit.
    EngineReaper::waitAll();
    return code;
}
