#include "widgets/model/catalogtext.h"

#include <QCoreApplication>

#include <functional>
#include <set>

QString CatalogText::translate(const std::string &english)
{
    if (english.empty())
        return {};
    return QCoreApplication::translate("catalog", english.c_str());
}

std::vector<std::string> CatalogText::strings(const pipeline::Catalog &catalog)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    auto add = [&](const std::string &text) {
        if (!text.empty() && seen.insert(text).second)
            out.push_back(text);
    };
    auto addPorts = [&](const std::vector<pipeline::PortDescriptor> &ports) {
        for (const auto &p : ports) {
            add(p.label);
            add(p.help);
        }
    };
    std::function<void(const std::vector<pipeline::ParameterDescriptor> &)> addParameters =
        [&](const std::vector<pipeline::ParameterDescriptor> &parameters) {
            for (const auto &p : parameters) {
                add(p.label);
                add(p.help);
                addParameters(p.itemFields);
            }
        };
    for (const pipeline::NodeType &type : catalog.types()) {
        add(type.label);
        add(type.description);
        add(type.transactionNote);
        addPorts(type.inputs);
        addPorts(type.outputs);
        addParameters(type.parameters);
    }
    return out;
}
