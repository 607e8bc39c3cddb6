#include "widgets/editors/textparametereditor.h"

#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

TextParameterEditor::TextParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent)
    : ParameterEditor(descriptor, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto emitText = [this](const QString &text) {
        m_dirty = true;
        emit edited(text.isEmpty() && !this->descriptor().required ? nlohmann::json() : nlohmann::json(text.toStdString()));
    };
    if (descriptor.type == pipeline::ParameterType::Text) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(90);
        m_text->installEventFilter(this);
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this, emitText] {
            if (!signalsBlocked())
                emitText(m_text->toPlainText());
        });
        return;
    }
    m_line = new QLineEdit(this);
    layout->addWidget(m_line);
    if (descriptor.type == pipeline::ParameterType::Duration)
        m_line->setPlaceholderText(tr("e.g. 500ms, 10s, 1m, 2h, 1d"));
    else if (descriptor.type == pipeline::ParameterType::SecretRef)
        m_line->setPlaceholderText(tr("env:NAME or keychain:NAME"));
    connect(m_line, &QLineEdit::textEdited, this, emitText);
    connect(m_line, &QLineEdit::editingFinished, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            emit editingFinished();
        }
    });
}

void TextParameterEditor::setValue(const nlohmann::json &raw)
{
    const nlohmann::json value = effective(raw);
    const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>())
                         : value.is_null() ? QString()
                                           : QString::fromStdString(value.dump());
    const QSignalBlocker blocker(this);
    if (m_line && m_line->text() != text)
        m_line->setText(text);
    if (m_text && m_text->toPlainText() != text) {
        const QSignalBlocker textBlocker(m_text);
        m_text->setPlainText(text);
    }
}

nlohmann::json TextParameterEditor::value() const
{
    return (m_line ? m_line->text() : m_text->toPlainText()).toStdString();
}

bool TextParameterEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut && m_dirty) {
        m_dirty = false;
        emit editingFinished();
    }
    return ParameterEditor::eventFilter(watched, event);
}
