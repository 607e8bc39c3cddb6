#pragma once

#include "pipeline/core/graph.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/runtime/dataflow/runsettings.h"
#include "pipeline/runtime/testing/pipelinetests.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

/// Adds or edits one test case: its name and description, the records each
/// source node reads (one JSON record per line, seeded with the fields of the
/// source's schema where they are known), the expectations and the LLM fixtures
/// as the test file writes them. "Expect Current Output" runs the case in
/// process and takes what reached the sinks and dead-letter paths as the
/// expectations, for review. OK is refused, with the line and the reason, while
/// anything does not parse or names a node the pipeline does not have.
class TestCaseEditorDialog : public QDialog {
    Q_OBJECT

public:
    /// `validation` gives the source schemas; `takenNames` the other cases' names;
    /// `directory` is where the test file's relative files resolve.
    TestCaseEditorDialog(const pipeline::Graph &graph, const pipeline::ValidationResult &validation,
                         const pipeline::runtime::TestCase &testCase, const QStringList &takenNames,
                         const QString &directory, QWidget *parent = nullptr);

    void setRunSettings(pipeline::runtime::RunSettings settings) { m_settings = std::move(settings); }

    /// The case as the editors describe it, or nullopt with errorText() saying why.
    std::optional<pipeline::runtime::TestCase> testCase();
    QString errorText() const { return m_errorText; }

    /// Records for a source as the editor shows them (one JSON record per line).
    static QString recordLines(const std::vector<pipeline::runtime::TestRecord> &records);
    /// A record for the source's schema with a placeholder per field ("" for a
    /// string, 0 for a number, ...); an empty object when nothing is known.
    static nlohmann::json templateValue(const pipeline::Schema &schema);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QTabWidget *inputTabs() const { return m_inputs; }
    /// The record editor of a source node (nullptr when it reads a JSONL file or is no source).
    QPlainTextEdit *recordEditor(const QString &sourceId) const { return m_recordEditors.value(sourceId); }
    QPlainTextEdit *expectationsEditor() const { return m_expectations; }
    QPlainTextEdit *fixturesEditor() const { return m_fixtures; }
    QPushButton *expectOutputButton() const { return m_expectOutput; }
    QLabel *errorLabel() const { return m_error; }

    /// "Expect Current Output": false with errorText() when the case cannot run.
    bool expectCurrentOutput();

    void accept() override;

private:
    void addSourceTab(const pipeline::Node &node);
    void showError(const QString &text);

    pipeline::Graph m_graph;
    pipeline::ValidationResult m_validation;
    pipeline::runtime::TestCase m_original;
    QStringList m_takenNames;
    QString m_directory;
    pipeline::runtime::RunSettings m_settings;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QTabWidget *m_inputs;
    QMap<QString, QPlainTextEdit *> m_recordEditors;
    QPlainTextEdit *m_expectations;
    QPlainTextEdit *m_fixtures;
    QPushButton *m_expectOutput;
    QLabel *m_error;
    QString m_errorText;
};
