#pragma once

#include "pipeline/core/fieldtype.h"
#include "pipeline/core/schema.h"

#include <Qsci/qsciscintilla.h>

/// A one-line expression field: SQL highlighting, completion of the input
/// schema's field names (and functions), and a squiggle under the parse or type
/// error with the message as tooltip. Enter and focus loss finish the edit.
class ExpressionEdit : public QsciScintilla {
    Q_OBJECT

public:
    explicit ExpressionEdit(QWidget *parent = nullptr);

    QString expressionText() const { return text(); }
    void setExpressionText(const QString &text);

    /// The record the expression is evaluated against, and the type it must have
    /// (Unknown = any). Re-checks the text.
    void setSchema(const pipeline::Schema &schema, pipeline::FieldType expected = pipeline::FieldType::Unknown);
    const QStringList &completions() const { return m_completions; }

    /// The current error (empty when the text parses and type-checks).
    QString errorMessage() const { return m_error; }
    /// Byte range of the error in the text, -1 when none.
    int errorStart() const { return m_errorStart; }
    int errorLength() const { return m_errorLength; }

    /// Shows the completion list for the word at the cursor (also on Ctrl+Space).
    void showCompletions();
    /// Signature, translated one-line description and example of a function (any
    /// accepted spelling), or an empty string when `name` is not a function.
    static QString functionHelp(const QString &name);

signals:
    void edited(const QString &text);
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void check();
    void onTextChanged();
    void insertCompletion(int id, const QString &text);
    QString wordBeforeCursor(int *start) const;

    pipeline::Schema m_schema;
    pipeline::FieldType m_expected = pipeline::FieldType::Unknown;
    QStringList m_completions;
    QString m_error;
    int m_errorStart = -1;
    int m_errorLength = 0;
    bool m_settingText = false;
    bool m_modified = false;
};
