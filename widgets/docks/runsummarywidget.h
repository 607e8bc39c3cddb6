#pragma once

#include "widgets/docks/runstatsview.h"

#include <QWidget>

class QLabel;
class QListWidget;

/// The Run panel: where the run goes, its state, the totals (input, output,
/// filtered, dead-lettered, skipped, in flight, produced, msg/s), the
/// conservation check (input = output + filtered + dead-lettered + skipped +
/// stored) and the run's warnings and errors.
class RunSummaryWidget : public QWidget {
    Q_OBJECT

public:
    enum class EventKind { Info, Warning, Error };

    explicit RunSummaryWidget(QWidget *parent = nullptr);

    void setSummary(const RunSummary &summary);
    const RunSummary &summary() const { return m_summary; }
    void addEvent(EventKind kind, const QString &nodeId, const QString &message);
    void clearEvents();
    int eventCount() const;

    /// "Balanced: 1,204 in = 1,150 out + 50 filtered + 4 dead-lettered" and the like.
    QString conservationText() const;
    QString stateText() const;

signals:
    /// A warning or error naming a node was activated.
    void nodeActivated(const QString &nodeId);

private:
    RunSummary m_summary;
    QLabel *m_state;
    QLabel *m_totals;
    QLabel *m_conservation;
    QListWidget *m_events;
};
