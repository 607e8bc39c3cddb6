#include "widgets/editors/expressionedit.h"

#include "pipeline/expr/expression.h"
#include "pipeline/expr/functions.h"

#include <QCoreApplication>

#include <Qsci/qscilexersql.h>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>

namespace {
constexpr int ErrorIndicator = 8;
constexpr int FieldListId = 1;

// Function names come from the expression language's function table, so every
// function the parser accepts is completed; keywords follow.
const QStringList &functionNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const auto &spec : pipeline::expr::functionTable())
            list << QString::fromUtf8(spec.name.data(), qsizetype(spec.name.size()));
        list << QStringLiteral("CASE") << QStringLiteral("CAST") << QStringLiteral("INTERVAL")
             << QStringLiteral("BETWEEN") << QStringLiteral("LIKE") << QStringLiteral("IS NULL")
             << QStringLiteral("IS NOT NULL") << QStringLiteral("AND") << QStringLiteral("OR")
             << QStringLiteral("NOT") << QStringLiteral("IN");
        return list;
    }();
    return names;
}
} // namespace

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QsciScintilla(parent)
{
    auto *lexer = new QsciLexerSQL(this);
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(9.5);
    lexer->setDefaultFont(font);
    for (int style = 0; style < 128; ++style)
        lexer->setFont(font, style);
    setLexer(lexer);
    setUtf8(true);
    setWrapMode(WrapNone);
    setMarginWidth(0, 0);
    setMarginWidth(1, 0);
    setMarginWidth(2, 0);
    setMarginsBackgroundColor(palette().base().color());
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    SendScintilla(SCI_SETHSCROLLBAR, 0L);
    setCaretLineVisible(false);
    setAutoCompletionSource(AcsNone);
    const int lineHeight = int(SendScintilla(SCI_TEXTHEIGHT, 0L));
    setFixedHeight(lineHeight + 10);
    setMinimumWidth(120);

    indicatorDefine(SquiggleIndicator, ErrorIndicator);
    setIndicatorForegroundColor(QColor(0xd3, 0x2f, 0x2f), ErrorIndicator);

    connect(this, &QsciScintilla::textChanged, this, &ExpressionEdit::onTextChanged);
    connect(this, &QsciScintilla::userListActivated, this, &ExpressionEdit::insertCompletion);
}

void ExpressionEdit::setExpressionText(const QString &value)
{
    if (value == text())
        return;
    m_settingText = true;
    setText(value);
    m_settingText = false;
    check();
}

void ExpressionEdit::setSchema(const pipeline::Schema &schema, pipeline::FieldType expected)
{
    m_schema = schema;
    m_expected = expected;
    m_completions.clear();
    for (const std::string &path : schema.paths())
        m_completions << QString::fromStdString(path);
    check();
}

void ExpressionEdit::check()
{
    clearIndicatorRange(0, 0, lines(), text().size() + 1, ErrorIndicator);
    m_error.clear();
    m_errorStart = -1;
    m_errorLength = 0;
    const QByteArray bytes = text().toUtf8();
    if (bytes.trimmed().isEmpty())
        return;
    const std::string source = bytes.toStdString();
    pipeline::expr::ParseResult parsed = pipeline::expr::parse(source);
    std::optional<pipeline::expr::ExprError> error = parsed.error;
    if (!error && parsed.expression) {
        pipeline::expr::TypeCheckResult typed = pipeline::expr::typeCheck(*parsed.expression, m_schema);
        if (!typed.errors.empty()) {
            error = typed.errors.front();
        } else if (m_expected != pipeline::FieldType::Unknown && typed.type != pipeline::FieldType::Unknown
                   && !pipeline::isAssignable(typed.type, m_expected)) {
            error = pipeline::expr::ExprError{
                tr("must be %1, not %2")
                    .arg(QString::fromStdString(std::string(pipeline::fieldTypeName(m_expected))),
                         QString::fromStdString(std::string(pipeline::fieldTypeName(typed.type))))
                    .toStdString(),
                pipeline::SourceSpan{1, 1, 0, int(bytes.size())}};
        }
    }
    if (!error)
        return;
    m_error = QString::fromStdString(error->message);
    // Spans are byte offsets; an empty span (end of input) marks the last character.
    int start = std::clamp(error->span.offset, 0, int(bytes.size()));
    int length = error->span.length;
    if (length <= 0) {
        if (start >= int(bytes.size()))
            start = std::max(0, int(bytes.size()) - 1);
        length = 1;
    }
    length = std::min(length, int(bytes.size()) - start);
    m_errorStart = start;
    m_errorLength = length;
    SendScintilla(SCI_SETINDICATORCURRENT, ErrorIndicator);
    SendScintilla(SCI_INDICATORFILLRANGE, start, length);
    setToolTip(m_error);
}

void ExpressionEdit::onTextChanged()
{
    if (m_settingText)
        return;
    // One line only: pasted newlines become spaces.
    const QString current = text();
    if (current.contains(QLatin1Char('\n')) || current.contains(QLatin1Char('\r'))) {
        QString flat = current;
        flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_settingText = true;
        setText(flat);
        setCursorPosition(0, int(flat.size()));
        m_settingText = false;
    }
    if (m_error.isEmpty())
        setToolTip({});
    check();
    if (m_error.isEmpty())
        setToolTip({});
    m_modified = true;
    emit edited(text());
}

QString ExpressionEdit::wordBeforeCursor(int *start) const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    const QString current = text(line);
    int begin = index;
    while (begin > 0 && (current[begin - 1].isLetterOrNumber() || current[begin - 1] == QLatin1Char('_')
                         || current[begin - 1] == QLatin1Char('.')))
        --begin;
    if (start)
        *start = begin;
    return current.mid(begin, index - begin);
}

void ExpressionEdit::showCompletions()
{
    const QString prefix = wordBeforeCursor(nullptr);
    QStringList matches;
    for (const QString &field : std::as_const(m_completions))
        if (field.startsWith(prefix, Qt::CaseInsensitive))
            matches << field;
    if (!prefix.isEmpty())
        for (const QString &function : functionNames())
            if (function.startsWith(prefix, Qt::CaseInsensitive))
                matches << function;
    if (matches.isEmpty() || (matches.size() == 1 && matches.front() == prefix))
        return;
    showUserList(FieldListId, matches);
}

QString ExpressionEdit::functionHelp(const QString &name)
{
    const auto *spec = pipeline::expr::findFunction(name.toStdString());
    if (!spec)
        return {};
    // The descriptions are extracted for translation by dumpcatalogstrings (context "ExpressionFunctions").
    const QString description = QCoreApplication::translate("ExpressionFunctions", std::string(spec->description).c_str());
    return tr("%1\n%2\nExample: %3")
        .arg(QString::fromStdString(std::string(spec->signature)), description,
             QString::fromStdString(std::string(spec->example)));
}

void ExpressionEdit::insertCompletion(int id, const QString &completion)
{
    if (id != FieldListId)
        return;
    int line = 0, index = 0, start = 0;
    getCursorPosition(&line, &index);
    wordBeforeCursor(&start);
    setSelection(line, start, line, index);
    replaceSelectedText(completion);
    // A completed function shows its signature, description and an example.
    const QString help = functionHelp(completion);
    if (!help.isEmpty()) {
        const int position = int(SendScintilla(SCI_GETCURRENTPOS));
        const QPoint at(int(SendScintilla(SCI_POINTXFROMPOSITION, 0L, long(position))),
                        int(SendScintilla(SCI_POINTYFROMPOSITION, 0L, long(position))) + height());
        QToolTip::showText(mapToGlobal(at), help, this);
    }
}

void ExpressionEdit::keyPressEvent(QKeyEvent *event)
{
    const bool listActive = SendScintilla(SCI_AUTOCACTIVE) != 0;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !listActive) {
        if (m_modified) {
            m_modified = false;
            emit editingFinished();
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletions();
        return;
    }
    QsciScintilla::keyPressEvent(event);
    const QString typed = event->text();
    if (!listActive && !typed.isEmpty() && (typed[0].isLetter() || typed[0] == QLatin1Char('_') || typed[0] == QLatin1Char('.')))
        showCompletions();
}

void ExpressionEdit::focusOutEvent(QFocusEvent *event)
{
    QsciScintilla::focusOutEvent(event);
    if (m_modified) {
        m_modified = false;
        emit editingFinished();
    }
}

bool ExpressionEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_error.isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_error, this);
        return true;
    }
    return QsciScintilla::event(event);
}
