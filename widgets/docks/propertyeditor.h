#pragma once

#include <nlohmann/json.hpp>

#include <QHash>
#include <QPointer>
#include <QScrollArea>

class QComboBox;

class GraphModel;
class ParameterEditor;
class QFormLayout;
class QLabel;
class QLineEdit;

/// The Properties dock: a form generated from the selected node's catalog
/// descriptor (or the pipeline's own settings when nothing is selected). Every
/// edit is a command: typing merges into one undo step per field until the
/// field is left. Values refresh when undo/redo changes the node.
class PropertyEditor : public QScrollArea {
    Q_OBJECT

public:
    explicit PropertyEditor(GraphModel *model, QWidget *parent = nullptr);

    void setNode(const QString &nodeId);
    QString nodeId() const { return m_nodeId; }
    ParameterEditor *editor(const QString &key) const { return m_editors.value(key); }
    QLineEdit *labelEdit() const { return m_labelEdit; }
    /// Focuses the editor of a parameter ("condition", "routes[1].condition" -> routes).
    void focusParameter(const QString &parameter);

private:
    void rebuild();
    void buildPipelineForm(QFormLayout *form);
    void refreshValues();
    void refreshSchemas();
    void updateVisibility();
    void setParameter(const QString &key, const nlohmann::json &value);
    void applyPipelineSetting(const QString &key, const QString &value);

    GraphModel *m_model;
    QString m_nodeId;
    QPointer<QWidget> m_form;
    QLineEdit *m_labelEdit = nullptr;
    QHash<QString, ParameterEditor *> m_editors;
    QHash<QString, QWidget *> m_rowLabels;
    QHash<QString, QLineEdit *> m_pipelineFields;
    QComboBox *m_guarantee = nullptr;
};
