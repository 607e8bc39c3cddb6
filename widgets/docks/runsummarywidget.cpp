#include "widgets/docks/runsummarywidget.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString n(quint64 value)
{
    return QLocale().toString(value);
}

QString duration(qint64 millis)
{
    const qint64 s = millis / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunSummaryWidget::RunSummaryWidget(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_conservation(new QLabel(this))
    , m_events(new QListWidget(this))
{
    m_state->setObjectName(QStringLiteral("runState"));
    m_totals->setObjectName(QStringLiteral("runTotals"));
    m_conservation->setObjectName(QStringLiteral("runConservation"));
    m_events->setObjectName(QStringLiteral("runEvents"));
    for (QLabel *label : {m_state, m_totals, m_conservation}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_state);
    layout->addWidget(m_totals);
    layout->addWidget(m_conservation);
    layout->addWidget(m_events, 1);
    connect(m_events, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString node = item->data(Qt::UserRole).toString();
        if (!node.isEmpty())
            emit nodeActivated(node);
    });
    setSummary({});
}

QString RunSummaryWidget::stateText() const
{
    const RunSummary &s = m_summary;
    QString state;
    if (s.state.isEmpty() || s.state == QLatin1String("idle"))
        return tr("Not running. Pipeline → Run (F5) starts the pipeline.");
    if (s.state == QLatin1String("running"))
        state = tr("Running");
    else if (s.state == QLatin1String("stopping"))
        state = tr("Stopping (draining in-flight messages)");
    else if (s.state == QLatin1String("finished"))
        state = tr("Finished");
    else if (s.state == QLatin1String("failed"))
        state = tr("Failed: %1").arg(s.error);
    else
        state = s.state;
    QString text = tr("%1 — %2").arg(state, duration(s.elapsedMillis));
    if (!s.target.isEmpty())
        text += QStringLiteral(" — ") + s.target;
    return text;
}

QString RunSummaryWidget::conservationText() const
{
    const RunSummary &s = m_summary;
    if (s.state.isEmpty() || s.state == QLatin1String("idle"))
        return {};
    QString parts = tr("%1 out + %2 filtered + %3 dead-lettered").arg(n(s.output), n(s.filtered), n(s.deadLettered));
    if (s.skipped)
        parts += tr(" + %1 skipped").arg(n(s.skipped));
    if (s.stored)
        parts += tr(" + %1 stored").arg(n(s.stored));
    if (s.failed)
        parts += tr(" + %1 failed").arg(n(s.failed));
    if (s.inFlight)
        return tr("In flight: %1 — %2 in, %3 so far").arg(n(s.inFlight), n(s.input), parts);
    if (s.balanced())
        return tr("Balanced ✓ %1 in = %2").arg(n(s.input), parts);
    return tr("NOT balanced ✗ %1 in ≠ %2").arg(n(s.input), parts);
}

void RunSummaryWidget::setSummary(const RunSummary &summary)
{
    m_summary = summary;
    m_state->setText(stateText());
    if (summary.state.isEmpty() || summary.state == QLatin1String("idle")) {
        m_totals->clear();
        m_conservation->clear();
        return;
    }
    m_totals->setText(tr("Input %1 · output %2 · filtered %3 · dead-lettered %4 · skipped %5 · produced %6 · %7 msg/s")
                          .arg(n(summary.input), n(summary.output), n(summary.filtered), n(summary.deadLettered),
                               n(summary.skipped), n(summary.produced))
                          .arg(QLocale().toString(summary.inputRatePerSecond, 'f', 0)));
    if (summary.llm) {
        m_totals->setText(m_totals->text() + QLatin1Char('\n')
                          + tr("LLM: %1 calls · %2 cache hits · %3 prompt + %4 completion tokens · cost $%5 (estimated $%6)")
                                .arg(n(summary.llmCalls), n(summary.llmCacheHits), n(summary.llmPromptTokens),
                                     n(summary.llmCompletionTokens), QLocale().toString(summary.llmCost, 'f', 4),
                                     QLocale().toString(summary.llmEstimatedCost, 'f', 4)));
    }
    m_conservation->setText(conservationText());
    const bool done = !summary.isActive();
    QPalette palette = m_conservation->palette();
    palette.setColor(QPalette::WindowText, done && !summary.balanced() ? QColor(0xd3, 0x2f, 0x2f)
                                          : done                      ? QColor(0x2e, 0x7d, 0x32)
                                                                      : this->palette().color(QPalette::WindowText));
    m_conservation->setPalette(palette);
}

void RunSummaryWidget::addEvent(EventKind kind, const QString &nodeId, const QString &message)
{
    // A misbehaving broker can produce thousands of warnings: keep the newest.
    constexpr int MaxEvents = 500;
    if (m_events->count() >= MaxEvents)
        delete m_events->takeItem(0);
    const QString when = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    const QString text = nodeId.isEmpty() ? QStringLiteral("%1  %2").arg(when, message)
                                          : QStringLiteral("%1  %2: %3").arg(when, nodeId, message);
    auto *item = new QListWidgetItem(text, m_events);
    item->setData(Qt::UserRole, nodeId);
    switch (kind) {
    case EventKind::Error:
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        break;
    case EventKind::Warning:
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    case EventKind::Info:
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
        break;
    }
    m_events->scrollToBottom();
}

void RunSummaryWidget::clearEvents()
{
    m_events->clear();
}

int RunSummaryWidget::eventCount() const
{
    return m_events->count();
}
