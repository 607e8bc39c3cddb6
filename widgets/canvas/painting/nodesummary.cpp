#include "widgets/canvas/painting/nodesummary.h"

#include "widgets/model/catalogtext.h"

namespace {

QString scalarText(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.is_number())
        return QString::fromStdString(value.dump());
    return {};
}

QString valueText(const pipeline::ParameterDescriptor &descriptor, const nlohmann::json &value)
{
    if (!value.is_array())
        return scalarText(value).simplified();
    QStringList parts;
    for (const auto &item : value) {
        if (item.is_object()) {
            // Items are shown by their first declared field (route name, field name, ...).
            std::string key = descriptor.itemFields.empty() ? std::string("name") : descriptor.itemFields.front().key;
            if (descriptor.type == pipeline::ParameterType::Schema)
                key = "name";
            auto it = item.find(key);
            if (it != item.end())
                parts << scalarText(*it);
        } else {
            parts << scalarText(item);
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList nodeSummary(const pipeline::Node &node, const pipeline::NodeType *type, int maxLines)
{
    QStringList lines;
    if (!type)
        return {QStringLiteral("unknown kind: %1").arg(QString::fromStdString(node.kind))};
    auto add = [&](const pipeline::ParameterDescriptor &p) {
        if (lines.size() >= maxLines)
            return;
        const nlohmann::json *value = node.parameter(p.key);
        if (!value)
            return;
        const QString text = valueText(p, *value);
        if (text.isEmpty())
            return;
        if (p.type == pipeline::ParameterType::Expression || p.type == pipeline::ParameterType::Text)
            lines << text;
        else
            lines << (p.label.empty() ? QString::fromStdString(p.key) : CatalogText::translate(p.label)) + QStringLiteral(": ") + text;
    };
    for (const auto &p : type->parameters)
        if (p.required)
            add(p);
    // Then the non-default choices that shape behaviour (window, format, ...).
    for (const auto &p : type->parameters)
        if (!p.required && p.type == pipeline::ParameterType::Enum && node.parameter(p.key)
            && *node.parameter(p.key) != p.defaultValue)
            add(p);
    return lines;
}
