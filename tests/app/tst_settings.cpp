// Settings dialog: Kafka / LLM / Schema Registry profiles (generic page, see also
// tst_profilepages), general preferences,
// secrets in the (fake) keychain or referenced by environment variable, and the
// "Test connection" buttons against the sandbox cluster and the mock LLM server.
#include "fakesecretbackend.h"

#include "app/designer/settings/appsettings.h"
#include "app/designer/settings/connectionprofiles.h"
#include "app/designer/settings/generalsettingspage.h"
#include "app/designer/settings/kafkaprofilespage.h"
#include "app/designer/settings/keychainbackend.h"
#include "app/designer/settings/llmprofiles.h"
#include "app/designer/settings/llmprofilespage.h"
#include "app/designer/mainwindow.h"
#include "app/designer/settings/schemaregistrypage.h"
#include "widgets/settings/profilelistpage.h"
#include "widgets/settings/secretfield.h"
#include "widgets/settings/secretreference.h"
#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/settingsdialog.h"
#include "widgets/settings/testresultlabel.h"

#include "mockllmserver.h"

#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<FakeSecretBackend> m_keychain;
    QTemporaryDir m_home;

    QByteArray settingsFileBytes()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
        QApplication::setOrganizationName(QStringLiteral("PipewrightTest"));
        QApplication::setApplicationName(QStringLiteral("tst_settings"));
        qputenv("PIPEWRIGHT_RECOVERY_DIR", m_home.filePath("recovery").toLocal8Bit());
        MainWindow::setQuietErrors(true);
        MainWindow::setUnsavedPrompt([](MainWindow *) { return QMessageBox::Discard; });
    }

    void init()
    {
        QSettings().clear();
        m_keychain = std::make_shared<FakeSecretBackend>();
        SecretStore::instance()->setBackend(m_keychain);
    }

    void references_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("reference");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("entry");
        QTest::newRow("env") << "env:KAFKA_PASSWORD" << true << "KAFKA_PASSWORD" << "";
        QTest::newRow("env with spaces") << "  env:X_1 " << true << "X_1" << "";
        QTest::newRow("keychain path") << "keychain:llm/openai" << true << "" << "llm/openai";
        QTest::newRow("keychain with dots") << "keychain:kafka/prod.eu/sasl.password" << true << "" << "kafka/prod.eu/sasl.password";
        QTest::newRow("literal") << "hunter2" << false << "" << "";
        QTest::newRow("env with a bad name") << "env:1ABC" << false << "" << "";
        QTest::newRow("empty keychain name") << "keychain:" << false << "" << "";
        QTest::newRow("unknown scheme") << "vault:x" << false << "" << "";
    }
    void references()
    {
        QFETCH(QString, text);
        QFETCH(bool, reference);
        QFETCH(QString, variable);
        QFETCH(QString, entry);
        QCOMPARE(SecretReference::isReference(text), reference);
        QCOMPARE(SecretReference::environmentName(text), variable);
        QCOMPARE(SecretReference::keychainName(text), entry);
    }

    void resolveReferences()
    {
        SecretStore *store = SecretStore::instance();
        QString error;
        qunsetenv("PW_SETTINGS_SECRET");
        QVERIFY(!store->resolve("env:PW_SETTINGS_SECRET", &error));
        QVERIFY2(error.contains("PW_SETTINGS_SECRET") && error.contains("not set"), qPrintable(error));
        qputenv("PW_SETTINGS_SECRET", "from-env");
        QCOMPARE(store->resolve("env:PW_SETTINGS_SECRET", &error).value_or(QString()), QString("from-env"));

        QVERIFY(!store->resolve("keychain:llm/none", &error));
        QVERIFY2(error.contains("keychain:llm/none") && error.contains("no such keychain entry"), qPrintable(error));
        QVERIFY(store->store("llm/main", "from-keychain", &error));
        QCOMPARE(store->resolve("keychain:llm/main", &error).value_or(QString()), QString("from-keychain"));

        // A literal is refused, and the message never repeats it.
        QVERIFY(!store->resolve("hunter2-literal", &error));
        QVERIFY(!error.contains("hunter2"));

        // Worker threads get pre-read values; env: stays live (the runtime reads it per request).
        pipeline::runtime::SecretResolver resolver;
        QVERIFY(store->prepareResolver({"keychain:llm/main", "env:PW_SETTINGS_SECRET", ""}, &resolver, &error));
        QCOMPARE(resolver("keychain:llm/main").value_or(""), std::string("from-keychain"));
        QVERIFY(!resolver("keychain:llm/other"));
        QVERIFY(!store->prepareResolver({"keychain:llm/missing"}, &resolver, &error));
        QVERIFY(error.contains("keychain:llm/missing"));
    }

    // Kafka profiles with a keychain password resolve for a run; without the entry, a clear error.
    void kafkaProfileWithKeychainPassword()
    {
        ConnectionProfile p;
        p.name = "prod";
        p.bootstrapServers = "broker:9093";
        p.properties = {{"security.protocol", "SASL_SSL"}, {"sasl.password", "keychain:kafka/prod/sasl.password"}};
        QVERIFY(p.problems().isEmpty());
        pipeline::runtime::ClientProperties resolved;
        QString error;
        QVERIFY(!ConnectionProfiles::resolve(p, &resolved, &error));
        QVERIFY2(error.contains("prod") && error.contains("sasl.password") && error.contains("keychain"), qPrintable(error));
        m_keychain->entries.insert("kafka/prod/sasl.password", "kafka-secret");
        QVERIFY(ConnectionProfiles::resolve(p, &resolved, &error));
        QCOMPARE(resolved.size(), size_t(2));
        QCOMPARE(resolved[1].second, std::string("kafka-secret"));
        ConnectionProfiles::save({p});
        QCOMPARE(ConnectionProfiles::load().front().properties[1].second, QString("keychain:kafka/prod/sasl.password"));
    }

    // The whole dialog: typed secrets go to the keychain, QSettings gets references only.
    void dialogStoresReferencesOnly()
    {
        const QString kafkaSecret = "kafka-pw-3141";
        const QString llmSecret = "sk-llm-2718";
        {
            SettingsDialog dialog;
            ProfileListPage *kafka = dialog.kafkaPage();
            kafka->addProfile();
            kafka->nameEdit()->setText("prod");
            kafka->lineEdit("bootstrap")->setText("broker1:9093,broker2:9093");
            kafka->comboBox("security.protocol")->setCurrentText("SASL_SSL");
            kafka->comboBox("sasl.mechanism")->setCurrentText("SCRAM-SHA-512");
            kafka->lineEdit("sasl.username")->setText("alice");
            kafka->secretField("sasl.password")->setSource(SecretField::Source::Keychain);
            kafka->secretField("sasl.password")->edit()->setText(kafkaSecret);
            kafka->lineEdit("ssl.ca.location")->setText("/etc/ssl/ca.pem");
            QTableWidget *table = kafka->table("properties");
            table->insertRow(0);
            table->setItem(0, 0, new QTableWidgetItem("client.id"));
            table->setItem(0, 1, new QTableWidgetItem("pipewright"));
            kafka->activeCombo()->setCurrentIndex(kafka->activeCombo()->findData("prod"));

            ProfileListPage *llm = dialog.llmPage();
            llm->addProfile();
            llm->lineEdit("baseUrl")->setText("https://gateway.example/v1");
            llm->lineEdit("model")->setText("gpt-4o");
            llm->secretField("apiKey")->setSource(SecretField::Source::Keychain);
            llm->secretField("apiKey")->edit()->setText(llmSecret);
            llm->table("prices")->insertRow(0);
            llm->table("prices")->setItem(0, 0, new QTableWidgetItem("gpt-4o"));
            llm->table("prices")->setItem(0, 1, new QTableWidgetItem("2.5"));
            llm->table("prices")->setItem(0, 2, new QTableWidgetItem("10"));

            ProfileListPage *registry = dialog.schemaRegistryPage();
            registry->addProfile();
            registry->lineEdit("url")->setText("https://registry.example");
            registry->lineEdit("username")->setText("bob");
            registry->secretField("password")->setSource(SecretField::Source::Environment);
            registry->secretField("password")->edit()->setText("REGISTRY_PASSWORD");

            dialog.generalPage()->themeCombo()->setCurrentIndex(1);
            dialog.generalPage()->languageCombo()->setCurrentIndex(dialog.generalPage()->languageCombo()->findData("ja"));
            dialog.generalPage()->autosaveSpin()->setValue(12);
            QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(m_keychain->entries.value("kafka/prod/sasl.password"), kafkaSecret);
        QCOMPARE(m_keychain->entries.value("llm/default"), llmSecret);

        const QByteArray file = settingsFileBytes();
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(kafkaSecret.toUtf8()));
        QVERIFY(!file.contains(llmSecret.toUtf8()));
        QVERIFY(file.contains("keychain:kafka/prod/sasl.password"));

        const QList<ConnectionProfile> profiles = ConnectionProfiles::load();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(ConnectionProfiles::activeName(), QString("prod"));
        QCOMPARE(profiles[0].bootstrapServers, QString("broker1:9093,broker2:9093"));
        const QList<QPair<QString, QString>> expected{{"security.protocol", "SASL_SSL"}, {"sasl.mechanism", "SCRAM-SHA-512"},
                                                     {"sasl.username", "alice"},        {"ssl.ca.location", "/etc/ssl/ca.pem"},
                                                     {"client.id", "pipewright"},       {"sasl.password", "keychain:kafka/prod/sasl.password"}};
        QCOMPARE(profiles[0].properties, expected);

        const auto endpoints = LlmProfiles::load();
        QCOMPARE(endpoints.size(), size_t(1));
        QCOMPARE(endpoints[0].name, std::string("default"));
        QCOMPARE(endpoints[0].apiKeyRef, std::string("keychain:llm/default"));
        QCOMPARE(endpoints[0].prices.at("gpt-4o").outputPerMillion, 10.0);
        const auto registries = SchemaRegistryProfile::load();
        QCOMPARE(registries.size(), 1);
        QCOMPARE(registries[0].passwordRef, QString("env:REGISTRY_PASSWORD"));
        QCOMPARE(registries[0].username, QString("bob"));
        QCOMPARE(AppSettings::language(), QString("ja"));
        QVERIFY(AppSettings::darkTheme());
        QCOMPARE(AppSettings::autosaveSeconds(), 12);

        // A run gets the key through the resolver, read from the keychain now.
        QString warning;
        const pipeline::runtime::LlmSettings run = LlmProfiles::runSettings(&warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(run.secretResolver("keychain:llm/default").value_or(""), llmSecret.toStdString());

        // Reopened, the dialog shows the references and never the secret.
        SettingsDialog again;
        QCOMPARE(again.kafkaPage()->secretField("sasl.password")->source(), SecretField::Source::Keychain);
        QVERIFY(again.kafkaPage()->secretField("sasl.password")->edit()->text().isEmpty());
        QCOMPARE(again.kafkaPage()->lineEdit("sasl.username")->text(), QString("alice"));
        QCOMPARE(again.kafkaPage()->table("properties")->rowCount(), 1); // the form keys are not repeated
        QCOMPARE(again.schemaRegistryPage()->secretField("password")->edit()->text(), QString("REGISTRY_PASSWORD"));
        QCOMPARE(again.generalPage()->autosaveSpin()->value(), 12);
        again.accept(); // unchanged: nothing written to the keychain again
        QCOMPARE(m_keychain->writes, 2);
        QCOMPARE(ConnectionProfiles::load(), profiles);
    }

    // No keychain (CI, a desktop without a secret service): a clear error, nothing saved.
    void keychainFailureKeepsDialogOpen()
    {
        m_keychain->failWith = "no keychain service is available (org.freedesktop.secrets not found)";
        SettingsDialog dialog;
        dialog.llmPage()->addProfile();
        dialog.llmPage()->secretField("apiKey")->setSource(SecretField::Source::Keychain);
        dialog.llmPage()->secretField("apiKey")->edit()->setText("sk-never-stored");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problemLabel()->text().contains("no keychain service"), qPrintable(dialog.problemLabel()->text()));
        QVERIFY(dialog.problemLabel()->text().contains("env:NAME"));
        QVERIFY(LlmProfiles::load().empty());
        QVERIFY(!settingsFileBytes().contains("sk-never-stored"));

        // The fallback the message suggests works.
        dialog.llmPage()->secretField("apiKey")->setSource(SecretField::Source::Environment);
        dialog.llmPage()->secretField("apiKey")->edit()->setText("OPENAI_API_KEY");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(LlmProfiles::load().at(0).apiKeyRef, std::string("env:OPENAI_API_KEY"));
    }

    void dialogRefusesBadInput()
    {
        SettingsDialog dialog;
        dialog.kafkaPage()->addProfile();
        dialog.kafkaPage()->lineEdit("bootstrap")->clear();
        dialog.kafkaPage()->secretField("sasl.password")->setSource(SecretField::Source::Environment);
        dialog.kafkaPage()->secretField("sasl.password")->edit()->setText("not a name");
        QTableWidget *table = dialog.kafkaPage()->table("properties");
        table->insertRow(0);
        table->setItem(0, 0, new QTableWidgetItem("ssl.key.password"));
        table->setItem(0, 1, new QTableWidgetItem("literal-secret"));
        dialog.schemaRegistryPage()->addProfile();
        dialog.schemaRegistryPage()->lineEdit("url")->setText("registry:8081");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString text = dialog.problemLabel()->text();
        QVERIFY2(text.contains("Bootstrap servers is required"), qPrintable(text));
        QVERIFY2(text.contains("ssl.key.password is a secret"), qPrintable(text));
        QVERIFY2(text.contains("environment variable"), qPrintable(text));
        QVERIFY2(text.contains("http://"), qPrintable(text));
        QVERIFY(!settingsFileBytes().contains("literal-secret"));
    }

    // The real OS keychain backend answers (entry missing or no service) instead of hanging.
    void realKeychainAnswersWithoutHanging()
    {
        KeychainBackend keychain;
        QString value;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!keychain.read("pipewright-test/does-not-exist", &value, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(timer.elapsed() < KeychainBackend::TimeoutMs + 2000);
        qInfo() << "keychain says:" << error;
    }

    void testKafkaConnection()
    {
        std::string why;
        auto cluster = pipeline::runtime::SandboxCluster::start(3, &why);
        QVERIFY2(cluster, why.c_str());
        QVERIFY(cluster->createTopic("orders", 2, &why));
        QVERIFY(cluster->createTopic("payments", 1, &why));
        ProfileListPage page(KafkaProfilesPage().description());
        page.addProfile();
        page.lineEdit("bootstrap")->setText(QString::fromStdString(cluster->bootstrapServers()));
        QSignalSpy done(&page, &ProfileListPage::testFinished);
        page.testConnection();
        QCOMPARE(page.resultLabel()->state(), TestResultLabel::State::Busy);
        QVERIFY(!page.testButton()->isEnabled()); // one test at a time, GUI stays live
        QVERIFY(done.wait(15000));
        QCOMPARE(done.front().front().toBool(), true);
        QCOMPARE(page.resultLabel()->state(), TestResultLabel::State::Succeeded);
        QVERIFY2(page.resultLabel()->text().contains("3 broker") && page.resultLabel()->text().contains("2 topic"),
                 qPrintable(page.resultLabel()->text()));

        // Nothing listening: a clear failure within the timeout.
        page.lineEdit("bootstrap")->setText("127.0.0.1:1");
        page.testConnection();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.back().front().toBool(), false);
        QCOMPARE(page.resultLabel()->state(), TestResultLabel::State::Failed);
        QVERIFY2(page.resultLabel()->text().contains("127.0.0.1:1"), qPrintable(page.resultLabel()->text()));

        // A bad property is named.
        page.lineEdit("bootstrap")->setText(QString::fromStdString(cluster->bootstrapServers()));
        page.table("properties")->insertRow(0);
        page.table("properties")->setItem(0, 0, new QTableWidgetItem("no.such.property"));
        page.table("properties")->setItem(0, 1, new QTableWidgetItem("1"));
        page.testConnection();
        QVERIFY(done.wait(15000));
        QVERIFY2(page.resultLabel()->text().contains("no.such.property"), qPrintable(page.resultLabel()->text()));
    }

    void testLlmConnection()
    {
        pipewright::testsupport::MockLlmServer server;
        QVERIFY(server.start());
        ProfileListPage page(LlmProfilesPage().description());
        page.addProfile();
        page.lineEdit("baseUrl")->setText(QString::fromStdString(server.baseUrl()));
        page.lineEdit("model")->setText("tiny");
        page.secretField("apiKey")->setSource(SecretField::Source::Keychain);
        page.secretField("apiKey")->edit()->setText("sk-typed-not-stored");
        QSignalSpy done(&page, &ProfileListPage::testFinished);
        page.testConnection();
        QVERIFY(done.wait(20000));
        // The mock has no /models: the completion round trip proves the endpoint, with the typed key.
        QVERIFY2(done.back().front().toBool(), qPrintable(page.resultLabel()->text()));
        QVERIFY2(page.resultLabel()->text().contains("test completion"), qPrintable(page.resultLabel()->text()));
        bool sawKey = false;
        for (const auto &r : server.requests())
            if (r.path.ends_with("/chat/completions"))
                sawKey = r.header("authorization") == "Bearer sk-typed-not-stored";
        QVERIFY(sawKey);
        QVERIFY(m_keychain->entries.isEmpty()); // testing stores nothing

        // The server refuses the completion: the failure says so.
        server.failNext(pipewright::testsupport::MockFailure::BadRequest, 1);
        page.testConnection();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY2(page.resultLabel()->text().contains("400"), qPrintable(page.resultLabel()->text()));

        // A keychain reference that cannot be read fails before any request.
        page.secretField("apiKey")->setValue({"keychain:llm/missing", {}});
        const size_t before = server.requestCount();
        page.testConnection();
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY(page.resultLabel()->text().contains("keychain:llm/missing"));
        QCOMPARE(server.requestCount(), before);

        // Nothing listening.
        page.secretField("apiKey")->setSource(SecretField::Source::None);
        page.lineEdit("baseUrl")->setText("http://127.0.0.1:1/v1");
        page.testConnection();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY2(page.resultLabel()->text().contains("Cannot reach"), qPrintable(page.resultLabel()->text()));
    }

    void testSchemaRegistryConnection()
    {
        // The mock LLM server answers GET /subjects with 404: an HTTP error, shown with its status.
        pipewright::testsupport::MockLlmServer server;
        QVERIFY(server.start());
        ProfileListPage page(SchemaRegistryPage().description());
        page.addProfile();
        page.lineEdit("url")->setText(QString("http://127.0.0.1:%1").arg(server.port()));
        page.lineEdit("username")->setText("bob");
        page.secretField("password")->setSource(SecretField::Source::Environment);
        page.secretField("password")->edit()->setText("PW_REGISTRY_TEST");
        qputenv("PW_REGISTRY_TEST", "registry-pw");
        QSignalSpy done(&page, &ProfileListPage::testFinished);
        page.testConnection();
        QVERIFY(done.wait(15000));
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY2(page.resultLabel()->text().contains("404") && page.resultLabel()->text().contains("/subjects"),
                 qPrintable(page.resultLabel()->text()));
        const auto requests = server.requests();
        QVERIFY(!requests.empty());
        QCOMPARE(requests.back().path, std::string("/subjects"));
        QCOMPARE(requests.back().header("authorization"), std::string("Basic ") + QByteArray("bob:registry-pw").toBase64().toStdString());

        qunsetenv("PW_REGISTRY_TEST");
        page.testConnection();
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY(page.resultLabel()->text().contains("PW_REGISTRY_TEST"));
    }

    // Tools → Settings in the main window opens the dialog; OK applies theme and recovery interval.
    void mainWindowOpensSettings()
    {
        MainWindow window;
        QAction *action = window.action(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->generalPage()->themeCombo()->setCurrentIndex(1);
        dialog->generalPage()->autosaveSpin()->setValue(9);
        dialog->accept();
        QVERIFY(window.isDarkTheme());
        QCOMPARE(AppSettings::autosaveSeconds(), 9);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // closed and deleted
        window.setDarkTheme(false);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
