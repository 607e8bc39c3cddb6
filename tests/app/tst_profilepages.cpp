// The generic profile page (widgets/settings/profilelistpage) driven by a
// description with every field kind, the four Settings pages built on it
// (Kafka, LLM, Schema Registry, databases) round-tripping through QSettings, and
// database profiles: literal passwords refused, "Test connection" against a real
// PostgreSQL server and a closed port, and runs that name a profile.
#include "fakesecretbackend.h"

#include "app/designer/document.h"
#include "app/designer/mainwindow.h"
#include "app/designer/run/runmonitor.h"
#include "app/designer/settings/connectionprofiles.h"
#include "app/designer/settings/databaseprofile.h"
#include "app/designer/settings/llmprofiles.h"
#include "app/designer/settings/schemaregistryprofile.h"
#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/settingsdialog.h"

#include "widgets/docks/runsummarywidget.h"
#include "widgets/model/graphmodel.h"
#include "widgets/settings/profilelistpage.h"
#include "widgets/settings/secretfield.h"
#include "widgets/settings/testresultlabel.h"

#include "pipeline/core/catalog.h"
#include "pipeline/core/mysqluri.h"
#include "pipeline/runtime/database/databasesettings.h"
#include "pipeline/runtime/engine/engine.h"

#include "mariadbserver.h"
#include "postgresserver.h"

#include <sqlite3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Every field kind, with the hooks a description can set.
ProfilePageDescription everyKind(std::shared_ptr<int> tests)
{
    ProfilePageDescription d;
    d.objectName = QStringLiteral("EveryKindPage");
    d.title = QStringLiteral("Things");
    d.newName = QStringLiteral("Thing %1");
    d.activeLabel = QStringLiteral("In use");
    d.activeNone = QStringLiteral("None");
    d.fields = {
        {.key = "url", .label = "URL", .required = true, .defaultValue = "http://localhost", .help = "where",
         .validate = [](const QString &v) { return v.startsWith("http") ? QString() : QStringLiteral("not a URL"); }},
        {.key = "port", .label = "Port", .kind = ProfileField::Kind::Number, .defaultValue = "8080", .minimum = 1,
         .maximum = 65535},
        {.key = "ratio", .label = "Ratio", .kind = ProfileField::Kind::Number, .defaultValue = "0.5", .decimals = 2},
        {.key = "mode", .label = "Mode", .kind = ProfileField::Kind::Choice, .defaultValue = "fast",
         .choices = {{"fast", "Fast"}, {"safe", "Safe"}}},
        {.key = "flavour", .label = "Flavour", .kind = ProfileField::Kind::Choice, .choices = {{"", ""}, {"a", "a"}},
         .editable = true},
        {.key = "safety", .label = "Safety level", .required = true,
         .applies = [](const ProfileEntry &e) { return e.value("mode") == "safe"; }},
        {.key = "token", .label = "Token", .kind = ProfileField::Kind::Secret, .required = true},
        {.key = "props", .label = "Properties", .kind = ProfileField::Kind::Table, .columns = {"Key", "Value"},
         .validateRow = [](const QStringList &row) {
             return row.value(0).isEmpty() ? QStringLiteral("a row has no key") : QString();
         }},
    };
    d.check = [](const ProfileEntry &e) {
        return e.value("url").contains("forbidden") ? QStringList{e.name + ": forbidden host"} : QStringList{};
    };
    d.test = [tests](const ProfileEntry &e) {
        ProfilePageDescription::TestStart start;
        if (e.value("url").contains("unreadable")) {
            start.error = QStringLiteral("cannot read the token");
            return start;
        }
        ++*tests;
        start.busyText = QStringLiteral("Testing %1…").arg(e.name);
        start.work = [url = e.value("url")] {
            return ConnectionTestResult{url.endsWith("ok"), QStringLiteral("answer from %1").arg(url), {"one", "two"}};
        };
        return start;
    };
    return d;
}

QString joined(const QStringList &list)
{
    return list.join('\n');
}

// A loopback port nothing listens on: one the system hands out, then released.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 1;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

int sqliteRowCount(const QString &file, const QString &table)
{
    sqlite3 *db = nullptr;
    int count = -1;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray sql = "SELECT COUNT(*) FROM " + table.toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return count;
}

pipeline::Graph sampleToDatabase(const std::string &driver, const std::string &connection, const std::string &table)
{
    const pipeline::Catalog &catalog = pipeline::Catalog::builtin();
    pipeline::Graph graph;
    graph.name = "to-database";
    pipeline::Node source = catalog.instantiate("sample-source", "gen");
    source.parameters["generator"] = "iot-temperature";
    source.parameters["rate"] = 0;
    source.parameters["count"] = 120;
    graph.putNode(source);
    pipeline::Node sink = catalog.instantiate("database-sink", "db");
    sink.parameters["driver"] = driver;
    sink.parameters["connection"] = connection;
    sink.parameters["table"] = table;
    graph.putNode(sink);
    pipeline::Edge edge;
    edge.from = {"gen", "out"};
    edge.to = {"db", "in"};
    edge.id = pipeline::Graph::edgeIdFor(edge.from, edge.to);
    graph.putEdge(edge);
    return graph;
}

} // namespace

class TestProfilePages : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<FakeSecretBackend> m_keychain;
    QTemporaryDir m_home;
    std::unique_ptr<testsupport::PostgresServer> m_pg;

    QByteArray settingsFileBytes()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A PostgreSQL profile for the test server.
    DatabaseProfile serverProfile(const QString &name, const QString &passwordRef) const
    {
        DatabaseProfile p;
        p.name = name;
        p.host = "127.0.0.1";
        p.port = m_pg->port();
        p.database = "postgres";
        p.user = "postgres";
        p.passwordRef = passwordRef;
        return p;
    }

    // Fills the database page's current profile for the test server.
    void pointAtServer(ProfileListPage *page, int port)
    {
        page->comboBox("driver")->setCurrentIndex(page->comboBox("driver")->findData("postgresql"));
        page->lineEdit("host")->setText("127.0.0.1");
        page->numberBox("port")->setValue(port);
        page->lineEdit("database")->setText("postgres");
        page->lineEdit("user")->setText("postgres");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
        QApplication::setOrganizationName(QStringLiteral("PipewrightTest"));
        QApplication::setApplicationName(QStringLiteral("tst_profilepages"));
        qputenv("PIPEWRIGHT_RECOVERY_DIR", m_home.filePath("recovery").toLocal8Bit());
        MainWindow::setQuietErrors(true);
        MainWindow::setUnsavedPrompt([](MainWindow *) { return QMessageBox::Discard; });
        std::string error;
        m_pg = testsupport::PostgresServer::start(&error);
        QVERIFY2(m_pg, error.c_str());
    }

    void init()
    {
        QSettings().clear();
        m_keychain = std::make_shared<FakeSecretBackend>();
        SecretStore::instance()->setBackend(m_keychain);
    }

    // The generic page: one description with every field kind drives the form,
    // defaults, checks, visibility, list actions, the in-use picker and the test.
    void genericPageEveryFieldKind()
    {
        auto tests = std::make_shared<int>(0);
        ProfileListPage page(everyKind(tests));
        QCOMPARE(page.objectName(), QString("EveryKindPage"));
        QVERIFY(!page.nameEdit()->isEnabled()); // nothing to edit yet
        page.addProfile();
        QCOMPARE(page.nameEdit()->text(), QString("Thing 1"));
        // Defaults from the description, one editor per kind.
        QCOMPARE(page.lineEdit("url")->text(), QString("http://localhost"));
        QCOMPARE(page.lineEdit("url")->toolTip(), QString("where"));
        QCOMPARE(page.numberBox("port")->value(), 8080.0);
        QCOMPARE(page.numberBox("ratio")->decimals(), 2);
        QCOMPARE(page.comboBox("mode")->currentText(), QString("Fast"));
        QVERIFY(page.comboBox("flavour")->isEditable());
        QVERIFY(page.secretField("token"));
        QCOMPARE(page.table("props")->columnCount(), 2);
        QVERIFY(!page.lineEdit("port")); // the accessors check the kind

        // A field that applies only to one choice shows and is checked only then.
        QVERIFY(!page.isFieldShown("safety"));
        QVERIFY(!joined(page.problems()).contains("Safety level"));
        page.comboBox("mode")->setCurrentIndex(1);
        QVERIFY(page.isFieldShown("safety"));
        QVERIFY2(joined(page.problems()).contains("Thing 1: Safety level is required."), qPrintable(joined(page.problems())));
        page.lineEdit("safety")->setText("high");

        // Required secret, validation, table rows and the description's own check.
        QVERIFY(joined(page.problems()).contains("Thing 1: Token is required."));
        page.secretField("token")->setSource(SecretField::Source::Environment);
        page.secretField("token")->edit()->setText("not a name!");
        QVERIFY2(joined(page.problems()).contains("Token: Enter the name of an environment variable"), qPrintable(joined(page.problems())));
        page.secretField("token")->edit()->setText("THING_TOKEN");
        page.lineEdit("url")->setText("ftp://forbidden");
        QTableWidget *props = page.table("props");
        props->insertRow(0);
        props->setItem(0, 1, new QTableWidgetItem("orphan value"));
        const QString problems = joined(page.problems());
        QVERIFY2(problems.contains("Thing 1: URL: not a URL"), qPrintable(problems));
        QVERIFY2(problems.contains("Thing 1: a row has no key"), qPrintable(problems));
        QVERIFY2(problems.contains("Thing 1: forbidden host"), qPrintable(problems));
        page.lineEdit("url")->setText("http://thing/ok");
        props->setItem(0, 0, new QTableWidgetItem("client.id"));
        page.numberBox("port")->setValue(9090);
        page.numberBox("ratio")->setValue(0.25);
        page.comboBox("flavour")->setCurrentText("custom");
        QVERIFY2(page.problems().isEmpty(), qPrintable(joined(page.problems())));

        ProfileEntry stored = page.entries().front();
        QCOMPARE(stored.value("port"), QString("9090"));
        QCOMPARE(stored.value("ratio"), QString("0.25"));
        QCOMPARE(stored.value("mode"), QString("safe")); // the choice's value, not its label
        QCOMPARE(stored.value("flavour"), QString("custom"));
        QCOMPARE(stored.secrets.value("token").reference, QString("env:THING_TOKEN"));
        QCOMPARE(stored.tables.value("props"), (QList<QStringList>{{"client.id", "orphan value"}}));

        // The in-use picker follows renames, in the Name field and in the list.
        page.activeCombo()->setCurrentIndex(page.activeCombo()->findData("Thing 1"));
        page.nameEdit()->setText("alpha");
        QCOMPARE(page.activeProfile(), QString("alpha"));
        QCOMPARE(page.profileList()->item(0)->text(), QString("alpha"));
        page.profileList()->item(0)->setText("beta"); // an in-place rename
        QCOMPARE(page.nameEdit()->text(), QString("beta"));
        QCOMPARE(page.activeProfile(), QString("beta"));

        // Duplicate copies everything, secrets included, under a free name; names stay unique.
        page.duplicateProfile();
        QCOMPARE(page.entries().size(), 2);
        ProfileEntry copy = page.entries().back();
        QCOMPARE(copy.name, QString("beta (copy)"));
        stored = page.entries().front();
        copy.name = stored.name;
        QCOMPARE(copy, stored);
        page.nameEdit()->setText("beta");
        QVERIFY(joined(page.problems()).contains("Things: two profiles are called beta."));
        page.nameEdit()->setText("gamma");

        // A secret that reached the entry as a value (an old settings file) is refused.
        QList<ProfileEntry> entries = page.entries();
        entries[1].secrets["token"] = {"hunter2", {}};
        page.setEntries(entries, "beta");
        QCOMPARE(page.activeProfile(), QString("beta"));
        QVERIFY2(joined(page.problems()).contains("gamma: Token must be a secret reference"), qPrintable(joined(page.problems())));
        QVERIFY(!joined(page.problems()).contains("hunter2"));

        // Test Connection: the check runs on a worker, the answer shows here.
        page.profileList()->setCurrentRow(0);
        QSignalSpy done(&page, &ProfileListPage::testFinished);
        page.testConnection();
        QCOMPARE(page.resultLabel()->state(), TestResultLabel::State::Busy);
        QVERIFY(page.resultLabel()->text().contains("Testing beta"));
        QVERIFY(!page.testButton()->isEnabled());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.back().front().toBool(), true);
        QCOMPARE(page.resultLabel()->state(), TestResultLabel::State::Succeeded);
        QVERIFY(page.resultLabel()->text().contains("answer from http://thing/ok"));
        QVERIFY(page.testButton()->isEnabled());
        page.lineEdit("url")->setText("http://thing/down");
        page.testConnection();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.back().front().toBool(), false);
        QCOMPARE(page.resultLabel()->state(), TestResultLabel::State::Failed);
        page.lineEdit("url")->setText("http://unreadable/ok");
        page.testConnection(); // fails before any work starts
        QCOMPARE(done.size(), 3);
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY(page.resultLabel()->text().contains("cannot read the token"));
        QCOMPARE(*tests, 2);

        // Remove: the picker falls back to none when its profile goes.
        page.removeProfile();
        QCOMPARE(page.entries().size(), 1);
        QCOMPARE(page.entries().front().name, QString("gamma"));
        QCOMPARE(page.activeProfile(), QString());
        page.removeProfile();
        QVERIFY(page.entries().isEmpty());
        QVERIFY(!page.nameEdit()->isEnabled());
        QVERIFY(!page.testButton()->isEnabled());
    }

    void pagesRoundTrip_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("kafka") << int(SettingsDialog::Page::Kafka) << "bootstrap" << "broker1:9092" << "broker2:9093";
        QTest::newRow("llm") << int(SettingsDialog::Page::Llm) << "baseUrl" << "http://localhost:11434/v1"
                             << "https://gateway.example/v1";
        QTest::newRow("schema registry") << int(SettingsDialog::Page::SchemaRegistry) << "url" << "http://registry:8081"
                                         << "https://registry.example";
        QTest::newRow("database") << int(SettingsDialog::Page::Database) << "host" << "db1.example" << "db2.example";
    }

    // Each page adds, edits and removes a profile, and every step survives the settings.
    void pagesRoundTrip()
    {
        QFETCH(int, page);
        QFETCH(QString, field);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const auto which = SettingsDialog::Page(page);
        auto accept = [](SettingsDialog &dialog) {
            QVERIFY2(dialog.problems().isEmpty(), qPrintable(joined(dialog.problems())));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        };
        {
            SettingsDialog dialog;
            ProfileListPage *p = dialog.profilePage(which);
            QVERIFY(p->entries().isEmpty());
            p->addProfile();
            p->nameEdit()->setText("one");
            p->lineEdit(field)->setText(first);
            if (which == SettingsDialog::Page::Database)
                p->lineEdit("database")->setText("iot");
            accept(dialog);
        }
        {
            SettingsDialog dialog;
            ProfileListPage *p = dialog.profilePage(which);
            QCOMPARE(p->entries().size(), 1);
            QCOMPARE(p->nameEdit()->text(), QString("one"));
            QCOMPARE(p->lineEdit(field)->text(), first);
            p->lineEdit(field)->setText(second);
            p->nameEdit()->setText("renamed");
            p->duplicateProfile();
            accept(dialog);
        }
        {
            SettingsDialog dialog;
            ProfileListPage *p = dialog.profilePage(which);
            QCOMPARE(p->entries().size(), 2);
            QCOMPARE(p->entries()[0].name, QString("renamed"));
            QCOMPARE(p->entries()[1].name, QString("renamed (copy)"));
            QCOMPARE(p->entries()[1].value(field), second);
            p->removeProfile(); // the first
            p->removeProfile();
            accept(dialog);
        }
        SettingsDialog dialog;
        QVERIFY(dialog.profilePage(which)->entries().isEmpty());
        QVERIFY(ConnectionProfiles::load().isEmpty());
        QVERIFY(LlmProfiles::load().empty());
        QVERIFY(SchemaRegistryProfile::load().isEmpty());
        QVERIFY(DatabaseProfile::load().isEmpty());
    }

    // A database profile stores every field; the password as a keychain reference only.
    void databaseProfileStoresReferencesOnly()
    {
        const QString secret = "db-pw-1618";
        {
            SettingsDialog dialog;
            ProfileListPage *page = dialog.databasePage();
            page->addProfile();
            page->nameEdit()->setText("warehouse");
            pointAtServer(page, 6543);
            page->lineEdit("database")->setText("iot");
            page->lineEdit("user")->setText("app");
            page->secretField("password")->setSource(SecretField::Source::Keychain);
            page->secretField("password")->edit()->setText(secret);
            page->table("options")->insertRow(0);
            page->table("options")->setItem(0, 0, new QTableWidgetItem("sslmode"));
            page->table("options")->setItem(0, 1, new QTableWidgetItem("require"));
            page->addProfile();
            page->nameEdit()->setText("local");
            page->comboBox("driver")->setCurrentIndex(page->comboBox("driver")->findData("sqlite"));
            QVERIFY(!page->isFieldShown("host") && !page->isFieldShown("password") && page->isFieldShown("file"));
            page->lineEdit("file")->setText("/tmp/readings.db");
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(m_keychain->entries.value("database/warehouse"), secret);
        QVERIFY(!settingsFileBytes().contains(secret.toUtf8()));
        const QList<DatabaseProfile> profiles = DatabaseProfile::load();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles[0].driver, QString("postgresql"));
        QCOMPARE(profiles[0].host, QString("127.0.0.1"));
        QCOMPARE(profiles[0].port, 6543);
        QCOMPARE(profiles[0].database, QString("iot"));
        QCOMPARE(profiles[0].user, QString("app"));
        QCOMPARE(profiles[0].passwordRef, QString("keychain:database/warehouse"));
        QCOMPARE(profiles[0].options, (QList<QPair<QString, QString>>{{"sslmode", "require"}}));
        QCOMPARE(profiles[1].driver, QString("sqlite"));
        QCOMPARE(profiles[1].database, QString("/tmp/readings.db"));
        QVERIFY(profiles[1].passwordRef.isEmpty());

        // Reopened: the SQLite profile shows its file, the secret is never shown again.
        SettingsDialog again;
        ProfileListPage *page = again.databasePage();
        QCOMPARE(page->secretField("password")->source(), SecretField::Source::Keychain);
        QVERIFY(page->secretField("password")->edit()->text().isEmpty());
        page->profileList()->setCurrentRow(1);
        QCOMPARE(page->lineEdit("file")->text(), QString("/tmp/readings.db"));
        again.accept();
        QCOMPARE(m_keychain->writes, 1);
        QCOMPARE(DatabaseProfile::load(), profiles);
    }

    void literalPasswordRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("message");
        QTest::newRow("as an environment variable name") << "env" << "Enter the name of an environment variable";
        QTest::newRow("as an option") << "option" << "password is a secret";
        QTest::newRow("in the stored reference") << "stored" << "must be a secret reference";
    }

    // A literal password never passes: the dialog says why and nothing is saved.
    void literalPasswordRefused()
    {
        QFETCH(QString, how);
        QFETCH(QString, message);
        const QString literal = "hunter2 secret";
        SettingsDialog dialog;
        ProfileListPage *page = dialog.databasePage();
        page->addProfile();
        page->lineEdit("database")->setText("iot");
        if (how == "env") {
            page->secretField("password")->setSource(SecretField::Source::Environment);
            page->secretField("password")->edit()->setText(literal);
        } else if (how == "option") {
            page->table("options")->insertRow(0);
            page->table("options")->setItem(0, 0, new QTableWidgetItem("password"));
            page->table("options")->setItem(0, 1, new QTableWidgetItem(literal));
        } else {
            QList<ProfileEntry> entries = page->entries();
            entries[0].secrets["password"] = {literal, {}};
            page->setEntries(entries);
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString text = dialog.problemLabel()->text();
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY2(!text.contains("hunter2"), qPrintable(text));
        QVERIFY(DatabaseProfile::load().isEmpty());
        QVERIFY(!settingsFileBytes().contains("hunter2"));

        // Saved around the page, a literal is still dropped.
        DatabaseProfile p;
        p.name = "direct";
        p.passwordRef = literal;
        p.options = {{"password", literal}, {"sslmode", "disable"}};
        DatabaseProfile::save({p});
        QVERIFY(!settingsFileBytes().contains("hunter2"));
        QCOMPARE(DatabaseProfile::load().front().options.size(), 1);
    }

    // Test connection: SELECT 1 on a real PostgreSQL; a closed port is a clear error.
    void databaseTestConnection()
    {
        ProfileListPage *page = nullptr;
        SettingsDialog dialog;
        page = dialog.databasePage();
        page->addProfile();
        page->nameEdit()->setText("local-pg");
        pointAtServer(page, m_pg->port());
        page->secretField("password")->setSource(SecretField::Source::Environment);
        page->secretField("password")->edit()->setText("PW_PROFILE_DB");
        qputenv("PW_PROFILE_DB", "trust-ignores-it");
        QSignalSpy done(page, &ProfileListPage::testFinished);
        page->testConnection();
        QCOMPARE(page->resultLabel()->state(), TestResultLabel::State::Busy);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.back().front().toBool(), qPrintable(page->resultLabel()->text()));
        QVERIFY2(page->resultLabel()->text().contains("SELECT 1"), qPrintable(page->resultLabel()->text()));

        // Nothing listens: the message names the server, never the password.
        const int port = closedPort();
        page->numberBox("port")->setValue(port);
        page->testConnection();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.back().front().toBool(), false);
        QCOMPARE(page->resultLabel()->state(), TestResultLabel::State::Failed);
        const QString failure = page->resultLabel()->text();
        QVERIFY2(failure.contains("cannot connect") && failure.contains(QString::number(port)), qPrintable(failure));
        QVERIFY2(!failure.contains("trust-ignores-it"), qPrintable(failure));

        // A password that cannot be read fails before connecting.
        qunsetenv("PW_PROFILE_DB");
        page->testConnection();
        QCOMPARE(done.back().front().toBool(), false);
        QVERIFY(page->resultLabel()->text().contains("PW_PROFILE_DB"));

        // SQLite: an existing file answers; a missing one is not created by the test.
        QTemporaryDir dir;
        page->comboBox("driver")->setCurrentIndex(page->comboBox("driver")->findData("sqlite"));
        const QString missing = dir.filePath("new.db");
        page->lineEdit("file")->setText(missing);
        page->testConnection();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.back().front().toBool(), qPrintable(page->resultLabel()->text()));
        QVERIFY(page->resultLabel()->text().contains("does not exist yet"));
        QVERIFY(!QFile::exists(missing));
        page->lineEdit("file")->setText(dir.filePath("no/such/folder/x.db"));
        page->testConnection();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.back().front().toBool(), false);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(missing.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_close(db);
        page->lineEdit("file")->setText(missing);
        page->testConnection();
        QVERIFY(done.wait(10000));
        QVERIFY2(done.back().front().toBool(), qPrintable(page->resultLabel()->text()));
        QVERIFY(page->resultLabel()->text().contains("SELECT 1"));
    }

    // A MySQL profile is a mysql:// URI the sink reads back; Test connection logs in to a
    // real MariaDB with the profile's password and reports a wrong one without showing it.
    void mysqlProfile()
    {
        DatabaseProfile p;
        p.driver = "mysql";
        p.host = "db.internal";
        p.port = 3307;
        p.database = "iot";
        p.user = "app@eu";
        p.options = {{"ssl_mode", "required"}, {"socket", "/run/my sql.sock"}};
        const std::string uri = p.connection("p@ss:w/rd");
        pipeline::MysqlUri parsed;
        std::string error;
        QVERIFY2(pipeline::MysqlUri::parse(uri, &parsed, &error), error.c_str());
        QCOMPARE(parsed.user, std::string("app@eu"));
        QCOMPARE(parsed.password, std::string("p@ss:w/rd"));
        QCOMPARE(parsed.host, std::string("db.internal"));
        QCOMPARE(parsed.port, 3307);
        QCOMPARE(parsed.database, std::string("iot"));
        QCOMPARE(parsed.options.at("socket"), std::string("/run/my sql.sock"));
        QCOMPARE(parsed.options.at("ssl_mode"), std::string("required"));

        std::string missing;
        if (!testsupport::MariaDbServer::binariesFound(&missing))
            QSKIP(missing.c_str());
        auto server = testsupport::MariaDbServer::start(&error);
        QVERIFY2(server, error.c_str());
        SettingsDialog dialog;
        ProfileListPage *page = dialog.databasePage();
        page->addProfile();
        page->nameEdit()->setText("local-mariadb");
        page->comboBox("driver")->setCurrentIndex(page->comboBox("driver")->findData("mysql"));
        QVERIFY(page->comboBox("driver")->currentIndex() >= 0);
        page->lineEdit("host")->setText("127.0.0.1");
        page->numberBox("port")->setValue(server->port());
        page->lineEdit("database")->setText("pipewright");
        page->lineEdit("user")->setText("app");
        page->secretField("password")->setSource(SecretField::Source::Environment);
        page->secretField("password")->edit()->setText("PW_PROFILE_MYSQL");
        qputenv("PW_PROFILE_MYSQL", testsupport::MariaDbServer::appSecret().c_str());
        QSignalSpy done(page, &ProfileListPage::testFinished);
        page->testConnection();
        QVERIFY(done.wait(20000));
        QVERIFY2(done.back().front().toBool(), qPrintable(page->resultLabel()->text()));
        QVERIFY2(page->resultLabel()->text().contains("SELECT 1") && page->resultLabel()->text().contains("MySQL"),
                 qPrintable(page->resultLabel()->text()));

        qputenv("PW_PROFILE_MYSQL", "not-the-password");
        page->testConnection();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.back().front().toBool(), false);
        const QString failure = page->resultLabel()->text();
        QVERIFY2(failure.contains("Access denied") && !failure.contains("not-the-password"), qPrintable(failure));
        qunsetenv("PW_PROFILE_MYSQL");
    }

    // Runs get the profiles by name, with the passwords of the profiles they use read at start.
    void runsNameDatabaseProfiles()
    {
        DatabaseProfile::save({serverProfile("warehouse", "env:PW_RUN_DB"), serverProfile("vault", "keychain:database/vault")});

        std::map<std::string, std::string> profiles;
        QString error;
        qputenv("PW_RUN_DB", "it's a \\ secret");
        QVERIFY2(DatabaseProfile::runProfiles({"warehouse"}, &profiles, &error), qPrintable(error));
        QCOMPARE(profiles.size(), size_t(2));
        QCOMPARE(profiles.at("warehouse"), "host='127.0.0.1' port='" + std::to_string(m_pg->port())
                                               + "' dbname='postgres' user='postgres' password='it\\'s a \\\\ secret'");
        QVERIFY(profiles.at("vault").find("password") == std::string::npos); // not used: not read
        // A password the run needs and cannot read stops it, naming the profile.
        QVERIFY(!DatabaseProfile::runProfiles({"warehouse", "vault"}, &profiles, &error));
        QVERIFY2(error.contains("vault") && error.contains("keychain:database/vault"), qPrintable(error));
        m_keychain->entries.insert("database/vault", "from-keychain");
        QVERIFY(DatabaseProfile::runProfiles({"vault"}, &profiles, &error));
        QVERIFY(profiles.at("vault").find("password='from-keychain'") != std::string::npos);

        // The engine connects through the profile the sink names.
        QVERIFY(DatabaseProfile::runProfiles({"warehouse"}, &profiles, &error));
        pipeline::runtime::RunOptions options;
        options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles = profiles;
        pipeline::runtime::Engine engine;
        const auto diagnostics = engine.compile(sampleToDatabase("postgresql", "warehouse", "profile_readings"), options);
        QVERIFY2(engine.isCompiled(), diagnostics.empty() ? "" : diagnostics.front().message.c_str());
        engine.run();
        QCOMPARE(engine.snapshot().totals.input, std::uint64_t(120));
        qunsetenv("PW_RUN_DB");
    }

    // The designer's Run fills the profiles from Settings: a SQLite profile receives the rows;
    // an unreadable password is an error in the Run panel and nothing starts.
    void designerRunUsesDatabaseProfiles()
    {
        QTemporaryDir dir;
        DatabaseProfile local;
        local.name = "local";
        local.driver = "sqlite";
        local.database = dir.filePath("readings.db");
        DatabaseProfile::save({local, serverProfile("locked", "keychain:database/locked")});

        auto *window = new MainWindow;
        window->show();
        RunMonitor *monitor = window->findChild<RunMonitor *>(QStringLiteral("RunMonitor"));
        QVERIFY(monitor);
        window->document()->model()->resetGraph(sampleToDatabase("sqlite", "local", "readings"));
        window->action("actionRun")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isPreparing() && monitor->bridge()->hasRun() && !monitor->bridge()->isRunning(), 30000);
        QCOMPARE(monitor->summaryWidget()->summary().input, quint64(120));
        QCOMPARE(sqliteRowCount(local.database, "readings"), 120);

        monitor->summaryWidget()->clearEvents();
        window->document()->model()->resetGraph(sampleToDatabase("postgresql", "locked", "readings"));
        window->action("actionRun")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isPreparing(), 10000);
        QVERIFY(!monitor->bridge()->isRunning());
        QCOMPARE(monitor->summaryWidget()->eventCount(), 1);
        QVERIFY(monitor->runDock()->isVisible());
        QVERIFY(window->action("actionRun")->isEnabled());
        window->close();
        delete window;
    }
};

QTEST_MAIN(TestProfilePages)
#include "tst_profilepages.moc"
