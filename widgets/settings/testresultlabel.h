#pragma once

#include <QLabel>

/// The outcome line under a "Test connection" button: busy, success (green, with
/// details such as the model list below) or failure (red, with the reason).
class TestResultLabel : public QLabel {
    Q_OBJECT

public:
    enum class State { Empty, Busy, Succeeded, Failed };

    explicit TestResultLabel(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showResult(bool ok, const QString &summary, const QStringList &details = {});
    void clear();
    State state() const { return m_state; }

private:
    State m_state = State::Empty;
};
