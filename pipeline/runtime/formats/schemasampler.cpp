#include "pipeline/runtime/formats/schemasampler.h"

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
    // camelCase names (createdAt, eventTime) before lowercasing.
    if (name.ends_with("At") || name.ends_with("Time"))
        return true;
    std::string n = name;
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return n == "ts" || n == "timestamp" || n == "time" || n.ends_with("_at") || n.ends_with("_ts")
        || n.ends_with("_time") || n.ends_with("timestamp");
}

template <class Json>
FieldType typeOf(const std::string &name, const Json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return FieldType::Null;
    case nlohmann::json::value_t::boolean:
        return FieldType::Boolean;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: {
        // Epoch milliseconds from 2001 on, in a time-named field.
        const double v = value.template get<double>();
        return timeNamed(name) && v >= 1e12 && v < 1e14 ? FieldType::Timestamp : FieldType::Integer;
    }
    case nlohmann::json::value_t::number_float:
        return FieldType::Double;
    case nlohmann::json::value_t::string:
        return looksLikeIsoTime(value.template get_ref<const std::string &>()) ? FieldType::Timestamp : FieldType::String;
    case nlohmann::json::value_t::array:
        return FieldType::Array;
    case nlohmann::json::value_t::object:
        return FieldType::Object;
    default: // binary or discarded values say nothing about the field
        return FieldType::Null;
    }
}

class Sampler {
public:
    explicit Sampler(const SchemaSamplerOptions &options) : m_options(options) {}

    FieldType unify(FieldType a, FieldType b) const
    {
        // Null is "not seen yet"; a conflict (Unknown) stays one.
        if (a == b || b == FieldType::Null)
            return a;
        if (a == FieldType::Null)
            return b;
        auto either = [&](FieldType x, FieldType y) { return (a == x && b == y) || (a == y && b == x); };
        if (isNumeric(a) && isNumeric(b))
            return FieldType::Double;
        // A time-named field that also holds plain numbers or text is not a clock after all.
        if (either(FieldType::Timestamp, FieldType::Integer))
            return FieldType::Integer;
        if (either(FieldType::Timestamp, FieldType::Double))
            return FieldType::Double;
        if (either(FieldType::Timestamp, FieldType::String))
            return FieldType::String;
        return m_options.conflict;
    }

    template <class Json>
    void merge(std::vector<Field> &fields, const Json &object) const
    {
        for (const auto &[name, value] : object.items()) {
            auto it = std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return f.name == name; });
            if (it == fields.end()) {
                Field field;
                field.name = name;
                field.type = FieldType::Null;
                field.elementType = FieldType::Null;
                fields.push_back(std::move(field));
                it = fields.end() - 1;
            }
            mergeValue(*it, value);
        }
    }

    void finish(std::vector<Field> &fields) const
    {
        for (Field &f : fields) {
            if (f.type == FieldType::Null)
                f.type = FieldType::Unknown;
            if (f.type != FieldType::Object)
                f.children.clear();
            if (f.elementType == FieldType::Null || f.type != FieldType::Array)
                f.elementType = FieldType::Unknown;
            finish(f.children);
        }
        if (m_options.order == SchemaSamplerOptions::Order::ByName)
            std::sort(fields.begin(), fields.end(), [](const Field &a, const Field &b) { return a.name < b.name; });
    }

private:
    template <class Json>
    void mergeValue(Field &field, const Json &value) const
    {
        const FieldType type = typeOf(field.name, value);
        field.type = unify(field.type, type);
        if (field.type == FieldType::Object && type == FieldType::Object) {
            merge(field.children, value);
        } else if (field.type == FieldType::Array && type == FieldType::Array) {
            for (const auto &element : value)
                field.elementType = unify(field.elementType, typeOf(std::string(), element));
        }
    }

    SchemaSamplerOptions m_options;
};

} // namespace

Schema inferSchemaFromRecords(const std::vector<nlohmann::json> &records, const SchemaSamplerOptions &options)
{
    Sampler sampler(options);
    Schema schema;
    for (const auto &record : records)
        if (record.is_object())
            sampler.merge(schema.fields, record);
    sampler.finish(schema.fields);
    return schema;
}

SampledSchema inferSchemaFromJson(const std::vector<std::string> &messages)
{
    Sampler sampler({});
    SampledSchema result;
    for (const std::string &text : messages) {
        // ordered_json keeps the message's own field order for the column order.
        const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object()) {
            ++result.malformed;
            continue;
        }
        ++result.parsed;
        sampler.merge(result.schema.fields, parsed);
    }
    sampler.finish(result.schema.fields);
    result.schema.open = result.malformed > 0 || result.parsed == 0;
    return result;
}

} // namespace pipeline::runtime
