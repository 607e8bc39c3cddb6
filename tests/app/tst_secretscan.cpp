// A whole session with real credentials, then a search of everything the product
// wrote for the planted secrets. The designer (offscreen MainWindow, Settings
// dialog, a live run on the sandbox against the mock LLM server, save, recovery
// copy) and the CLI (run with an LLM response cache and stats, SQL export) all
// write under one temporary root: HOME, XDG dirs, QSettings, recovery directory.
// One secret is planted through the (fake) keychain, one through an environment
// variable; both really reach the mock server, so the test proves they were used
// — and that no file, log or settings entry holds them.
#include "fakesecretbackend.h"

#include "app/designer/document.h"
#include "app/designer/mainwindow.h"
#include "app/designer/run/runmonitor.h"
#include "app/designer/run/runtimebridge.h"
#include "app/designer/run/sandboxcontroller.h"
#include "widgets/settings/profilelistpage.h"
#include "widgets/settings/secretfield.h"
#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/settingsdialog.h"

#include "widgets/canvas/pipelineview.h"

#include "mockllmserver.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray KeychainSecret = "sk-keychain-PLANTED-93ab71";
const QByteArray EnvSecret = "pw-env-PLANTED-7c1f08";

QFile *guiLog = nullptr;

void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (guiLog) {
        guiLog->write(message.toUtf8() + '\n');
        guiLog->flush();
    }
}

} // namespace

class TestSecretScan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString path(const QString &relative) const { return m_root.filePath(relative); }

    struct Run {
        int exitCode = -1;
        QByteArray output;
    };
    Run cli(const QStringList &args, const QString &logName)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("HOME", path("home"));
        env.insert("XDG_CONFIG_HOME", path("config"));
        env.insert("XDG_CACHE_HOME", path("cache"));
        env.insert("PW_SCAN_LLM_KEY", QString::fromUtf8(EnvSecret));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("PIPEWRIGHT_CLI"), args);
        process.waitForFinished(120000);
        Run run{process.exitCode(), process.readAll()};
        QFile log(path("logs/" + logName));
        log.open(QIODevice::WriteOnly);
        log.write(run.output);
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY2(!qEnvironmentVariable("PIPEWRIGHT_CLI").isEmpty(), "set PIPEWRIGHT_CLI (ctest does)");
        for (const char *dir : {"home", "config", "cache", "data", "logs", "work", "recovery"})
            QDir().mkpath(path(dir));
        qputenv("HOME", path("home").toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", path("config").toLocal8Bit());
        qputenv("XDG_DATA_HOME", path("data").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", path("cache").toLocal8Bit());
        qputenv("PIPEWRIGHT_RECOVERY_DIR", path("recovery").toLocal8Bit());
        qputenv("PW_SCAN_KAFKA_PASSWORD", EnvSecret);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path("config"));
        QApplication::setOrganizationName("PipewrightScan");
        QApplication::setApplicationName("tst_secretscan");
        guiLog = new QFile(path("logs/designer.log"), this);
        QVERIFY(guiLog->open(QIODevice::WriteOnly));
        qInstallMessageHandler(logToFile);
        MainWindow::setQuietErrors(true);
        MainWindow::setUnsavedPrompt([](MainWindow *) { return QMessageBox::Discard; });
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        SandboxController::instance()->stop();
    }

    void fullSessionLeavesNoSecret()
    {
        auto keychain = std::make_shared<FakeSecretBackend>();
        SecretStore::instance()->setBackend(keychain);
        pipewright::testsupport::MockLlmServer server;
        QVERIFY(server.start());
        // Providers quote a wrong key in their error: the first answer does, the client must not pass it on.
        pipewright::testsupport::MockLlmRule rule;
        rule.pattern = "Channel";
        rule.reply = "ok";
        rule.failure = pipewright::testsupport::MockFailure::ServerError;
        rule.failTimes = 1;
        rule.echoKey = true;
        server.addRule(rule);

        // 1. Settings: a Kafka profile (keychain password + an env: secret) and the LLM endpoint (keychain key).
        {
            SettingsDialog dialog;
            ProfileListPage *kafka = dialog.kafkaPage();
            kafka->addProfile();
            kafka->nameEdit()->setText("prod");
            kafka->lineEdit("bootstrap")->setText("broker:9093");
            kafka->secretField("sasl.password")->setSource(SecretField::Source::Keychain);
            kafka->secretField("sasl.password")->edit()->setText(QString::fromUtf8(KeychainSecret));
            ProfileListPage *llm = dialog.llmPage();
            llm->addProfile();
            llm->lineEdit("baseUrl")->setText(QString::fromStdString(server.baseUrl()));
            llm->lineEdit("model")->setText("gpt-4o-mini");
            llm->secretField("apiKey")->setSource(SecretField::Source::Keychain);
            llm->secretField("apiKey")->edit()->setText(QString::fromUtf8(KeychainSecret));
            ProfileListPage *registry = dialog.schemaRegistryPage();
            registry->addProfile();
            registry->lineEdit("username")->setText("registry-user");
            registry->secretField("password")->setSource(SecretField::Source::Keychain);
            registry->secretField("password")->edit()->setText(QString::fromUtf8(KeychainSecret));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(keychain->entries.value("llm/default").toUtf8(), KeychainSecret);
        QCOMPARE(keychain->entries.value("schema-registry/Registry 1").toUtf8(), KeychainSecret);
        {
            // An env: secret in the property table, as users type it.
            SettingsDialog dialog;
            QTableWidget *table = dialog.kafkaPage()->table("properties");
            table->insertRow(0);
            table->setItem(0, 0, new QTableWidgetItem("ssl.key.password"));
            table->setItem(0, 1, new QTableWidgetItem("env:PW_SCAN_KAFKA_PASSWORD"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        // 2. The designer: open, edit, run live on the sandbox (the LLM key comes from the keychain), save, recover.
        SandboxController *sandbox = SandboxController::instance();
        QString error;
        QVERIFY2(sandbox->start(&error), qPrintable(error));
        sandbox->setPreferredForRuns(true);
        auto *window = new MainWindow;
        window->resize(1200, 800);
        window->show();
        QCOMPARE(window->openFile(QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/content-moderation.pipeline.json")), window);
        RunMonitor *monitor = window->findChild<RunMonitor *>(QStringLiteral("RunMonitor"));
        QVERIFY(monitor);
        window->action("actionRun")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->bridge()->isRunning(), 15000);
        auto sawKeychainKey = [&server] {
            for (const auto &r : server.requests())
                if (r.header("authorization") == "Bearer " + KeychainSecret.toStdString())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawKeychainKey(), 20000);
        QTest::qWait(500); // let a few answers (and the echoed-key error) flow through the run
        window->action("actionStop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->bridge()->isRunning(), 30000);
        QVERIFY2(window->document()->saveAs(path("work/moderation.pipeline.json"), &error), qPrintable(error));
        window->view()->addNode("filter", {40, 800}); // unsaved change: the recovery copy has something to keep
        QVERIFY(window->document()->writeRecovery());
        QVERIFY(!window->document()->recoveryFile().isEmpty());
        const QString recoveryCopy = window->document()->recoveryFile();
        QVERIFY(QFile::exists(recoveryCopy));
        QVERIFY(recoveryCopy.startsWith(path("recovery")));
        QSettings().sync();
        // The window stays open until the scan: closing it removes the recovery copy.

        // 3. The CLI: run with an env: key, response cache and stats; export SQL.
        QFile endpoints(path("work/endpoints.json"));
        QVERIFY(endpoints.open(QIODevice::WriteOnly));
        const nlohmann::json profiles = nlohmann::json::array(
            {{{"name", "default"}, {"baseUrl", server.baseUrl()}, {"model", "gpt-4o-mini"}, {"apiKeyRef", "env:PW_SCAN_LLM_KEY"},
              {"prices", {{"gpt-4o-mini", {{"inputPerMillion", 0.15}, {"outputPerMillion", 0.6}}}}}}});
        endpoints.write(QByteArray::fromStdString(profiles.dump()));
        endpoints.close();
        server.clearRequests();
        server.addRule(rule); // the key-quoting failure once more, for the CLI's log
        const Run run = cli({"run", path("work/moderation.pipeline.json"), "--sandbox", "--llm-endpoints", endpoints.fileName(),
                             "--llm-cache", path("cache/llm-cache.jsonl"), "--stats-json", path("work/stats.json"),
                             "--max-messages", "20"},
                            "cli-run.log");
        QVERIFY2(run.exitCode == 0 || run.exitCode == 4, run.output.constData());
        bool sawEnvKey = false;
        for (const auto &r : server.requests())
            sawEnvKey = sawEnvKey || r.header("authorization") == "Bearer " + EnvSecret.toStdString();
        QVERIFY(sawEnvKey);
        for (const char *dialect : {"ksql", "flink"}) {
            const Run exported = cli({"export", path("work/moderation.pipeline.json"), "--dialect", dialect}, QString("export-%1.log").arg(dialect));
            QFile sql(path(QString("work/moderation.%1.sql").arg(dialect)));
            QVERIFY(sql.open(QIODevice::WriteOnly));
            sql.write(exported.output);
        }

        // 4. What exists: everything the session wrote must be there to be scanned.
        QStringList files;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        auto has = [&files](const QString &part) {
            return std::any_of(files.begin(), files.end(), [&](const QString &f) { return f.contains(part); });
        };
        QVERIFY2(has("config/PipewrightScan/tst_secretscan.conf"), qPrintable(files.join('\n')));
        QVERIFY(has("work/moderation.pipeline.json"));
        QVERIFY(has("recovery/"));
        QVERIFY(has("work/stats.json"));
        QVERIFY(has("cache/llm-cache.jsonl"));
        QVERIFY(has("work/moderation.ksql.sql"));
        QVERIFY(has("logs/cli-run.log"));
        QVERIFY(has("logs/designer.log"));
        QFile settings(path("config/PipewrightScan/tst_secretscan.conf"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settings.readAll();
        QVERIFY(settingsText.contains("keychain:llm/default"));
        QVERIFY(settingsText.contains("env:PW_SCAN_KAFKA_PASSWORD"));
        QFile cache(path("cache/llm-cache.jsonl"));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(cache.size() > 0);

        // 5. The scan: raw, base64 (a Basic auth header) and hex would all count as a leak.
        const QList<QByteArray> needles{KeychainSecret, EnvSecret, KeychainSecret.toBase64(), EnvSecret.toBase64(),
                                        KeychainSecret.toHex(), EnvSecret.toHex()};
        QStringList leaks;
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles)
                if (bytes.contains(needle))
                    leaks << name + QStringLiteral(" contains ") + QString::fromUtf8(needle.left(12)) + QStringLiteral("…");
        }
        qInfo() << "scanned" << files.size() << "files";
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
        delete window;
    }
};

QTEST_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
