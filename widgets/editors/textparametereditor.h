#pragma once

#include "widgets/editors/parametereditor.h"

class QLineEdit;
class QPlainTextEdit;

/// String, Duration and SecretRef as one line; Text (prompts) as several lines.
class TextParameterEditor : public ParameterEditor {
    Q_OBJECT

public:
    TextParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent);
    void setValue(const nlohmann::json &value) override;
    nlohmann::json value() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    bool m_dirty = false;
};
