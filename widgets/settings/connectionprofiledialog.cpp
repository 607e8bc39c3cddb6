#include "widgets/settings/connectionprofiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConnectionProfileDialog::ConnectionProfileDialog(const QList<ConnectionProfile> &profiles, const QString &active,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_bootstrap(new QLineEdit(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_active(new QComboBox(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("ConnectionProfileDialog"));
    setWindowTitle(tr("Connection Profiles"));
    m_bootstrap->setPlaceholderText(tr("broker1:9092,broker2:9092"));
    m_table->setHorizontalHeaderLabels({tr("librdkafka property"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d32f2f"));

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *addProperty = new QPushButton(tr("Add Property"), this);
    auto *removeProperty = new QPushButton(tr("Remove Property"), this);
    auto *sasl = new QPushButton(tr("SASL/SSL Template"), this);
    sasl->setToolTip(tr("Adds security.protocol, sasl.mechanism, sasl.username and sasl.password = env:KAFKA_PASSWORD"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Bootstrap servers:"), m_bootstrap);
    right->addLayout(form);
    right->addWidget(m_table, 1);
    auto *propertyButtons = new QHBoxLayout;
    propertyButtons->addWidget(addProperty);
    propertyButtons->addWidget(removeProperty);
    propertyButtons->addStretch(1);
    propertyButtons->addWidget(sasl);
    right->addLayout(propertyButtons);
    right->addWidget(new QLabel(tr("Secrets (sasl.password, ssl.key.password, …) are never stored: enter "
                                   "env:VARIABLE_NAME and set that environment variable before starting Pipewright."),
                                this));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    auto *activeRow = new QFormLayout;
    activeRow->addRow(tr("Runs use:"), m_active);
    layout->addLayout(activeRow);
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);

    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    refreshActive();
    const int activeIndex = m_active->findData(active);
    m_active->setCurrentIndex(activeIndex < 0 ? 0 : activeIndex);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        loadCurrent();
    });
    connect(add, &QPushButton::clicked, this, &ConnectionProfileDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_current = -1;
        m_profiles.removeAt(row);
        delete m_list->takeItem(row);
        refreshActive();
        m_current = m_list->currentRow();
        loadCurrent();
    });
    connect(addProperty, &QPushButton::clicked, this, [this] {
        m_table->insertRow(m_table->rowCount());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(removeProperty, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(sasl, &QPushButton::clicked, this, [this] {
        const QList<QPair<QString, QString>> rows{{QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL")},
                                                  {QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN")},
                                                  {QStringLiteral("sasl.username"), QString()},
                                                  {QStringLiteral("sasl.password"), QStringLiteral("env:KAFKA_PASSWORD")}};
        for (const auto &[key, value] : rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(key));
            m_table->setItem(row, 1, new QTableWidgetItem(value));
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading || m_current < 0)
            return;
        m_list->item(m_current)->setText(text);
        storeCurrent(); // keeps the "Runs use" choice pointing at the renamed profile
    });
    if (!m_profiles.isEmpty())
        m_list->setCurrentRow(0);
    else
        loadCurrent();
}

void ConnectionProfileDialog::addProfile()
{
    storeCurrent();
    ConnectionProfile profile;
    int n = m_profiles.size() + 1;
    auto taken = [this](const QString &name) {
        for (const ConnectionProfile &p : std::as_const(m_profiles))
            if (p.name == name)
                return true;
        return false;
    };
    do
        profile.name = tr("Cluster %1").arg(n++);
    while (taken(profile.name));
    profile.bootstrapServers = QStringLiteral("localhost:9092");
    m_profiles << profile;
    m_list->addItem(profile.name);
    refreshActive();
    m_list->setCurrentRow(m_list->count() - 1);
}

void ConnectionProfileDialog::storeCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_profiles.size())
        return;
    ConnectionProfile &p = m_profiles[m_current];
    const bool wasActive = !p.name.isEmpty() && m_active->currentData().toString() == p.name;
    p.name = m_name->text().trimmed();
    p.bootstrapServers = m_bootstrap->text().trimmed();
    p.properties.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            p.properties.append({key, value});
    }
    refreshActive();
    if (wasActive && m_active->findData(p.name) >= 0)
        m_active->setCurrentIndex(m_active->findData(p.name));
}

void ConnectionProfileDialog::loadCurrent()
{
    m_loading = true;
    const bool valid = m_current >= 0 && m_current < m_profiles.size();
    const ConnectionProfile p = valid ? m_profiles[m_current] : ConnectionProfile();
    m_name->setEnabled(valid);
    m_bootstrap->setEnabled(valid);
    m_table->setEnabled(valid);
    m_name->setText(p.name);
    m_bootstrap->setText(p.bootstrapServers);
    m_table->setRowCount(0);
    for (const auto &[key, value] : p.properties) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_loading = false;
}

void ConnectionProfileDialog::refreshActive()
{
    const QString current = m_active->currentData().toString();
    const QSignalBlocker blocker(m_active);
    m_active->clear();
    m_active->addItem(tr("Sandbox (embedded cluster)"), QString());
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        if (!p.name.isEmpty())
            m_active->addItem(p.name, p.name);
    const int index = m_active->findData(current);
    m_active->setCurrentIndex(index < 0 ? 0 : index);
}

QList<ConnectionProfile> ConnectionProfileDialog::profiles() const
{
    const_cast<ConnectionProfileDialog *>(this)->storeCurrent();
    return m_profiles;
}

QString ConnectionProfileDialog::activeProfile() const
{
    return m_active->currentData().toString();
}

QStringList ConnectionProfileDialog::problems() const
{
    QStringList out;
    QStringList names;
    for (const ConnectionProfile &p : profiles()) {
        out << p.problems();
        if (names.contains(p.name))
            out << tr("Two profiles are called %1.").arg(p.name);
        names << p.name;
    }
    return out;
}

void ConnectionProfileDialog::accept()
{
    const QStringList issues = problems();
    m_problems->setText(issues.join(QLatin1Char('\n')));
    if (issues.isEmpty())
        QDialog::accept();
}
