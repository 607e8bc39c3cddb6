#include "widgets/settings/profilelistpage.h"

#include "widgets/settings/secretfield.h"
#include "widgets/settings/secretreference.h"
#include "widgets/settings/testresultlabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPromise>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Numbers are kept in the C locale ("5432", "0.5") whatever the user's locale shows.
QString numberText(double value, int decimals)
{
    return decimals == 0 ? QString::number(qint64(value)) : QString::number(value, 'g', 15);
}

} // namespace

ProfileListPage::ProfileListPage(ProfilePageDescription description, QWidget *parent)
    : QWidget(parent)
    , m_description(std::move(description))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_result(new TestResultLabel(this))
{
    setObjectName(m_description.objectName);
    auto *add = new QPushButton(tr("Add"), this);
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    auto *rename = new QPushButton(tr("Rename"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addProfile"));
    duplicate->setObjectName(QStringLiteral("duplicateProfile"));
    rename->setObjectName(QStringLiteral("renameProfile"));
    remove->setObjectName(QStringLiteral("removeProfile"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QGridLayout;
    listButtons->addWidget(add, 0, 0);
    listButtons->addWidget(duplicate, 0, 1);
    listButtons->addWidget(rename, 1, 0);
    listButtons->addWidget(remove, 1, 1);
    left->addLayout(listButtons);

    m_form->addRow(tr("Name:"), m_name);
    for (const ProfileField &field : std::as_const(m_description.fields)) {
        QWidget *row = nullptr;
        QWidget *editor = createEditor(field, &row);
        m_editors.append({field, editor, row});
    }
    auto *right = new QVBoxLayout;
    right->addLayout(m_form, 1);
    if (m_description.test) {
        m_test = new QPushButton(tr("Test Connection"), this);
        auto *testRow = new QHBoxLayout;
        testRow->addStretch(1);
        testRow->addWidget(m_test);
        right->addLayout(testRow);
        connect(m_test, &QPushButton::clicked, this, &ProfileListPage::testConnection);
    }
    right->addWidget(m_result);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    if (!m_description.activeLabel.isEmpty()) {
        m_active = new QComboBox(this);
        auto *activeRow = new QFormLayout;
        activeRow->addRow(tr("%1:").arg(m_description.activeLabel), m_active);
        layout->addLayout(activeRow);
    }

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        loadCurrent();
    });
    // Rename in the list (double click, F2 or the Rename button) and in the Name field are the same edit.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_loading && m_list->row(item) == m_current && item->text() != m_name->text())
            m_name->setText(item->text());
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading || m_current < 0)
            return;
        {
            const QSignalBlocker blocker(m_list);
            m_list->item(m_current)->setText(text);
        }
        storeCurrent(); // keeps the "in use" choice pointing at the renamed profile
    });
    connect(add, &QPushButton::clicked, this, &ProfileListPage::addProfile);
    connect(duplicate, &QPushButton::clicked, this, &ProfileListPage::duplicateProfile);
    connect(rename, &QPushButton::clicked, this, &ProfileListPage::renameProfile);
    connect(remove, &QPushButton::clicked, this, &ProfileListPage::removeProfile);
    refreshActive();
    loadCurrent();
}

QWidget *ProfileListPage::createEditor(const ProfileField &field, QWidget **row)
{
    auto *label = new QLabel(tr("%1:").arg(field.label), this);
    label->setToolTip(field.help);
    QWidget *editor = nullptr;
    switch (field.kind) {
    case ProfileField::Kind::Text: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(field.placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ProfileListPage::edited);
        editor = edit;
        if (!field.fileFilter.isEmpty()) {
            // The row is the edit plus its Browse… button.
            auto *box = new QWidget(this);
            auto *boxLayout = new QHBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            auto *browse = new QPushButton(tr("Browse…"), box);
            edit->setParent(box);
            boxLayout->addWidget(edit, 1);
            boxLayout->addWidget(browse);
            connect(browse, &QPushButton::clicked, this, [this, edit, field] {
                const QString file = QFileDialog::getOpenFileName(this, field.label, edit->text(), field.fileFilter);
                if (!file.isEmpty())
                    edit->setText(file);
            });
            m_form->addRow(label, box);
            *row = box;
            edit->setToolTip(field.help);
            return edit;
        }
        break;
    }
    case ProfileField::Kind::Number: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(field.decimals);
        spin->setRange(field.minimum, field.maximum);
        spin->setGroupSeparatorShown(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ProfileListPage::edited);
        editor = spin;
        break;
    }
    case ProfileField::Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->setEditable(field.editable);
        for (const auto &[value, text] : field.choices)
            combo->addItem(text, value);
        if (field.editable && combo->lineEdit())
            combo->lineEdit()->setPlaceholderText(field.placeholder);
        connect(combo, &QComboBox::currentTextChanged, this, &ProfileListPage::edited);
        editor = combo;
        break;
    }
    case ProfileField::Kind::Secret: {
        auto *secret = new SecretField(this);
        connect(secret, &SecretField::edited, this, &ProfileListPage::edited);
        editor = secret;
        break;
    }
    case ProfileField::Kind::Table: {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *table = new QTableWidget(0, int(field.columns.size()), box);
        table->setHorizontalHeaderLabels(field.columns);
        table->horizontalHeader()->setStretchLastSection(true);
        // Translated headers are longer than the English ones: size the first column to fit.
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        table->setToolTip(field.help);
        label->setParent(box);
        auto *addRow = new QPushButton(tr("Add Row"), box);
        auto *removeRow = new QPushButton(tr("Remove Row"), box);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(addRow);
        buttons->addWidget(removeRow);
        buttons->addStretch(1);
        boxLayout->addWidget(label);
        boxLayout->addWidget(table, 1);
        boxLayout->addLayout(buttons);
        connect(addRow, &QPushButton::clicked, this, [table] {
            table->insertRow(table->rowCount());
            table->setCurrentCell(table->rowCount() - 1, 0);
        });
        connect(removeRow, &QPushButton::clicked, this, [this, table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
            edited();
        });
        connect(table, &QTableWidget::itemChanged, this, &ProfileListPage::edited);
        m_form->addRow(box);
        *row = box;
        return table;
    }
    }
    editor->setToolTip(field.help);
    m_form->addRow(label, editor);
    *row = editor;
    return editor;
}

const ProfileListPage::FieldEditor *ProfileListPage::fieldEditor(const QString &key) const
{
    for (const FieldEditor &e : m_editors)
        if (e.field.key == key)
            return &e;
    return nullptr;
}

QWidget *ProfileListPage::editor(const QString &key) const
{
    const FieldEditor *e = fieldEditor(key);
    return e ? e->editor : nullptr;
}

QLineEdit *ProfileListPage::lineEdit(const QString &key) const
{
    return qobject_cast<QLineEdit *>(editor(key));
}

QDoubleSpinBox *ProfileListPage::numberBox(const QString &key) const
{
    return qobject_cast<QDoubleSpinBox *>(editor(key));
}

QComboBox *ProfileListPage::comboBox(const QString &key) const
{
    return qobject_cast<QComboBox *>(editor(key));
}

SecretField *ProfileListPage::secretField(const QString &key) const
{
    return qobject_cast<SecretField *>(editor(key));
}

QTableWidget *ProfileListPage::table(const QString &key) const
{
    return qobject_cast<QTableWidget *>(editor(key));
}

bool ProfileListPage::isFieldShown(const QString &key) const
{
    const FieldEditor *e = fieldEditor(key);
    return e && m_form->isRowVisible(e->row);
}

bool ProfileListPage::applies(const ProfileField &field, const ProfileEntry &entry)
{
    return !field.applies || field.applies(entry);
}

void ProfileListPage::setEntries(const QList<ProfileEntry> &entries, const QString &active)
{
    m_current = -1;
    m_entries = entries;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const ProfileEntry &e : std::as_const(m_entries)) {
            auto *item = new QListWidgetItem(e.name, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    refreshActive();
    if (m_active) {
        const int index = m_active->findData(active);
        m_active->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    else
        loadCurrent();
}

QList<ProfileEntry> ProfileListPage::entries() const
{
    const_cast<ProfileListPage *>(this)->storeCurrent();
    return m_entries;
}

QString ProfileListPage::activeProfile() const
{
    return m_active ? m_active->currentData().toString() : QString();
}

ProfileEntry ProfileListPage::newEntry() const
{
    ProfileEntry e;
    e.name = freeName(m_description.preferredName);
    for (const ProfileField &field : m_description.fields) {
        switch (field.kind) {
        case ProfileField::Kind::Secret:
            if (!field.defaultValue.isEmpty())
                e.secrets[field.key] = {field.defaultValue, {}};
            break;
        case ProfileField::Kind::Table:
            break;
        default:
            if (!field.defaultValue.isEmpty())
                e.values[field.key] = field.defaultValue;
            break;
        }
    }
    return e;
}

QString ProfileListPage::freeName(const QString &wanted) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_entries.begin(), m_entries.end(), [&](const ProfileEntry &x) { return x.name == name; });
    };
    if (!wanted.isEmpty() && !taken(wanted))
        return wanted;
    int n = int(m_entries.size()) + 1;
    QString name;
    do
        name = m_description.newName.arg(n++);
    while (taken(name));
    return name;
}

void ProfileListPage::appendEntry(ProfileEntry entry)
{
    m_entries << std::move(entry);
    auto *item = new QListWidgetItem(m_entries.back().name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    refreshActive();
    m_list->setCurrentRow(m_list->count() - 1);
}

void ProfileListPage::addProfile()
{
    storeCurrent();
    appendEntry(newEntry());
}

void ProfileListPage::duplicateProfile()
{
    storeCurrent();
    if (m_current < 0)
        return;
    ProfileEntry copy = m_entries[m_current];
    copy.name = freeName(tr("%1 (copy)").arg(copy.name));
    appendEntry(std::move(copy));
}

void ProfileListPage::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_current = -1;
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    refreshActive();
    m_current = m_list->currentRow();
    loadCurrent();
}

void ProfileListPage::renameProfile()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ProfileListPage::edited()
{
    if (m_loading)
        return;
    storeCurrent();
    updateVisibility();
}

void ProfileListPage::storeCurrent()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    ProfileEntry &e = m_entries[m_current];
    const bool wasActive = m_active && !e.name.isEmpty() && m_active->currentData().toString() == e.name;
    e.name = m_name->text().trimmed();
    for (const FieldEditor &fe : std::as_const(m_editors)) {
        const QString &key = fe.field.key;
        switch (fe.field.kind) {
        case ProfileField::Kind::Text:
            e.values[key] = static_cast<QLineEdit *>(fe.editor)->text().trimmed();
            break;
        case ProfileField::Kind::Number:
            e.values[key] = numberText(static_cast<QDoubleSpinBox *>(fe.editor)->value(), fe.field.decimals);
            break;
        case ProfileField::Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(fe.editor);
            // An editable combo may hold a value that is not among the choices.
            const int index = combo->findText(combo->currentText());
            e.values[key] = index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed();
            break;
        }
        case ProfileField::Kind::Secret:
            e.secrets[key] = static_cast<SecretField *>(fe.editor)->value();
            break;
        case ProfileField::Kind::Table: {
            auto *table = static_cast<QTableWidget *>(fe.editor);
            QList<QStringList> rows;
            for (int row = 0; row < table->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < table->columnCount(); ++column)
                    cells << cellText(table, row, column);
                if (std::any_of(cells.begin(), cells.end(), [](const QString &c) { return !c.isEmpty(); }))
                    rows << cells;
            }
            e.tables[key] = rows;
            break;
        }
        }
    }
    refreshActive();
    if (wasActive && m_active->findData(e.name) >= 0)
        m_active->setCurrentIndex(m_active->findData(e.name));
}

void ProfileListPage::loadCurrent()
{
    m_loading = true;
    const bool valid = m_current >= 0 && m_current < m_entries.size();
    const ProfileEntry e = valid ? m_entries[m_current] : ProfileEntry();
    m_name->setEnabled(valid);
    m_name->setText(e.name);
    for (const FieldEditor &fe : std::as_const(m_editors)) {
        fe.row->setEnabled(valid);
        const QString value = e.values.value(fe.field.key, fe.field.defaultValue);
        switch (fe.field.kind) {
        case ProfileField::Kind::Text:
            static_cast<QLineEdit *>(fe.editor)->setText(e.values.value(fe.field.key));
            break;
        case ProfileField::Kind::Number: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            static_cast<QDoubleSpinBox *>(fe.editor)->setValue(ok ? number : fe.field.minimum);
            break;
        }
        case ProfileField::Kind::Choice: {
            auto *combo = static_cast<QComboBox *>(fe.editor);
            int index = combo->findData(value);
            if (index < 0 && !fe.field.editable && valid) {
                combo->addItem(value, value); // a value from a newer version or a hand edit: keep it
                index = combo->count() - 1;
            }
            if (index >= 0)
                combo->setCurrentIndex(index);
            else
                combo->setCurrentText(value);
            break;
        }
        case ProfileField::Kind::Secret:
            static_cast<SecretField *>(fe.editor)->setValue(e.secrets.value(fe.field.key));
            break;
        case ProfileField::Kind::Table: {
            auto *table = static_cast<QTableWidget *>(fe.editor);
            table->setRowCount(0);
            for (const QStringList &cells : e.tables.value(fe.field.key)) {
                const int row = table->rowCount();
                table->insertRow(row);
                for (int column = 0; column < table->columnCount(); ++column)
                    table->setItem(row, column, new QTableWidgetItem(cells.value(column)));
            }
            break;
        }
        }
    }
    if (m_test)
        m_test->setEnabled(valid);
    m_result->clear();
    m_loading = false;
    updateVisibility();
}

void ProfileListPage::updateVisibility()
{
    const ProfileEntry e = m_current >= 0 && m_current < m_entries.size() ? m_entries[m_current] : newEntry();
    for (const FieldEditor &fe : std::as_const(m_editors))
        m_form->setRowVisible(fe.row, applies(fe.field, e));
}

void ProfileListPage::refreshActive()
{
    if (!m_active)
        return;
    const QString current = m_active->currentData().toString();
    const QSignalBlocker blocker(m_active);
    m_active->clear();
    m_active->addItem(m_description.activeNone, QString());
    for (const ProfileEntry &e : std::as_const(m_entries))
        if (!e.name.isEmpty())
            m_active->addItem(e.name, e.name);
    const int index = m_active->findData(current);
    m_active->setCurrentIndex(index < 0 ? 0 : index);
}

QStringList ProfileListPage::problems() const
{
    QStringList out;
    QStringList names;
    const QList<ProfileEntry> all = entries();
    for (const ProfileEntry &e : all) {
        if (e.name.isEmpty())
            out << tr("%1: a profile needs a name.").arg(m_description.title);
        else if (names.contains(e.name))
            out << tr("%1: two profiles are called %2.").arg(m_description.title, e.name);
        names << e.name;
        for (const ProfileField &field : m_description.fields) {
            if (!applies(field, e))
                continue;
            switch (field.kind) {
            case ProfileField::Kind::Secret: {
                const SecretValue secret = e.secrets.value(field.key);
                if (!secret.reference.isEmpty() && !SecretReference::isReference(secret.reference))
                    out << tr("%1: %2 must be a secret reference (env:NAME or keychain:NAME), not a value.")
                               .arg(e.name, field.label);
                else if (field.required && secret.reference.isEmpty() && secret.pending.isEmpty())
                    out << tr("%1: %2 is required.").arg(e.name, field.label);
                break;
            }
            case ProfileField::Kind::Table:
                if (field.validateRow)
                    for (const QStringList &row : e.tables.value(field.key))
                        if (const QString problem = field.validateRow(row); !problem.isEmpty())
                            out << tr("%1: %2").arg(e.name, problem);
                break;
            default: {
                const QString value = e.value(field.key);
                if (value.isEmpty()) {
                    if (field.required)
                        out << tr("%1: %2 is required.").arg(e.name, field.label);
                } else if (field.validate) {
                    if (const QString problem = field.validate(value); !problem.isEmpty())
                        out << tr("%1: %2: %3").arg(e.name, field.label, problem);
                }
                break;
            }
            }
        }
        if (m_description.check)
            out << m_description.check(e);
    }
    // What a SecretField holds that is not a reference yet (a bad variable name) exists only in its editor.
    if (m_current >= 0 && m_current < all.size())
        for (const FieldEditor &fe : m_editors)
            if (fe.field.kind == ProfileField::Kind::Secret && applies(fe.field, all[m_current]))
                if (const QString problem = static_cast<SecretField *>(fe.editor)->problem(); !problem.isEmpty())
                    out << tr("%1: %2: %3").arg(all[m_current].name, fe.field.label, problem);
    return out;
}

void ProfileListPage::testConnection()
{
    storeCurrent();
    if (m_current < 0 || !m_description.test)
        return;
    const ProfilePageDescription::TestStart start = m_description.test(m_entries[m_current]);
    if (!start.error.isEmpty() || !start.work) {
        m_result->showResult(false, start.error);
        emit testFinished(false);
        return;
    }
    m_test->setEnabled(false);
    m_result->showBusy(start.busyText);
    // The check blocks (network, timeouts): a worker runs it; the answer comes back
    // on the GUI thread, and not at all once this page is gone.
    auto promise = std::make_shared<QPromise<ConnectionTestResult>>();
    QFuture<ConnectionTestResult> future = promise->future();
    promise->start();
    // The continuation is attached before the work starts: a check that fails at
    // once (connection refused) may finish first, and Qt 6.4 then drops it.
    future.then(this, [this](ConnectionTestResult result) {
        m_test->setEnabled(m_current >= 0);
        m_result->showResult(result.ok, result.summary, result.details);
        emit testFinished(result.ok);
    });
    QThreadPool::globalInstance()->start([promise, work = start.work] {
        promise->addResult(work());
        promise->finish();
    });
}
