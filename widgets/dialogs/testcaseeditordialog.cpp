#include "widgets/dialogs/testcaseeditordialog.h"

#include "pipeline/core/catalog.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/runtime/testing/pipelinetestswriter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <set>

using namespace pipeline;
using namespace pipeline::runtime;
using Json = nlohmann::json;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QPlainTextEdit *jsonEditor(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    return edit;
}

// A line is a record object when it has "value" and nothing a record does not
// have; anything else is the value itself, so a plain {"device_id": ...} works.
Json recordFromLine(Json parsed)
{
    static const std::set<std::string> recordKeys = {"value", "key", "headers", "partition", "timestamp"};
    if (parsed.is_object() && parsed.contains("value")) {
        bool onlyRecordKeys = true;
        for (const auto &[key, value] : parsed.items()) {
            (void)value;
            onlyRecordKeys = onlyRecordKeys && recordKeys.count(key) > 0;
        }
        if (onlyRecordKeys)
            return parsed;
    }
    return Json{{"value", std::move(parsed)}};
}

Json placeholder(const Field &field)
{
    switch (field.type) {
    case FieldType::Boolean: return false;
    case FieldType::Integer:
    case FieldType::Timestamp: return 0;
    case FieldType::Double: return 0.0;
    case FieldType::String: return "";
    case FieldType::Array: return Json::array();
    case FieldType::Object: {
        Json object = Json::object();
        for (const Field &child : field.children)
            object[child.name] = placeholder(child);
        return object;
    }
    case FieldType::Unknown:
    case FieldType::Null: break;
    }
    return nullptr;
}

} // namespace

TestCaseEditorDialog::TestCaseEditorDialog(const Graph &graph, const ValidationResult &validation,
                                           const TestCase &testCase, const QStringList &takenNames,
                                           const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_graph(graph)
    , m_validation(validation)
    , m_original(testCase)
    , m_takenNames(takenNames)
    , m_directory(directory)
    , m_name(new QLineEdit(q(testCase.name), this))
    , m_description(new QLineEdit(q(testCase.description.value_or(std::string())), this))
    , m_inputs(new QTabWidget(this))
    , m_expectations(jsonEditor(this))
    , m_fixtures(jsonEditor(this))
    , m_expectOutput(new QPushButton(tr("Expect Current Output"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("TestCaseEditorDialog"));
    setWindowTitle(testCase.name.empty() ? tr("New Test Case") : tr("Edit Test Case"));
    m_name->setObjectName(QStringLiteral("testCaseName"));
    m_name->setPlaceholderText(tr("what the case shows, e.g. \"readings above 100 raise an alert\""));
    m_description->setObjectName(QStringLiteral("testCaseDescription"));
    m_description->setPlaceholderText(tr("optional"));
    m_inputs->setObjectName(QStringLiteral("testCaseInputs"));
    m_inputs->setDocumentMode(true);
    m_expectations->setObjectName(QStringLiteral("testCaseExpectations"));
    m_fixtures->setObjectName(QStringLiteral("testCaseFixtures"));
    m_expectOutput->setObjectName(QStringLiteral("expectCurrentOutput"));
    m_expectOutput->setToolTip(tr("Run the case now and take what reaches each sink and dead-letter path as its "
                                  "expectations (review them before saving)"));
    m_error->setObjectName(QStringLiteral("testCaseError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->hide();

    const Catalog &catalog = Catalog::builtin();
    bool hasAiSteps = false;
    for (const auto &[id, node] : graph.nodes()) {
        const NodeType *type = catalog.find(node.kind);
        if (type && type->category == Category::Source)
            addSourceTab(node);
        hasAiSteps = hasAiSteps || (type && type->category == Category::Ai);
    }
    if (m_inputs->count() == 0)
        m_inputs->addTab(new QLabel(tr("The pipeline has no source node to feed."), m_inputs), tr("Inputs"));

    const Json caseJson = pipelineTestCaseJson(testCase);
    m_expectations->setPlainText(q(caseJson.value("expect", Json::array()).dump(2)));
    m_expectations->setPlaceholderText(
        tr("[{\"node\": \"SINK\", \"records\": [...]}] — or Expect Current Output"));
    if (caseJson.contains("llm"))
        m_fixtures->setPlainText(q(caseJson["llm"].dump(2)));
    m_fixtures->setPlaceholderText(tr("[{\"node\": \"AI STEP\", \"prompt\": \"text in the prompt\", \"answer\": ...}]"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);

    auto *inputHint = new QLabel(tr("One record per line: the value as JSON, or {\"value\": …, \"key\": …, "
                                    "\"headers\": {…}, \"timestamp\": …}."),
                                 this);
    inputHint->setWordWrap(true);
    auto *expectRow = new QHBoxLayout;
    expectRow->addWidget(new QLabel(tr("Expectations (per sink, output port or dead-letter path):"), this), 1);
    expectRow->addWidget(m_expectOutput);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TestCaseEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TestCaseEditorDialog::reject);
    connect(m_expectOutput, &QPushButton::clicked, this, &TestCaseEditorDialog::expectCurrentOutput);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Input records per source:"), this));
    layout->addWidget(inputHint);
    layout->addWidget(m_inputs, 3);
    layout->addLayout(expectRow);
    layout->addWidget(m_expectations, 3);
    auto *fixturesLabel = new QLabel(tr("LLM fixtures (answers by node and prompt text, so no test calls a model):"), this);
    layout->addWidget(fixturesLabel);
    layout->addWidget(m_fixtures, 1);
    const bool showFixtures = hasAiSteps || !testCase.llm.empty();
    fixturesLabel->setVisible(showFixtures);
    m_fixtures->setVisible(showFixtures);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 640);
}

void TestCaseEditorDialog::addSourceTab(const Node &node)
{
    const QString id = q(node.id);
    const TestInput *input = nullptr;
    for (const TestInput &i : m_original.inputs)
        if (i.nodeId == node.id)
            input = &i;
    if (input && !input->file.empty()) {
        auto *label = new QLabel(tr("Reads %n record(s) from %1; edit that file to change them.", "",
                                    int(input->records.size()))
                                     .arg(q(input->file)),
                                 m_inputs);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_inputs->addTab(label, id);
        return;
    }
    QPlainTextEdit *editor = jsonEditor(m_inputs);
    editor->setObjectName(QStringLiteral("records:") + id);
    // Seed a new case with one record of the source's fields where they are known.
    Schema schema;
    if (auto it = m_validation.outputSchemas.find(PortRef{node.id, "out"}); it != m_validation.outputSchemas.end())
        schema = it->second;
    const Json seed = templateValue(schema);
    if (input) {
        editor->setPlainText(recordLines(input->records));
    } else if (m_original.inputs.empty() && !seed.empty()) {
        editor->setPlainText(q(seed.dump()) + QLatin1Char('\n'));
    }
    editor->setPlaceholderText(seed.empty() ? QStringLiteral("{\"field\": \"value\"}") : q(seed.dump()));
    m_recordEditors.insert(id, editor);
    m_inputs->addTab(editor, id);
}

QString TestCaseEditorDialog::recordLines(const std::vector<TestRecord> &records)
{
    QString text;
    for (const TestRecord &r : records) {
        const bool plain = !r.key && r.headers.empty() && !r.partition && !r.timestamp;
        Json line;
        if (plain) {
            line = r.value;
            // A value that itself looks like a record object must keep its wrapper.
            if (recordFromLine(line) != Json{{"value", r.value}})
                line = Json{{"value", r.value}};
        } else {
            line = Json{{"value", r.value}};
            if (r.key)
                line["key"] = *r.key;
            if (!r.headers.empty())
                line["headers"] = r.headers;
            if (r.partition)
                line["partition"] = *r.partition;
            if (r.timestamp)
                line["timestamp"] = *r.timestamp;
        }
        text += q(line.dump()) + QLatin1Char('\n');
    }
    return text;
}

Json TestCaseEditorDialog::templateValue(const Schema &schema)
{
    Json value = Json::object();
    for (const Field &field : schema.fields)
        value[field.name] = placeholder(field);
    return value;
}

std::optional<TestCase> TestCaseEditorDialog::testCase()
{
    m_errorText.clear();
    QStringList errors;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        errors << tr("The case needs a name.");
    else if (m_takenNames.contains(name))
        errors << tr("Another case is called \"%1\"; names must be unique.").arg(name);

    Json caseJson = Json::object();
    caseJson["name"] = name.toStdString();
    if (!m_description->text().trimmed().isEmpty())
        caseJson["description"] = m_description->text().trimmed().toStdString();
    Json inputs = Json::object();
    for (const TestInput &input : m_original.inputs)
        if (!input.file.empty())
            inputs[input.nodeId] = {{"file", input.file}};
    for (auto it = m_recordEditors.cbegin(); it != m_recordEditors.cend(); ++it) {
        Json records = Json::array();
        const QStringList lines = it.value()->toPlainText().split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            Json parsed = Json::parse(line.toStdString(), nullptr, false);
            if (parsed.is_discarded()) {
                errors << tr("Source %1, line %2: not JSON: %3").arg(it.key()).arg(i + 1).arg(line.left(80));
                continue;
            }
            records.push_back(recordFromLine(std::move(parsed)));
        }
        if (!records.empty())
            inputs[it.key().toStdString()] = std::move(records);
    }
    if (!inputs.empty())
        caseJson["inputs"] = std::move(inputs);

    auto parseArray = [&](QPlainTextEdit *edit, const QString &what, const char *key) {
        const QString text = edit->toPlainText().trimmed();
        if (text.isEmpty()) {
            if (std::string(key) == "expect")
                caseJson[key] = Json::array();
            return;
        }
        try {
            Json parsed = Json::parse(text.toStdString());
            if (!parsed.is_array())
                errors << tr("%1: a JSON array [ … ] is expected.").arg(what);
            else if (!parsed.empty() || std::string(key) == "expect")
                caseJson[key] = std::move(parsed);
        } catch (const Json::parse_error &e) {
            errors << tr("%1: not JSON: %2").arg(what, QString::fromUtf8(e.what()));
        }
    };
    parseArray(m_expectations, tr("Expectations"), "expect");
    parseArray(m_fixtures, tr("LLM fixtures"), "llm");
    if (m_original.llmCache)
        caseJson["llmCache"] = *m_original.llmCache;

    if (errors.isEmpty()) {
        // The file's own reader and checks decide what a case may say.
        const Json document = {{"formatVersion", 1}, {"cases", Json::array({caseJson})}};
        PipelineTestsLoad load = readPipelineTestsText(document.dump(2), "test case", m_directory.toStdString());
        if (!load.ok()) {
            for (const Diagnostic &d : load.errors)
                errors << q(d.message);
        } else {
            for (const Diagnostic &d : checkPipelineTests(*load.tests, m_graph))
                errors << (d.nodeId.empty() ? q(d.message) : tr("%1: %2").arg(q(d.nodeId), q(d.message)));
            if (errors.isEmpty() && load.tests->cases.size() == 1)
                return load.tests->cases.front();
        }
    }
    m_errorText = errors.join(QLatin1Char('\n'));
    return std::nullopt;
}

bool TestCaseEditorDialog::expectCurrentOutput()
{
    // The current expectations do not matter for the run; they must not stop it either.
    const QString kept = m_expectations->toPlainText();
    m_expectations->setPlainText(QStringLiteral("[]"));
    const QStringList taken = m_takenNames;
    m_takenNames.clear();
    std::optional<TestCase> testCase = this->testCase();
    m_takenNames = taken;
    if (!testCase) {
        m_expectations->setPlainText(kept);
        showError(m_errorText);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PipelineTestOptions options;
    options.settings = m_settings;
    const TestCaseResult result = runPipelineTestCase(m_graph, *testCase, options);
    QApplication::restoreOverrideCursor();
    if (!result.errors.empty()) {
        m_expectations->setPlainText(kept);
        QStringList lines;
        for (const Diagnostic &d : result.errors)
            lines << (d.nodeId.empty() ? q(d.message) : tr("%1: %2").arg(q(d.nodeId), q(d.message)));
        m_errorText = tr("The case cannot run:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        showError(m_errorText);
        return false;
    }
    const TestCase updated = updatedTestCase(*testCase, result);
    m_expectations->setPlainText(q(pipelineTestCaseJson(updated).value("expect", Json::array()).dump(2)));
    m_error->hide();
    return true;
}

void TestCaseEditorDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void TestCaseEditorDialog::accept()
{
    if (!testCase()) {
        showError(m_errorText);
        return;
    }
    QDialog::accept();
}
