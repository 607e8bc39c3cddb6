#include "widgets/docks/sqlscriptview.h"

#include <Qsci/qscilexersql.h>

#include <QEvent>
#include <QMouseEvent>

#include <algorithm>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

SqlScriptView::SqlScriptView(QWidget *parent)
    : QsciScintilla(parent)
{
    auto *lexer = new QsciLexerSQL(this);
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(9.5);
    lexer->setDefaultFont(font);
    for (int style = 0; style < 128; ++style)
        lexer->setFont(font, style);
    lexer->setFoldComments(false);
    setLexer(lexer);
    setUtf8(true);
    setReadOnly(true);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0UL);
    setWrapMode(WrapNone);
    setCaretLineVisible(false);
    setMarginType(0, NumberMargin);
    setMarginWidth(1, 0);
    setMarginWidth(2, 0);
    m_marker = markerDefine(Background);
    applyColors();
    updateMarginWidth();
}

void SqlScriptView::setScript(const QString &script, const std::vector<codegen::ExportedStatement> &statements)
{
    m_ranges.clear();
    m_lineNodes.clear();
    for (const codegen::ExportedStatement &statement : statements) {
        const QString node = QString::fromStdString(statement.nodeId);
        if (node.isEmpty() || statement.firstLine <= 0 || statement.lastLine < statement.firstLine)
            continue;
        m_ranges[node].append({statement.firstLine, statement.lastLine});
        if (m_lineNodes.size() <= size_t(statement.lastLine))
            m_lineNodes.resize(statement.lastLine + 1);
        for (int line = statement.firstLine; line <= statement.lastLine; ++line)
            m_lineNodes[line] = node;
    }

    if (script == text()) {
        applyHighlight();
        return;
    }
    const int firstVisible = firstVisibleLine();
    const int horizontal = int(SendScintilla(SCI_GETXOFFSET));
    setReadOnly(false);
    setText(script);
    setReadOnly(true);
    setFirstVisibleLine(firstVisible);
    SendScintilla(SCI_SETXOFFSET, horizontal);
    updateMarginWidth();
    applyHighlight();
}

QString SqlScriptView::nodeAtLine(int line) const
{
    return line > 0 && size_t(line) < m_lineNodes.size() ? m_lineNodes[line] : QString();
}

QList<SqlScriptView::LineRange> SqlScriptView::rangesOf(const QString &nodeId) const
{
    return m_ranges.value(nodeId);
}

void SqlScriptView::highlightNodes(const QStringList &nodeIds, bool scroll)
{
    m_highlighted = nodeIds;
    applyHighlight();
    if (!scroll)
        return;
    int first = 0;
    int last = 0;
    for (const QString &id : nodeIds)
        for (const LineRange &range : m_ranges.value(id))
            if (first == 0 || range.first < first) {
                first = range.first;
                last = range.last;
            }
    if (first == 0)
        return;
    // Leave the view alone when the statement is already fully on screen.
    const int top = firstVisibleLine() + 1;
    const int onScreen = std::max(1, int(SendScintilla(SCI_LINESONSCREEN)));
    if (first >= top && last < top + onScreen)
        return;
    setFirstVisibleLine(std::max(0, first - 1 - 1)); // one line of context above the node comment
}

bool SqlScriptView::isLineHighlighted(int line) const
{
    return line > 0 && (markersAtLine(line - 1) & (1u << m_marker)) != 0;
}

void SqlScriptView::applyHighlight()
{
    markerDeleteAll(m_marker);
    for (const QString &id : std::as_const(m_highlighted))
        for (const LineRange &range : m_ranges.value(id))
            for (int line = range.first; line <= range.last && line <= lines(); ++line)
                markerAdd(line - 1, m_marker);
}

void SqlScriptView::mouseReleaseEvent(QMouseEvent *event)
{
    QsciScintilla::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || hasSelectedText())
        return;
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const QString node = nodeAtLine(line + 1);
    if (!node.isEmpty())
        emit nodeClicked(node);
}

void SqlScriptView::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void SqlScriptView::applyColors()
{
    auto *sql = static_cast<QsciLexerSQL *>(lexer());
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    sql->setDefaultPaper(base);
    sql->setDefaultColor(text);
    for (int style = 0; style < 128; ++style) {
        sql->setPaper(base, style);
        sql->setColor(text, style);
    }
    const QColor comment = dark ? QColor(0x8a, 0x91, 0x99) : QColor(0x6a, 0x73, 0x7d);
    for (int style : {QsciLexerSQL::Comment, QsciLexerSQL::CommentLine, QsciLexerSQL::CommentDoc,
                      QsciLexerSQL::CommentLineHash})
        sql->setColor(comment, style);
    sql->setColor(dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x0b, 0x57, 0xd0), QsciLexerSQL::Keyword);
    sql->setColor(dark ? QColor(0xff, 0xcc, 0x80) : QColor(0xb0, 0x60, 0x00), QsciLexerSQL::Number);
    for (int style : {QsciLexerSQL::SingleQuotedString, QsciLexerSQL::DoubleQuotedString})
        sql->setColor(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x18, 0x80, 0x38), style);
    sql->setColor(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2), QsciLexerSQL::QuotedIdentifier);
    setMarginsBackgroundColor(p.color(QPalette::Window));
    setMarginsForegroundColor(p.color(QPalette::Disabled, QPalette::Text));
    setMarkerBackgroundColor(mix(base, p.color(QPalette::Highlight), dark ? 0.35 : 0.2), m_marker);
}

void SqlScriptView::updateMarginWidth()
{
    setMarginWidth(0, QStringLiteral("0") + QString::number(std::max(lines(), 100)));
}
