#include "widgets/docks/recordpeekdock.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

RecordPeekDock::RecordPeekDock(QWidget *parent)
    : QDockWidget(tr("Edge Peek"), parent)
    , m_header(new QLabel(this))
    , m_editor(new QsciScintilla(this))
{
    setObjectName(QStringLiteral("RecordPeekDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    auto *lexer = new QsciLexerJSON(m_editor);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLexer(lexer);
    m_editor->setReadOnly(true);
    m_editor->setMarginWidth(0, 0);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    layout->addWidget(m_editor, 1);
    setWidget(content);
    setEdge({}, {});
}

void RecordPeekDock::setEdge(const QString &edgeId, const QString &title)
{
    m_edgeId = edgeId;
    m_records.clear();
    m_editor->setReadOnly(false); // Scintilla refuses even programmatic changes when read-only
    m_editor->setText({});
    m_editor->setReadOnly(true);
    m_header->setText(edgeId.isEmpty() ? tr("Select an edge (or right-click it → Peek at Records) to see the latest "
                                            "records that passed along it during the run.")
                                       : tr("%1 — waiting for records").arg(title));
    setProperty("edgeTitle", title);
}

QString RecordPeekDock::prettyJson(const QString &json)
{
    // Already indented (the engine's peek texts are): keep its field order, which
    // QJsonDocument would sort.
    if (json.contains(QLatin1Char('\n')))
        return json;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return json;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

void RecordPeekDock::setRecords(const QStringList &records)
{
    if (records == m_records)
        return;
    m_records = records;
    const QString title = property("edgeTitle").toString();
    m_header->setText(records.isEmpty() ? tr("%1 — no records yet").arg(title)
                                        : tr("%1 — latest %n record(s), newest last", "", int(records.size())).arg(title));
    QStringList pretty;
    pretty.reserve(records.size());
    for (const QString &record : records)
        pretty << prettyJson(record);
    // Follow the newest records unless the user scrolled up to read older ones.
    QScrollBar *bar = m_editor->verticalScrollBar();
    const bool atEnd = !bar || bar->value() >= bar->maximum() - 2;
    const int firstLine = m_editor->firstVisibleLine();
    m_editor->setReadOnly(false);
    m_editor->setText(pretty.join(QStringLiteral("\n\n")));
    m_editor->setReadOnly(true);
    if (atEnd)
        m_editor->setFirstVisibleLine(std::max(0, m_editor->lines() - 1));
    else
        m_editor->setFirstVisibleLine(firstLine);
}

QString RecordPeekDock::text() const
{
    return m_editor->text();
}
