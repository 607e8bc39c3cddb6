#include "widgets/settings/testresultlabel.h"

TestResultLabel::TestResultLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::RichText);
}

void TestResultLabel::showBusy(const QString &text)
{
    m_state = State::Busy;
    setStyleSheet({});
    setText(text.toHtmlEscaped());
}

void TestResultLabel::showResult(bool ok, const QString &summary, const QStringList &details)
{
    m_state = ok ? State::Succeeded : State::Failed;
    setStyleSheet(ok ? QStringLiteral("color: #2e7d32") : QStringLiteral("color: #d32f2f"));
    QString html = (ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + summary.toHtmlEscaped();
    // A long model list would push the dialog off screen: show the first ones.
    constexpr int MaxDetails = 12;
    QStringList shown = details.mid(0, MaxDetails);
    if (details.size() > MaxDetails)
        shown << tr("… and %n more", nullptr, int(details.size() - MaxDetails));
    if (!shown.isEmpty())
        html += QStringLiteral("<br><small>") + shown.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral("</small>");
    setText(html);
    setToolTip(details.join(QLatin1Char('\n')));
}

void TestResultLabel::clear()
{
    m_state = State::Empty;
    setToolTip({});
    QLabel::clear();
}
