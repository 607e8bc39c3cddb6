#include "widgets/docks/propertyeditor.h"

#include "widgets/model/catalogtext.h"

#include "widgets/model/graphmodel.h"
#include "widgets/canvas/painting/nodestyle.h"
#include "widgets/editors/parametereditor.h"

#include "pipeline/edit/replacegraphcommand.h"
#include "pipeline/edit/setlabelcommand.h"
#include "pipeline/edit/setparametercommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PropertyEditor::PropertyEditor(GraphModel *model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    connect(model, &GraphModel::nodeChanged, this, [this](const QString &id) {
        if (id == m_nodeId)
            refreshValues();
    });
    connect(model, &GraphModel::nodeRemoved, this, [this](const QString &id) {
        if (id == m_nodeId)
            setNode({});
    });
    connect(model, &GraphModel::nodeAdded, this, [this](const QString &id) {
        if (id == m_nodeId) // undo of a delete while its form was open
            rebuild();
    });
    connect(model, &GraphModel::modelReset, this, [this] {
        m_nodeId.clear();
        rebuild();
    });
    connect(model, &GraphModel::graphPropertiesChanged, this, [this] {
        if (m_nodeId.isEmpty())
            refreshValues();
    });
    connect(model, &GraphModel::validated, this, &PropertyEditor::refreshSchemas);
    rebuild();
}

void PropertyEditor::setNode(const QString &nodeId)
{
    if (nodeId == m_nodeId && m_form)
        return;
    m_model->sealLastEdit();
    m_nodeId = nodeId;
    rebuild();
}

void PropertyEditor::rebuild()
{
    m_editors.clear();
    m_rowLabels.clear();
    m_pipelineFields.clear();
    m_guarantee = nullptr;
    m_labelEdit = nullptr;
    auto *form = new QWidget;
    auto *outer = new QVBoxLayout(form);
    auto *title = new QLabel(form);
    title->setWordWrap(true);
    outer->addWidget(title);
    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addLayout(layout);
    outer->addStretch();

    const pipeline::Node *node = m_model->graph().node(m_nodeId.toStdString());
    if (!node) {
        m_nodeId.clear();
        title->setText(QStringLiteral("<b>%1</b>").arg(tr("Pipeline")));
        buildPipelineForm(layout);
    } else {
        const pipeline::NodeType *type = m_model->catalog().find(node->kind);
        const QString kindLabel = type ? CatalogText::translate(type->label) : QString::fromStdString(node->kind);
        QString header = QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                             .arg(kindLabel.toHtmlEscaped(), QString::fromStdString(node->id).toHtmlEscaped());
        if (type && !type->description.empty())
            header += QStringLiteral("<br><small>%1</small>").arg(CatalogText::translate(type->description).toHtmlEscaped());
        if (!type)
            header += QStringLiteral("<br>") + tr("Unknown node kind: its parameters cannot be edited here.");
        title->setText(header);

        m_labelEdit = new QLineEdit(form);
        layout->addRow(tr("Label"), m_labelEdit);
        connect(m_labelEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
            m_model->execute(std::make_unique<pipeline::edit::SetLabelCommand>(
                m_model->graph(), m_nodeId.toStdString(), text.toStdString(), tr("Rename Node").toStdString()));
        });
        connect(m_labelEdit, &QLineEdit::editingFinished, m_model, &GraphModel::sealLastEdit);

        if (type) {
            for (const pipeline::ParameterDescriptor &descriptor : type->parameters) {
                const QString key = QString::fromStdString(descriptor.key);
                ParameterEditor *editor = ParameterEditor::create(descriptor, form);
                QString labelText = descriptor.label.empty() ? QString::fromStdString(descriptor.key) : CatalogText::translate(descriptor.label);
                if (descriptor.required)
                    labelText += QStringLiteral(" *");
                auto *label = new QLabel(labelText, form);
                label->setToolTip(CatalogText::translate(descriptor.help));
                layout->addRow(label, editor);
                m_editors.insert(key, editor);
                m_rowLabels.insert(key, label);
                connect(editor, &ParameterEditor::edited, this,
                        [this, key](const nlohmann::json &value) { setParameter(key, value); });
                connect(editor, &ParameterEditor::editingFinished, m_model, &GraphModel::sealLastEdit);
            }
        }
    }
    setWidget(form); // deletes the previous form
    m_form = form;
    refreshValues();
    refreshSchemas();
}

void PropertyEditor::buildPipelineForm(QFormLayout *form)
{
    auto addField = [&](const QString &key, const QString &label, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        m_pipelineFields.insert(key, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] { applyPipelineSetting(key, edit->text()); });
    };
    addField(QStringLiteral("name"), tr("Name"), {});
    addField(QStringLiteral("description"), tr("Description"), {});
    addField(QStringLiteral("consumerGroup"), tr("Consumer group"), tr("default: the pipeline name"));
    addField(QStringLiteral("deadLetterTopic"), tr("Dead-letter topic"), QStringLiteral("pipewright.dead-letter"));
    // The file keeps the value; at-least-once is the default and not written.
    m_guarantee = new QComboBox;
    m_guarantee->addItem(tr("At least once"), QStringLiteral("at-least-once"));
    m_guarantee->addItem(tr("Exactly once (Kafka transactions)"), QStringLiteral("exactly-once"));
    m_guarantee->setToolTip(tr("Exactly once commits each batch's outputs, dead letters and consumed offsets in one "
                               "Kafka transaction: a crash neither loses nor repeats results for readers with "
                               "isolation.level=read_committed. Database sinks, aggregates and dedupe cannot take part."));
    form->addRow(tr("Guarantee"), m_guarantee);
    connect(m_guarantee, &QComboBox::activated, this, [this](int index) {
        const QString value = m_guarantee->itemData(index).toString();
        applyPipelineSetting(QStringLiteral("processingGuarantee"),
                             value == QLatin1String("at-least-once") ? QString() : value);
    });
}

void PropertyEditor::applyPipelineSetting(const QString &key, const QString &value)
{
    pipeline::Graph changed = m_model->graph();
    const std::string v = value.toStdString();
    if (key == QLatin1String("name"))
        changed.name = v;
    else if (key == QLatin1String("description"))
        changed.description = v;
    else if (v.empty())
        changed.settings.erase(key.toStdString());
    else
        changed.settings[key.toStdString()] = v;
    if (changed == m_model->graph())
        return;
    m_model->execute(std::make_unique<pipeline::edit::ReplaceGraphCommand>(
        m_model->graph(), std::move(changed), tr("Change Pipeline Settings").toStdString()));
}

void PropertyEditor::refreshValues()
{
    if (m_nodeId.isEmpty()) {
        const pipeline::Graph &g = m_model->graph();
        auto set = [this](const QString &key, const std::string &value) {
            if (QLineEdit *edit = m_pipelineFields.value(key); edit && !edit->hasFocus())
                edit->setText(QString::fromStdString(value));
        };
        set(QStringLiteral("name"), g.name);
        set(QStringLiteral("description"), g.description);
        for (const char *key : {"consumerGroup", "deadLetterTopic"}) {
            auto it = g.settings.find(key);
            set(QString::fromLatin1(key), it != g.settings.end() && it->is_string() ? it->get<std::string>() : std::string());
        }
        if (m_guarantee) {
            const bool exactlyOnce = g.settings.value("processingGuarantee", nlohmann::json()) == "exactly-once";
            m_guarantee->setCurrentIndex(exactlyOnce ? 1 : 0);
        }
        return;
    }
    const pipeline::Node *node = m_model->graph().node(m_nodeId.toStdString());
    if (!node)
        return;
    if (m_labelEdit && !m_labelEdit->hasFocus())
        m_labelEdit->setText(QString::fromStdString(node->label));
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value()->isEditing())
            continue; // never fight the user's cursor
        const nlohmann::json *value = node->parameter(it.key().toStdString());
        it.value()->setValue(value ? *value : nlohmann::json());
    }
    updateVisibility();
}

void PropertyEditor::refreshSchemas()
{
    const pipeline::Node *node = m_model->graph().node(m_nodeId.toStdString());
    const pipeline::NodeType *type = node ? m_model->catalog().find(node->kind) : nullptr;
    if (!type)
        return;
    const auto &inputs = m_model->validation().inputSchemas;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const auto &descriptor = it.value()->descriptor();
        std::string port = descriptor.schemaPort;
        if (port.empty() && !type->inputs.empty())
            port = type->inputs.front().key;
        if (port.empty())
            continue;
        auto schema = inputs.find(pipeline::PortRef{node->id, port});
        it.value()->setInputSchema(schema != inputs.end() ? schema->second : pipeline::Schema::openSchema());
    }
}

void PropertyEditor::updateVisibility()
{
    const pipeline::Node *node = m_model->graph().node(m_nodeId.toStdString());
    if (!node)
        return;
    const pipeline::NodeType *type = m_model->catalog().find(node->kind);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const auto &descriptor = it.value()->descriptor();
        bool visible = true;
        if (!descriptor.visibleWhenKey.empty()) {
            const pipeline::ParameterDescriptor *controller = type ? type->parameter(descriptor.visibleWhenKey) : nullptr;
            const nlohmann::json *value = node->parameter(descriptor.visibleWhenKey);
            nlohmann::json current = value ? *value : controller ? controller->defaultValue : nlohmann::json();
            const std::string text = current.is_string() ? current.get<std::string>() : current.dump();
            visible = std::find(descriptor.visibleWhenValues.begin(), descriptor.visibleWhenValues.end(), text)
                      != descriptor.visibleWhenValues.end();
        }
        it.value()->setVisible(visible);
        if (QWidget *label = m_rowLabels.value(it.key()))
            label->setVisible(visible);
    }
}

void PropertyEditor::setParameter(const QString &key, const nlohmann::json &value)
{
    const ParameterEditor *editor = m_editors.value(key);
    const QString label = editor ? QString::fromStdString(editor->descriptor().label) : key;
    m_model->execute(std::make_unique<pipeline::edit::SetParameterCommand>(
        m_model->graph(), m_nodeId.toStdString(), key.toStdString(), value,
        tr("Change %1").arg(label.isEmpty() ? key : label).toStdString()));
}

void PropertyEditor::focusParameter(const QString &parameter)
{
    const QString key = parameter.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
    if (ParameterEditor *editor = m_editors.value(key)) {
        ensureWidgetVisible(editor);
        editor->setFocus();
        if (QWidget *child = editor->focusProxy() ? editor->focusProxy() : editor->findChild<QWidget *>())
            child->setFocus();
    }
}
