#include "app/designer/settings/kafkaprofilespage.h"

#include "app/designer/run/backgroundtask.h"
#include "app/designer/settings/connectiontester.h"
#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/testresultlabel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString SecurityKey = QStringLiteral("security.protocol");
const QString MechanismKey = QStringLiteral("sasl.mechanism");
const QString UsernameKey = QStringLiteral("sasl.username");
const QString PasswordKey = QStringLiteral("sasl.password");
const QString CaKey = QStringLiteral("ssl.ca.location");

bool isFormKey(const QString &key)
{
    return key == SecurityKey || key == MechanismKey || key == UsernameKey || key == PasswordKey || key == CaKey;
}

QString valueOf(const ConnectionProfile &p, const QString &key)
{
    for (const auto &[k, v] : p.properties)
        if (k == key)
            return v;
    return {};
}

} // namespace

KafkaProfilesPage::KafkaProfilesPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_bootstrap(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_mechanism(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new SecretField(this))
    , m_caFile(new QLineEdit(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_active(new QComboBox(this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_result(new TestResultLabel(this))
{
    setObjectName(QStringLiteral("KafkaProfilesPage"));
    m_bootstrap->setPlaceholderText(tr("broker1:9092,broker2:9092"));
    m_security->addItems({QString(), QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
                          QStringLiteral("SASL_SSL")});
    m_mechanism->setEditable(true);
    m_mechanism->addItems({QString(), QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"),
                           QStringLiteral("SCRAM-SHA-512"), QStringLiteral("OAUTHBEARER"), QStringLiteral("GSSAPI")});
    m_caFile->setPlaceholderText(tr("PEM file with the CA certificate(s); empty = system store"));
    m_table->setHorizontalHeaderLabels({tr("librdkafka property"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Translated headers are longer than the English ones: size the key column to fit.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *addProperty = new QPushButton(tr("Add Property"), this);
    auto *removeProperty = new QPushButton(tr("Remove Property"), this);
    auto *browse = new QPushButton(tr("Browse…"), this);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Bootstrap servers:"), m_bootstrap);
    form->addRow(tr("Security protocol:"), m_security);
    form->addRow(tr("SASL mechanism:"), m_mechanism);
    form->addRow(tr("SASL username:"), m_username);
    form->addRow(tr("SASL password:"), m_password);
    form->addRow(tr("SSL CA file:"), caRow);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Other librdkafka properties:"), this));
    right->addWidget(m_table, 1);
    auto *propertyButtons = new QHBoxLayout;
    propertyButtons->addWidget(addProperty);
    propertyButtons->addWidget(removeProperty);
    propertyButtons->addStretch(1);
    propertyButtons->addWidget(m_test);
    right->addLayout(propertyButtons);
    right->addWidget(m_result);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    auto *activeRow = new QFormLayout;
    activeRow->addRow(tr("Runs use:"), m_active);
    layout->addLayout(activeRow);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        loadCurrent();
    });
    connect(add, &QPushButton::clicked, this, &KafkaProfilesPage::addProfile);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_current = -1;
        m_entries.removeAt(row);
        delete m_list->takeItem(row);
        refreshActive();
        m_current = m_list->currentRow();
        loadCurrent();
    });
    connect(addProperty, &QPushButton::clicked, this, [this] {
        m_table->insertRow(m_table->rowCount());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    });
    connect(removeProperty, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("SSL CA File"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading || m_current < 0)
            return;
        m_list->item(m_current)->setText(text);
        storeCurrent(); // keeps the "Runs use" choice pointing at the renamed profile
    });
    connect(m_test, &QPushButton::clicked, this, &KafkaProfilesPage::testConnection);
    loadCurrent();
}

QList<KafkaProfilesPage::Entry> KafkaProfilesPage::fromProfiles(const QList<ConnectionProfile> &profiles)
{
    QList<Entry> out;
    for (const ConnectionProfile &p : profiles) {
        Entry e;
        e.profile = p;
        e.profile.properties.clear();
        for (const auto &[key, value] : p.properties) {
            if (key == PasswordKey)
                e.password.reference = value;
            else
                e.profile.properties.append({key, value});
        }
        out << e;
    }
    return out;
}

ConnectionProfile KafkaProfilesPage::toProfile(const Entry &entry)
{
    ConnectionProfile p = entry.profile;
    if (!entry.password.reference.isEmpty())
        p.properties.append({PasswordKey, entry.password.reference});
    return p;
}

void KafkaProfilesPage::setEntries(const QList<Entry> &entries, const QString &active)
{
    m_current = -1;
    m_entries = entries;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Entry &e : std::as_const(m_entries))
            m_list->addItem(e.profile.name);
    }
    refreshActive();
    const int activeIndex = m_active->findData(active);
    m_active->setCurrentIndex(activeIndex < 0 ? 0 : activeIndex);
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    else
        loadCurrent();
}

void KafkaProfilesPage::addProfile()
{
    storeCurrent();
    Entry e;
    int n = int(m_entries.size()) + 1;
    auto taken = [this](const QString &name) {
        return std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry &x) { return x.profile.name == name; });
    };
    do
        e.profile.name = tr("Cluster %1").arg(n++);
    while (taken(e.profile.name));
    e.profile.bootstrapServers = QStringLiteral("localhost:9092");
    m_entries << e;
    m_list->addItem(e.profile.name);
    refreshActive();
    m_list->setCurrentRow(m_list->count() - 1);
}

void KafkaProfilesPage::storeCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    Entry &e = m_entries[m_current];
    const bool wasActive = !e.profile.name.isEmpty() && m_active->currentData().toString() == e.profile.name;
    e.profile.name = m_name->text().trimmed();
    e.profile.bootstrapServers = m_bootstrap->text().trimmed();
    e.profile.properties.clear();
    auto put = [&e](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            e.profile.properties.append({key, value.trimmed()});
    };
    put(SecurityKey, m_security->currentText());
    put(MechanismKey, m_mechanism->currentText());
    put(UsernameKey, m_username->text());
    put(CaKey, m_caFile->text());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            e.profile.properties.append({key, value});
    }
    e.password = m_password->value();
    refreshActive();
    if (wasActive && m_active->findData(e.profile.name) >= 0)
        m_active->setCurrentIndex(m_active->findData(e.profile.name));
}

void KafkaProfilesPage::loadCurrent()
{
    m_loading = true;
    const bool valid = m_current >= 0 && m_current < m_entries.size();
    const Entry e = valid ? m_entries[m_current] : Entry();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_bootstrap, m_security, m_mechanism, m_username, m_password,
                                                       m_caFile, m_table, m_test})
        w->setEnabled(valid);
    m_name->setText(e.profile.name);
    m_bootstrap->setText(e.profile.bootstrapServers);
    const QString security = valueOf(e.profile, SecurityKey);
    if (m_security->findText(security) < 0)
        m_security->addItem(security);
    m_security->setCurrentText(security);
    m_mechanism->setCurrentText(valueOf(e.profile, MechanismKey));
    m_username->setText(valueOf(e.profile, UsernameKey));
    m_caFile->setText(valueOf(e.profile, CaKey));
    m_password->setValue(e.password);
    m_table->setRowCount(0);
    for (const auto &[key, value] : e.profile.properties) {
        if (isFormKey(key))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_result->clear();
    m_loading = false;
}

void KafkaProfilesPage::refreshActive()
{
    const QString current = m_active->currentData().toString();
    const QSignalBlocker blocker(m_active);
    m_active->clear();
    m_active->addItem(tr("Sandbox (embedded cluster)"), QString());
    for (const Entry &e : std::as_const(m_entries))
        if (!e.profile.name.isEmpty())
            m_active->addItem(e.profile.name, e.profile.name);
    const int index = m_active->findData(current);
    m_active->setCurrentIndex(index < 0 ? 0 : index);
}

QList<KafkaProfilesPage::Entry> KafkaProfilesPage::entries() const
{
    const_cast<KafkaProfilesPage *>(this)->storeCurrent();
    return m_entries;
}

QString KafkaProfilesPage::activeProfile() const
{
    return m_active->currentData().toString();
}

QStringList KafkaProfilesPage::problems() const
{
    QStringList out;
    QStringList names;
    for (const Entry &e : entries()) {
        out << toProfile(e).problems();
        if (names.contains(e.profile.name))
            out << tr("Two Kafka profiles are called %1.").arg(e.profile.name);
        names << e.profile.name;
    }
    if (m_current >= 0)
        if (const QString problem = m_password->problem(); !problem.isEmpty())
            out << tr("%1: SASL password: %2").arg(m_name->text(), problem);
    return out;
}

void KafkaProfilesPage::testConnection()
{
    storeCurrent();
    if (m_current < 0)
        return;
    const Entry e = m_entries[m_current];
    // Secrets are read here on the GUI thread (the keychain lives here); the worker gets values.
    pipeline::runtime::ClientProperties properties;
    for (const auto &[key, value] : e.profile.properties) {
        if (ConnectionProfile::isSecretReference(value)) {
            QString error;
            const std::optional<QString> secret = SecretStore::instance()->resolve(value, &error);
            if (!secret) {
                m_result->showResult(false, error);
                emit testFinished(false);
                return;
            }
            properties.emplace_back(key.toStdString(), secret->toStdString());
        } else {
            properties.emplace_back(key.toStdString(), value.toStdString());
        }
    }
    if (!e.password.pending.isEmpty()) {
        properties.emplace_back(PasswordKey.toStdString(), e.password.pending.toStdString());
    } else if (!e.password.reference.isEmpty()) {
        QString error;
        const std::optional<QString> secret = SecretStore::instance()->resolve(e.password.reference, &error);
        if (!secret) {
            m_result->showResult(false, error);
            emit testFinished(false);
            return;
        }
        properties.emplace_back(PasswordKey.toStdString(), secret->toStdString());
    }
    m_test->setEnabled(false);
    m_result->showBusy(tr("Connecting to %1…").arg(e.profile.bootstrapServers));
    runInBackground<ConnectionTestResult>(
        this, [bootstrap = e.profile.bootstrapServers.toStdString(), properties] {
            return ConnectionTester::kafka(bootstrap, properties);
        },
        [this](ConnectionTestResult result) {
            m_test->setEnabled(m_current >= 0);
            m_result->showResult(result.ok, result.summary, result.details);
            emit testFinished(result.ok);
        });
}
