#include "pipeline/core/schemaparameter.h"

namespace pipeline {

namespace {

void report(std::vector<SchemaParameterError> *errors, std::string path, std::string message)
{
    if (errors)
        errors->push_back({std::move(path), std::move(message)});
}

std::vector<Field> readFields(const nlohmann::json &value, const std::string &prefix,
                              std::vector<SchemaParameterError> *errors)
{
    std::vector<Field> fields;
    if (!value.is_array()) {
        report(errors, prefix, "expected a list of field declarations");
        return fields;
    }
    for (size_t i = 0; i < value.size(); ++i) {
        const auto &item = value[i];
        const std::string at = prefix + "[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            report(errors, at, "expected an object with \"name\" and \"type\"");
            continue;
        }
        auto name = item.find("name");
        if (name == item.end() || !name->is_string() || name->get<std::string>().empty()) {
            report(errors, at + ".name", "every field needs a name");
            continue;
        }
        Field f;
        f.name = name->get<std::string>();
        for (const auto &existing : fields)
            if (existing.name == f.name)
                report(errors, at + ".name", "field \"" + f.name + "\" is declared twice");
        auto type = item.find("type");
        if (type == item.end() || !type->is_string()) {
            report(errors, at + ".type", "field \"" + f.name + "\" needs a type");
        } else if (auto t = fieldTypeFromName(type->get<std::string>()); !t || *t == FieldType::Null) {
            report(errors, at + ".type",
                   "unknown type \"" + type->get<std::string>() + "\" for field \"" + f.name
                       + "\" (use string, integer, double, boolean, timestamp, array or object)");
        } else {
            f.type = *t;
        }
        if (auto s = item.find("sensitive"); s != item.end() && !s->is_null()) {
            if (s->is_boolean())
                f.sensitive = s->get<bool>();
            else
                report(errors, at + ".sensitive", "\"sensitive\" must be true or false");
        }
        if (auto e = item.find("elementType"); e != item.end() && e->is_string()) {
            if (auto t = fieldTypeFromName(e->get<std::string>()))
                f.elementType = *t;
            else
                report(errors, at + ".elementType", "unknown element type \"" + e->get<std::string>() + "\"");
        }
        if (auto children = item.find("fields"); children != item.end() && !children->is_null()) {
            if (f.type != FieldType::Object)
                report(errors, at + ".fields", "only object fields have nested fields");
            else
                f.children = readFields(*children, at + ".fields", errors);
        }
        fields.push_back(std::move(f));
    }
    return fields;
}

nlohmann::json writeFields(const std::vector<Field> &fields)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &f : fields) {
        nlohmann::json item = {{"name", f.name}, {"type", std::string(fieldTypeName(f.type))}};
        if (f.sensitive)
            item["sensitive"] = true;
        if (f.type == FieldType::Array && f.elementType != FieldType::Unknown)
            item["elementType"] = std::string(fieldTypeName(f.elementType));
        if (f.type == FieldType::Object && !f.children.empty())
            item["fields"] = writeFields(f.children);
        out.push_back(std::move(item));
    }
    return out;
}

} // namespace

Schema schemaFromParameter(const nlohmann::json &value, std::vector<SchemaParameterError> *errors)
{
    Schema schema;
    if (value.is_null())
        return schema;
    schema.fields = readFields(value, {}, errors);
    return schema;
}

nlohmann::json schemaToParameter(const Schema &schema)
{
    return writeFields(schema.fields);
}

} // namespace pipeline
