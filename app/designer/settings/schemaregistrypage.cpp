#include "app/designer/settings/schemaregistrypage.h"

#include "app/designer/run/backgroundtask.h"
#include "app/designer/settings/connectiontester.h"
#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/testresultlabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SchemaRegistryPage::SchemaRegistryPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new SecretField(this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_result(new TestResultLabel(this))
{
    setObjectName(QStringLiteral("SchemaRegistryPage"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:8081"));
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Username:"), m_username);
    form->addRow(tr("Password:"), m_password);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addStretch(1);
    testRow->addWidget(m_test);
    right->addLayout(testRow);
    right->addWidget(m_result);
    right->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        loadCurrent();
    });
    connect(add, &QPushButton::clicked, this, &SchemaRegistryPage::addProfile);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_current = -1;
        m_entries.removeAt(row);
        delete m_list->takeItem(row);
        m_current = m_list->currentRow();
        loadCurrent();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_loading && m_current >= 0)
            m_list->item(m_current)->setText(text);
    });
    connect(m_test, &QPushButton::clicked, this, &SchemaRegistryPage::testConnection);
    loadCurrent();
}

QList<SchemaRegistryPage::Entry> SchemaRegistryPage::fromProfiles(const QList<SchemaRegistryProfile> &profiles)
{
    QList<Entry> out;
    for (const SchemaRegistryProfile &p : profiles) {
        Entry e{p, {p.passwordRef, {}}};
        e.profile.passwordRef.clear();
        out << e;
    }
    return out;
}

SchemaRegistryProfile SchemaRegistryPage::toProfile(const Entry &entry)
{
    SchemaRegistryProfile p = entry.profile;
    p.passwordRef = entry.password.reference;
    return p;
}

void SchemaRegistryPage::setEntries(const QList<Entry> &entries)
{
    m_current = -1;
    m_entries = entries;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Entry &e : std::as_const(m_entries))
            m_list->addItem(e.profile.name);
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    else
        loadCurrent();
}

void SchemaRegistryPage::addProfile()
{
    storeCurrent();
    Entry e;
    e.profile.name = tr("Registry %1").arg(m_entries.size() + 1);
    e.profile.url = QStringLiteral("http://localhost:8081");
    m_entries << e;
    m_list->addItem(e.profile.name);
    m_list->setCurrentRow(m_list->count() - 1);
}

void SchemaRegistryPage::storeCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    Entry &e = m_entries[m_current];
    e.profile.name = m_name->text().trimmed();
    e.profile.url = m_url->text().trimmed();
    e.profile.username = m_username->text().trimmed();
    e.password = m_password->value();
}

void SchemaRegistryPage::loadCurrent()
{
    m_loading = true;
    const bool valid = m_current >= 0 && m_current < m_entries.size();
    const Entry e = valid ? m_entries[m_current] : Entry();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_url, m_username, m_password, m_test})
        w->setEnabled(valid);
    m_name->setText(e.profile.name);
    m_url->setText(e.profile.url);
    m_username->setText(e.profile.username);
    m_password->setValue(e.password);
    m_result->clear();
    m_loading = false;
}

QList<SchemaRegistryPage::Entry> SchemaRegistryPage::entries() const
{
    const_cast<SchemaRegistryPage *>(this)->storeCurrent();
    return m_entries;
}

QStringList SchemaRegistryPage::problems() const
{
    QStringList out;
    QStringList names;
    for (const Entry &e : entries()) {
        if (e.profile.name.isEmpty())
            out << tr("A Schema Registry profile needs a name.");
        else if (names.contains(e.profile.name))
            out << tr("Two Schema Registry profiles are called %1.").arg(e.profile.name);
        if (!e.profile.url.startsWith(QLatin1String("http://")) && !e.profile.url.startsWith(QLatin1String("https://")))
            out << tr("%1: the URL must start with http:// or https://.").arg(e.profile.name);
        names << e.profile.name;
    }
    if (m_current >= 0)
        if (const QString problem = m_password->problem(); !problem.isEmpty())
            out << tr("%1: password: %2").arg(m_name->text(), problem);
    return out;
}

void SchemaRegistryPage::testConnection()
{
    storeCurrent();
    if (m_current < 0)
        return;
    const Entry e = m_entries[m_current];
    QString password = e.password.pending;
    if (password.isEmpty() && !e.password.reference.isEmpty()) {
        QString error;
        const std::optional<QString> secret = SecretStore::instance()->resolve(e.password.reference, &error);
        if (!secret) {
            m_result->showResult(false, error);
            emit testFinished(false);
            return;
        }
        password = *secret;
    }
    m_test->setEnabled(false);
    m_result->showBusy(tr("Connecting to %1…").arg(e.profile.url));
    runInBackground<ConnectionTestResult>(
        this,
        [url = e.profile.url.toStdString(), user = e.profile.username.toStdString(), password = password.toStdString()] {
            return ConnectionTester::schemaRegistry(url, user, password);
        },
        [this](ConnectionTestResult result) {
            m_test->setEnabled(m_current >= 0);
            m_result->showResult(result.ok, result.summary, result.details);
            emit testFinished(result.ok);
        });
}
