#pragma once

#include "pipeline/core/nodetype.h"
#include "pipeline/core/schema.h"

#include <nlohmann/json.hpp>

#include <QWidget>

/// One row of the property form: edits one parameter's JSON value. Subclasses
/// exist per ParameterType family; create() picks one from the descriptor.
/// setValue() never emits; user edits emit edited() (often, while typing) and
/// editingFinished() once the user is done (Enter, focus out, toggle).
class ParameterEditor : public QWidget {
    Q_OBJECT

public:
    static ParameterEditor *create(const pipeline::ParameterDescriptor &descriptor, QWidget *parent = nullptr);

    const pipeline::ParameterDescriptor &descriptor() const { return m_descriptor; }
    virtual void setValue(const nlohmann::json &value) = 0;
    virtual nlohmann::json value() const = 0;
    /// The input record (for expression completion and checks).
    virtual void setInputSchema(const pipeline::Schema &schema) { (void)schema; }
    /// True while the user is typing in it (the form then leaves it alone).
    virtual bool isEditing() const { return hasFocus() || isAncestorOf(focusWidget()); }

signals:
    void edited(const nlohmann::json &value);
    void editingFinished();

protected:
    ParameterEditor(const pipeline::ParameterDescriptor &descriptor, QWidget *parent);
    /// The value to show when the parameter is unset.
    nlohmann::json effective(const nlohmann::json &value) const
    {
        return value.is_null() ? m_descriptor.defaultValue : value;
    }

private:
    pipeline::ParameterDescriptor m_descriptor;
};
