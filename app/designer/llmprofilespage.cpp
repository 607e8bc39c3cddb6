#include "llmprofilespage.h"

#include "backgroundtask.h"
#include "llmprofiles.h"
#include "connectiontester.h"
#include "secretstore.h"
#include "testresultlabel.h"

#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

LlmProfilesPage::LlmProfilesPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_embeddingModel(new QLineEdit(this))
    , m_apiKey(new SecretField(this))
    , m_assistant(new QCheckBox(tr("Use for the Assistant"), this))
    , m_prices(new QTableWidget(0, 3, this))
    , m_test(new QPushButton(tr("Test Connection"), this))
    , m_result(new TestResultLabel(this))
{
    setObjectName(QStringLiteral("LlmProfilesPage"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openai.com/v1"));
    m_model->setPlaceholderText(QStringLiteral("gpt-4o-mini"));
    m_embeddingModel->setPlaceholderText(QStringLiteral("text-embedding-3-small"));
    m_prices->setHorizontalHeaderLabels({tr("Model"), tr("Input per 1M tokens"), tr("Output per 1M tokens")});
    m_prices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *addPrice = new QPushButton(tr("Add Price"), this);
    auto *removePrice = new QPushButton(tr("Remove Price"), this);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Embedding model:"), m_embeddingModel);
    form->addRow(tr("API key:"), m_apiKey);
    m_assistant->setToolTip(tr("The Assistant dock preselects this profile for generating pipelines"));
    form->addRow(QString(), m_assistant);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("Prices (USD per million tokens; models without a price cost nothing):"), this));
    right->addWidget(m_prices, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addPrice);
    buttons->addWidget(removePrice);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    right->addLayout(buttons);
    right->addWidget(m_result);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        loadCurrent();
    });
    connect(add, &QPushButton::clicked, this, &LlmProfilesPage::addProfile);
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
    connect(addPrice, &QPushButton::clicked, this, [this] {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        m_prices->setItem(row, 0, new QTableWidgetItem(m_model->text()));
        m_prices->setItem(row, 1, new QTableWidgetItem(QStringLiteral("0")));
        m_prices->setItem(row, 2, new QTableWidgetItem(QStringLiteral("0")));
    });
    connect(removePrice, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0)
            m_prices->removeRow(m_prices->currentRow());
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_loading && m_current >= 0)
            m_list->item(m_current)->setText(text);
    });
    connect(m_test, &QPushButton::clicked, this, &LlmProfilesPage::testConnection);
    connect(m_assistant, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading || m_current < 0 || m_current >= m_entries.size())
            return;
        for (int i = 0; i < m_entries.size(); ++i) // one mark at most
            m_entries[i].assistant = on && i == m_current;
    });
    // The mark is settings like the profiles: stored when the dialog is accepted.
    if (auto *dialog = qobject_cast<QDialog *>(parent))
        connect(dialog, &QDialog::accepted, this, [this] { LlmProfiles::setAssistantProfile(assistantProfile()); });
    loadCurrent();
}

QString LlmProfilesPage::assistantProfile() const
{
    for (const Entry &e : m_entries)
        if (e.assistant)
            return QString::fromStdString(e.endpoint.name);
    return {};
}

QList<LlmProfilesPage::Entry> LlmProfilesPage::fromEndpoints(const std::vector<pipeline::runtime::LlmEndpoint> &endpoints)
{
    const QString marked = LlmProfiles::assistantProfile();
    QList<Entry> out;
    for (const auto &endpoint : endpoints) {
        Entry e{endpoint, {QString::fromStdString(endpoint.apiKeyRef), {}}, false};
        e.endpoint.apiKeyRef.clear();
        e.assistant = QString::fromStdString(endpoint.name) == marked;
        out << e;
    }
    return out;
}

pipeline::runtime::LlmEndpoint LlmProfilesPage::toEndpoint(const Entry &entry)
{
    pipeline::runtime::LlmEndpoint endpoint = entry.endpoint;
    endpoint.apiKeyRef = entry.apiKey.reference.toStdString();
    return endpoint;
}

void LlmProfilesPage::setEntries(const QList<Entry> &entries)
{
    m_current = -1;
    m_entries = entries;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Entry &e : std::as_const(m_entries))
            m_list->addItem(QString::fromStdString(e.endpoint.name));
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    else
        loadCurrent();
}

void LlmProfilesPage::addProfile()
{
    storeCurrent();
    Entry e;
    const bool hasDefault = std::any_of(m_entries.begin(), m_entries.end(), [](const Entry &x) { return x.endpoint.name == "default"; });
    // The first profile is "default": nodes that leave `endpoint` empty use it.
    e.endpoint.name = hasDefault ? tr("endpoint %1").arg(m_entries.size() + 1).toStdString() : std::string("default");
    e.endpoint.baseUrl = "https://api.openai.com/v1";
    e.endpoint.model = "gpt-4o-mini";
    e.apiKey.reference = QStringLiteral("env:OPENAI_API_KEY");
    m_entries << e;
    m_list->addItem(QString::fromStdString(e.endpoint.name));
    m_list->setCurrentRow(m_list->count() - 1);
}

void LlmProfilesPage::storeCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    Entry &e = m_entries[m_current];
    e.endpoint.name = m_name->text().trimmed().toStdString();
    e.endpoint.baseUrl = m_baseUrl->text().trimmed().toStdString();
    e.endpoint.model = m_model->text().trimmed().toStdString();
    e.endpoint.embeddingModel = m_embeddingModel->text().trimmed().toStdString();
    e.apiKey = m_apiKey->value();
    e.endpoint.prices.clear();
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        auto text = [this, row](int column) { return m_prices->item(row, column) ? m_prices->item(row, column)->text().trimmed() : QString(); };
        if (text(0).isEmpty())
            continue;
        // Accept the user's locale ("0,15") and the C form ("0.15").
        auto number = [](const QString &t) {
            bool ok = false;
            const double v = QLocale().toDouble(t, &ok);
            return ok ? v : t.toDouble();
        };
        pipeline::runtime::LlmPrice price;
        price.inputPerMillion = number(text(1));
        price.outputPerMillion = number(text(2));
        e.endpoint.prices[text(0).toStdString()] = price;
    }
}

void LlmProfilesPage::loadCurrent()
{
    m_loading = true;
    const bool valid = m_current >= 0 && m_current < m_entries.size();
    const Entry e = valid ? m_entries[m_current] : Entry();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_baseUrl, m_model, m_embeddingModel, m_apiKey, m_prices, m_test})
        w->setEnabled(valid);
    m_name->setText(valid ? QString::fromStdString(e.endpoint.name) : QString());
    m_baseUrl->setText(QString::fromStdString(e.endpoint.baseUrl));
    m_model->setText(QString::fromStdString(e.endpoint.model));
    m_embeddingModel->setText(QString::fromStdString(e.endpoint.embeddingModel));
    m_apiKey->setValue(e.apiKey);
    m_assistant->setEnabled(valid);
    m_assistant->setChecked(valid && e.assistant);
    m_prices->setRowCount(0);
    for (const auto &[model, price] : e.endpoint.prices) {
        const int row = m_prices->rowCount();
        m_prices->insertRow(row);
        m_prices->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(model)));
        m_prices->setItem(row, 1, new QTableWidgetItem(QLocale().toString(price.inputPerMillion)));
        m_prices->setItem(row, 2, new QTableWidgetItem(QLocale().toString(price.outputPerMillion)));
    }
    m_result->clear();
    m_loading = false;
}

QList<LlmProfilesPage::Entry> LlmProfilesPage::entries() const
{
    const_cast<LlmProfilesPage *>(this)->storeCurrent();
    return m_entries;
}

QStringList LlmProfilesPage::problems() const
{
    QStringList out;
    QStringList names;
    for (const Entry &e : entries()) {
        const QString name = QString::fromStdString(e.endpoint.name);
        if (name.isEmpty())
            out << tr("An LLM endpoint needs a name.");
        else if (names.contains(name))
            out << tr("Two LLM endpoints are called %1.").arg(name);
        if (e.endpoint.baseUrl.empty())
            out << tr("%1: the base URL is required (e.g. https://api.openai.com/v1).").arg(name);
        names << name;
    }
    if (m_current >= 0)
        if (const QString problem = m_apiKey->problem(); !problem.isEmpty())
            out << tr("%1: API key: %2").arg(m_name->text(), problem);
    return out;
}

void LlmProfilesPage::testConnection()
{
    storeCurrent();
    if (m_current < 0)
        return;
    const Entry e = m_entries[m_current];
    pipeline::runtime::LlmEndpoint endpoint = toEndpoint(e);
    pipeline::runtime::SecretResolver resolver;
    if (!e.apiKey.pending.isEmpty()) {
        // Not stored yet (that happens on OK): hand the typed key to this one test only.
        endpoint.apiKeyRef = "keychain:pending-test";
        resolver = [key = e.apiKey.pending.toStdString()](std::string_view ref) -> std::optional<std::string> {
            if (ref == "keychain:pending-test")
                return key;
            return std::nullopt;
        };
    } else {
        QString error;
        if (!SecretStore::instance()->prepareResolver({e.apiKey.reference}, &resolver, &error)) {
            m_result->showResult(false, error);
            emit testFinished(false);
            return;
        }
    }
    m_test->setEnabled(false);
    m_result->showBusy(tr("Asking %1 for its models…").arg(QString::fromStdString(endpoint.baseUrl)));
    runInBackground<ConnectionTestResult>(
        this, [endpoint, resolver] { return ConnectionTester::llm(endpoint, resolver); },
        [this](ConnectionTestResult result) {
            m_test->setEnabled(m_current >= 0);
            m_result->showResult(result.ok, result.summary, result.details);
            emit testFinished(result.ok);
        });
}
