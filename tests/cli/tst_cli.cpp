// The built pipewright-cli as users run it: validate's output lines and exit
// codes, format's canonical rewrite, --help and --version, and the command line
// itself (CLI11): usage errors name the option, every command has a generated
// --help, the shared options mean the same in every command that takes them.

#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    process.start(qEnvironmentVariable("PIPEWRIGHT_CLI"), args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void writeFile(const QString &path, const std::string &text)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

QStringList examples()
{
    QStringList out;
    for (const auto &entry : fs::directory_iterator(PIPEWRIGHT_SOURCE_DIR "/resources/examples"))
        if (entry.path().string().ends_with(".pipeline.json"))
            out << QString::fromStdString(entry.path().string());
    out.sort();
    return out;
}

const QString iotExample = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");

} // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("PIPEWRIGHT_CLI")).isExecutable(),
                 "set PIPEWRIGHT_CLI to the pipewright-cli binary (ctest does)");
        QCOMPARE(examples().size(), 9);
    }

    void validateExample_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : examples())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void validateExample()
    {
        QFETCH(QString, path);
        const Run run = runCli({"validate", path});
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

    void validateAllExamplesAtOnce()
    {
        const Run run = runCli(QStringList{"validate"} + examples());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
    }

    void validateReportsSyntaxErrorWithLocation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.pipeline.json");
        writeFile(path, "{\n  \"format\": \"pipewright-pipeline\",\n  \"version\": 1,\n}\n");
        const Run run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, path + ":3:15: error: trailing comma before '}' (JSON does not allow trailing commas)\n");
    }

    void validateReportsGraphErrorsPerNode()
    {
        // The IoT example with a broken route condition and a sink without its topic.
        std::string text = readFile(iotExample);
        auto replace = [&text](const std::string &from, const std::string &to) {
            const auto at = text.find(from);
            QVERIFY(at != std::string::npos);
            text.replace(at, from.size(), to);
        };
        replace("\"temperature > 100 OR temperature < 40\"", "\"temperature > 100 OR\"");
        replace("\"topic\": \"TempRangeAlert\"", "\"topic\": \"\"");
        QTemporaryDir dir;
        const QString path = dir.filePath("iot.pipeline.json");
        writeFile(path, text);

        const Run run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(run.out));
        bool sawSink = false;
        bool sawCondition = false;
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(path + ": "), qPrintable(line));
            sawSink = sawSink || line.startsWith(path + ": temp-range-alert.topic: error: ");
            // file: node.parameter:line:column: inside the expression text.
            sawCondition = sawCondition || line.startsWith(path + ": thresholds.routes[0].condition:1:21: error: ");
        }
        QVERIFY2(sawSink, qPrintable(run.out));
        QVERIFY2(sawCondition, qPrintable(run.out));
    }

    void validateKeepsGoingAfterABadFile()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath("truncated.pipeline.json");
        writeFile(broken, readFile(iotExample).substr(0, 200));
        const QString missing = dir.filePath("missing.pipeline.json");
        const Run run = runCli({"validate", broken, iotExample, missing});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(broken + ":"), qPrintable(lines[0]));
        QVERIFY(lines[0].contains("unexpected end of file"));
        QCOMPARE(lines[1], missing + ": error: cannot open: No such file or directory");
    }

    void validateWarningsDoNotFail()
    {
        std::string text = readFile(iotExample);
        const auto at = text.find("\"topic\": \"TempRangeAlert\"");
        QVERIFY(at != std::string::npos);
        text.insert(at, "\"colour\": \"red\",\n        ");
        QTemporaryDir dir;
        const QString path = dir.filePath("warn.pipeline.json");
        writeFile(path, text);
        const Run run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(path + ": temp-range-alert.colour: warning: "), qPrintable(run.out));
        QCOMPARE(runCli({"validate", "--quiet", path}).out, QString());
        QCOMPARE(runCli({"validate", "--werror", path}).exitCode, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("validate without files") << QStringList{"validate"} << 2;
        QTest::newRow("validate unknown option") << QStringList{"validate", "--frobnicate", iotExample} << 2;
        QTest::newRow("format without files") << QStringList{"format"} << 2;
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2;
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("validate --help") << QStringList{"validate", "--help"} << 0;
        QTest::newRow("format --help") << QStringList{"format", "--help"} << 0;
        QTest::newRow("--help") << QStringList{"--help"} << 0;
        QTest::newRow("unknown top-level option") << QStringList{"--frobnicate"} << 2;
        QTest::newRow("unknown option before the command") << QStringList{"--frobnicate", "validate", iotExample} << 2;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY2(!run.err.isEmpty() || run.out.contains("Usage:"), qPrintable(run.out));
        else
            QVERIFY(run.out.contains("Usage: pipewright-cli"));
    }

    void unknownOptionIsAUsageErrorNamingIt_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::newRow("validate") << QStringList{"validate", "--frobnicate", iotExample} << "validate";
        QTest::newRow("format") << QStringList{"format", iotExample, "--frobnicate"} << "format";
        QTest::newRow("sandbox") << QStringList{"sandbox", "--frobnicate"} << "sandbox";
        QTest::newRow("run") << QStringList{"run", iotExample, "--sandbox", "--frobnicate"} << "run";
        QTest::newRow("export") << QStringList{"export", "--dialect", "flink", "--frobnicate", iotExample} << "export";
        QTest::newRow("generate") << QStringList{"generate", "a description", "--frobnicate"} << "generate";
        QTest::newRow("short option") << QStringList{"validate", "-Z", iotExample} << "validate";
    }
    void unknownOptionIsAUsageErrorNamingIt()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        const QString option = args.at(args.indexOf(QRegularExpression("^-[^-]$|^--frob.*")));
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith("pipewright-cli " + command + ": "), qPrintable(run.err));
        QVERIFY2(run.err.contains(option), qPrintable(run.err));
        QVERIFY2(run.err.contains("see --help"), qPrintable(run.err));
    }

    void missingOrMalformedArgument_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // what the message must name
        QTest::newRow("validate FILE") << QStringList{"validate", "--quiet"} << "FILE";
        QTest::newRow("format FILE") << QStringList{"format", "--check"} << "FILE";
        QTest::newRow("run FILE") << QStringList{"run", "--sandbox"} << "FILE";
        QTest::newRow("export FILE") << QStringList{"export", "--dialect", "ksql"} << "FILE";
        QTest::newRow("export --dialect") << QStringList{"export", iotExample} << "--dialect";
        QTest::newRow("export unknown dialect") << QStringList{"export", "--dialect", "oracle", iotExample} << "oracle";
        QTest::newRow("export one file") << QStringList{"export", "--dialect", "ksql", iotExample, iotExample} << iotExample;
        QTest::newRow("export --partitions") << QStringList{"export", "--dialect", "ksql", "--partitions", "0", iotExample}
                                             << "--partitions";
        QTest::newRow("option without its value") << QStringList{"run", iotExample, "--bootstrap"} << "--bootstrap";
        QTest::newRow("value of the wrong kind") << QStringList{"run", iotExample, "--sandbox", "--max-messages", "many"}
                                                 << "--max-messages";
        QTest::newRow("budget") << QStringList{"run", iotExample, "--sandbox", "--budget", "lots"} << "lots";
        QTest::newRow("database") << QStringList{"run", iotExample, "--sandbox", "--database", "nameonly"} << "--database";
        QTest::newRow("schema registry") << QStringList{"run", iotExample, "--sandbox", "--schema-registry", "prod="}
                                         << "--schema-registry";
        QTest::newRow("sandbox --topic") << QStringList{"sandbox", "--topic", "t:zero"} << "t:zero";
        QTest::newRow("sandbox --brokers") << QStringList{"sandbox", "--brokers", "0"} << "--brokers";
        QTest::newRow("sandbox takes no arguments") << QStringList{"sandbox", "readings"} << "readings";
        QTest::newRow("generate description") << QStringList{"generate", "   "} << "no description";
        QTest::newRow("generate two descriptions") << QStringList{"generate", "a", "b"} << "b";
        QTest::newRow("generate --rounds") << QStringList{"generate", "a", "--rounds", "x"} << "--rounds";
        QTest::newRow("generate --edit with --explain")
            << QStringList{"generate", "a", "--edit", iotExample, "--explain", iotExample} << "--edit";
    }
    void missingOrMalformedArgument()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("pipewright-cli " + args.first() + ": "), qPrintable(run.err));
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void helpPerCommand_data()
    {
        // Every option each command takes: its generated --help must list them all.
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("validate") << "validate" << QStringList{"-q,--quiet", "-W,--werror", "FILE"};
        QTest::newRow("format") << "format" << QStringList{"--check", "FILE"};
        QTest::newRow("sandbox") << "sandbox" << QStringList{"--brokers N", "--topic NAME:PARTITIONS"};
        QTest::newRow("run") << "run"
                             << QStringList{"FILE", "--bootstrap HOST:PORT", "--sandbox", "--config FILE",
                                            "--llm-endpoints FILE", "--llm-cache FILE", "--budget AMOUNT",
                                            "--budget-action A", "--schema-registry [NAME=]URL",
                                            "--schema-registry-auth [NAME=]ENV_VAR", "--database NAME=CONN",
                                            "--max-messages N", "--duration S", "--stats-json PATH", "--quiet",
                                            "--http HOST:PORT", "--log-format FORMAT", "--log-level LEVEL",
                                            "--drain-timeout S"};
        QTest::newRow("export") << "export"
                                << QStringList{"FILE", "--dialect D", "-o,--output OUT", "--bootstrap HOST:PORT",
                                               "--partitions N", "--confluent", "--ksql-udf NAME",
                                               "--vector-store INDEX=STORE", "--schema-registry-url URL"};
        QTest::newRow("generate") << "generate"
                                  << QStringList{"DESCRIPTION", "-o,--output FILE", "--edit FILE", "--explain FILE",
                                                 "--endpoint URL", "--model NAME", "--api-key-env NAME",
                                                 "--bootstrap HOST:PORT", "--sandbox", "--config FILE", "--samples N",
                                                 "--rounds N", "--no-structured-output", "--language CODE",
                                                 "-q,--quiet"};
    }
    void helpPerCommand()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run run = runCli({command, flag});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.err, QString());
            QVERIFY2(run.out.contains("Usage: pipewright-cli " + command + " [OPTIONS]"), qPrintable(run.out));
            for (const QString &option : options)
                QVERIFY2(run.out.contains("  " + option + " "), qPrintable(command + " --help lacks " + option + ":\n" + run.out));
            QVERIFY2(run.out.contains("Exit "), qPrintable(run.out)); // the footer with the exit codes
        }
        // --help wins over anything else on the line, even errors.
        QCOMPARE(runCli({command, "--frobnicate", "--help"}).exitCode, 0);
        // The top-level help lists the command with its summary.
        QVERIFY(runCli({"--help"}).out.contains(QRegularExpression("\n  " + command + " +\\S")));
    }

    void sharedOptionsMeanTheSameEverywhere_data()
    {
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<QString>("option");
        QTest::newRow("--bootstrap") << QStringList{"run", "generate", "export"} << "--bootstrap HOST:PORT";
        QTest::newRow("--sandbox") << QStringList{"run", "generate"} << "--sandbox";
        QTest::newRow("--config") << QStringList{"run", "generate"} << "--config FILE";
    }
    void sharedOptionsMeanTheSameEverywhere()
    {
        // One declaration: the same help line (export's --bootstrap says what it is for).
        QFETCH(QStringList, commands);
        QFETCH(QString, option);
        QString first;
        for (const QString &command : commands) {
            const QString help = runCli({command, "--help"}).out;
            // The option's line and its description (on the next line when the name is long).
            const QRegularExpressionMatch line =
                QRegularExpression("\n  " + QRegularExpression::escape(option) + " [^\n]*(\n {20,}[^\n]*)*").match(help);
            QVERIFY2(line.hasMatch(), qPrintable(command + ": " + help));
            if (command == "export")
                continue;
            if (first.isEmpty())
                first = line.captured();
            QCOMPARE(line.captured(), first);
        }
    }

    void clusterOptionsAcceptedByEveryCommandThatTakesThem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("run") << QStringList{"run", iotExample};
        QTest::newRow("generate") << QStringList{"generate", "read readings"};
    }
    void clusterOptionsAcceptedByEveryCommandThatTakesThem()
    {
        QFETCH(QStringList, args);
        const QString command = args.first();
        // --bootstrap and --sandbox exclude each other, in either order.
        for (const QStringList &both : {QStringList{"--sandbox", "--bootstrap", "h:1"}, QStringList{"--bootstrap", "h:1", "--sandbox"}}) {
            const Run run = runCli(args + both);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--sandbox excludes --bootstrap") || run.err.contains("--bootstrap excludes --sandbox"),
                     qPrintable(run.err));
        }
        // --config is read (and its error reported with the file name) before anything else happens.
        const Run missing = runCli(args + QStringList{"--config", "/nonexistent/client.properties"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("/nonexistent/client.properties"), qPrintable(missing.err));
        // A properties file without bootstrap.servers and no --bootstrap: no cluster, a usage error.
        QTemporaryDir dir;
        const QString properties = dir.filePath("client.properties");
        writeFile(properties, "session.timeout.ms=6000\n");
        const Run noCluster = runCli(args + QStringList{"--config", properties});
        QCOMPARE(noCluster.exitCode, 2);
        QVERIFY2(noCluster.err.contains("pipewright-cli " + command + ": no cluster: give --bootstrap, --sandbox, or "
                                        "bootstrap.servers in --config"),
                 qPrintable(noCluster.err));
        // --opt=value is the same as --opt value.
        const Run equals = runCli(args + QStringList{"--config=/nonexistent/client.properties"});
        QCOMPARE(equals.exitCode, 1);
    }

    void repeatableOptionsLeaveTheFileAlone()
    {
        // Each --database / --schema-registry takes one value; the file after it is still the FILE.
        const Run run = runCli({"run", "--database", "a=b.db", "--schema-registry", "http://sr:8081", "--database",
                                "c=d.db", "/nonexistent.pipeline.json", "--sandbox"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("/nonexistent.pipeline.json"), qPrintable(run.err));
        // An option given twice keeps its last value.
        const Run twice = runCli({"export", "--dialect", "ksql", "--dialect", "flink", iotExample});
        QCOMPARE(twice.exitCode, 0);
        QVERIFY(twice.out.contains("'connector' = 'kafka'"));
    }

    void commandNamesAfterTheCommandAreArguments()
    {
        // A file called "format" is validated, not a second command.
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        auto restore = qScopeGuard([&before] { QDir::setCurrent(before); });
        QVERIFY(QDir::setCurrent(dir.path()));
        const Run run = runCli({"validate", "format"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString("format: error: cannot open: No such file or directory\n"));
        // And "--" ends the options: a file whose name starts with a dash.
        writeFile(dir.filePath("-odd.pipeline.json"), readFile(iotExample));
        const Run dashed = runCli({"validate", "--", "-odd.pipeline.json"});
        QCOMPARE(dashed.err, QString());
        QCOMPARE(dashed.exitCode, 0);
    }

    void unknownCommandIsNamed()
    {
        const Run run = runCli({"frobnicate", iotExample});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QString("pipewright-cli: unknown command 'frobnicate' (see --help)\n"));
        const Run none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.contains("Usage: pipewright-cli [OPTIONS] COMMAND"));
    }

    void helpListsCommandsAndVersion()
    {
        const Run help = runCli({"--help"});
        QVERIFY(help.out.contains("  validate "));
        QVERIFY(help.out.contains("  format "));
        const Run version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("pipewright-cli " PIPEWRIGHT_VERSION "\n"));
    }

    void formatCheckAcceptsExamples()
    {
        const Run run = runCli(QStringList{"format", "--check"} + examples());
        QCOMPARE(run.out, QString());
        QCOMPARE(run.exitCode, 0);
    }

    void formatRewritesCanonically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("hand.pipeline.json");
        const std::string hand = R"({"version": 1, "format": "pipewright-pipeline", "name": "hand",
            "nodes": [{"id": "b", "kind": "kafka-sink", "position": {"x": 300.4, "y": 0}, "parameters": {"topic": "out"}},
                      {"id": "a", "kind": "sample-source", "position": {"x": 0, "y": 0}}],
            "edges": [{"id": "a:out->b:in", "from": {"node": "a", "port": "out"}, "to": {"node": "b", "port": "in"}}]})";
        writeFile(path, hand);

        Run check = runCli({"format", "--check", path});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.out, path + ": not in canonical form (run pipewright-cli format)\n");
        QCOMPARE(readFile(path), hand); // --check changes nothing

        QCOMPARE(runCli({"format", path}).exitCode, 0);
        const std::string formatted = readFile(path);
        const pipeline::LoadResult loaded = pipeline::readPipelineText(formatted, "formatted");
        QVERIFY(loaded.ok());
        QCOMPARE(formatted, pipeline::writePipelineText(*loaded.graph));
        QVERIFY(formatted.find("\"x\": 300,") != std::string::npos);
        QCOMPARE(runCli({"format", "--check", path}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
