#include "pipeline/runtime/formats/schemasampler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <regex>

namespace pipeline::runtime {

namespace {

bool looksLikeIsoTime(const std::string &text)
{
    static const std::regex iso(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$)");
    return text.size() >= 16 && text.size() <= 40 && std::regex_match(text, iso);
}

bool timeNamed(const std::string &name)
{
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return n == "ts" || n == "timestamp" || n == "time" || n.ends_with("_at") || n.ends_with("_ts")
        || n.ends_with("_time") || n.ends_with("timestamp");
}

FieldType typeOf(const std::string &name, const nlohmann::ordered_json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return FieldType::Null;
    case nlohmann::json::value_t::boolean:
        return FieldType::Boolean;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: {
        // Epoch milliseconds between 2001 and 2286 in a time-named field.
        const double v = value.get<double>();
        return timeNamed(name) && v >= 1e12 && v < 1e13 ? FieldType::Timestamp : FieldType::Integer;
    }
    case nlohmann::json::value_t::number_float:
        return FieldType::Double;
    case nlohmann::json::value_t::string:
        return looksLikeIsoTime(value.get_ref<const std::string &>()) ? FieldType::Timestamp : FieldType::String;
    case nlohmann::json::value_t::array:
        return FieldType::Array;
    case nlohmann::json::value_t::object:
        return FieldType::Object;
    default:
        return FieldType::Unknown;
    }
}

FieldType unify(FieldType a, FieldType b)
{
    if (a == b || b == FieldType::Null || b == FieldType::Unknown)
        return a;
    if (a == FieldType::Null || a == FieldType::Unknown)
        return b;
    if (isNumeric(a) && isNumeric(b))
        return FieldType::Double;
    // Epoch milliseconds next to plain integers: the field is not a clock after all.
    if ((a == FieldType::Timestamp && b == FieldType::Integer) || (a == FieldType::Integer && b == FieldType::Timestamp))
        return FieldType::Integer;
    return FieldType::String;
}

void merge(std::vector<Field> &fields, const nlohmann::ordered_json &object);

void mergeValue(Field &field, const nlohmann::ordered_json &value)
{
    const FieldType type = typeOf(field.name, value);
    const FieldType before = field.type;
    field.type = unify(field.type, type);
    if (field.type == FieldType::Object && type == FieldType::Object) {
        merge(field.children, value);
    } else if (field.type == FieldType::Array && type == FieldType::Array) {
        for (const auto &element : value)
            field.elementType = unify(field.elementType, typeOf({}, element));
    }
    if (field.type != FieldType::Object && before == FieldType::Object)
        field.children.clear();
    if (field.elementType == FieldType::Null)
        field.elementType = FieldType::Unknown;
}

void merge(std::vector<Field> &fields, const nlohmann::ordered_json &object)
{
    for (const auto &[name, value] : object.items()) {
        auto it = std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return f.name == name; });
        if (it == fields.end()) {
            Field field;
            field.name = name;
            field.type = FieldType::Unknown;
            fields.push_back(std::move(field));
            it = fields.end() - 1;
        }
        mergeValue(*it, value);
    }
}

void finish(std::vector<Field> &fields)
{
    for (Field &f : fields) {
        if (f.type == FieldType::Null)
            f.type = FieldType::Unknown;
        finish(f.children);
    }
}

} // namespace

SampledSchema inferSchemaFromJson(const std::vector<std::string> &messages)
{
    SampledSchema result;
    for (const std::string &text : messages) {
        // ordered_json keeps the message's own field order for the column order.
        const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object()) {
            ++result.malformed;
            continue;
        }
        ++result.parsed;
        merge(result.schema.fields, parsed);
    }
    finish(result.schema.fields);
    result.schema.open = result.malformed > 0 || result.parsed == 0;
    return result;
}

} // namespace pipeline::runtime
