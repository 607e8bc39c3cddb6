#include "pipeline/runtime/llm/llmjsonschema.h"

namespace pipeline::runtime {

namespace {

bool hasType(const nlohmann::json &value, const std::string &type)
{
    if (type == "string")
        return value.is_string();
    if (type == "number")
        return value.is_number();
    if (type == "integer")
        return value.is_number_integer() || (value.is_number_float() && value.get<double>() == double(std::int64_t(value.get<double>())));
    if (type == "boolean")
        return value.is_boolean();
    if (type == "object")
        return value.is_object();
    if (type == "array")
        return value.is_array();
    if (type == "null")
        return value.is_null();
    return true; // unknown type names do not reject
}

std::string typeName(const nlohmann::json &value)
{
    if (value.is_number_integer())
        return "integer";
    if (value.is_number())
        return "number";
    return value.type_name();
}

std::optional<std::string> check(const nlohmann::json &schema, const nlohmann::json &value, const std::string &path)
{
    if (!schema.is_object())
        return std::nullopt;
    auto fail = [&](std::string message) { return std::optional<std::string>(path + ": " + std::move(message)); };

    if (auto t = schema.find("type"); t != schema.end()) {
        bool ok = false;
        std::string expected;
        if (t->is_string()) {
            ok = hasType(value, t->get<std::string>());
            expected = t->get<std::string>();
        } else if (t->is_array()) {
            for (const auto &one : *t)
                if (one.is_string()) {
                    ok = ok || hasType(value, one.get<std::string>());
                    expected += (expected.empty() ? "" : " or ") + one.get<std::string>();
                }
        } else {
            ok = true;
        }
        if (!ok)
            return fail("expected " + expected + ", got " + typeName(value));
    }
    if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) {
        bool found = false;
        for (const auto &option : *e)
            found = found || option == value;
        if (!found)
            return fail("value " + value.dump() + " is not one of " + e->dump());
    }
    if (auto c = schema.find("const"); c != schema.end() && *c != value)
        return fail("expected " + c->dump());
    if (auto any = schema.find("anyOf"); any != schema.end() && any->is_array()) {
        std::optional<std::string> firstError;
        bool ok = false;
        for (const auto &option : *any) {
            auto error = check(option, value, path);
            if (!error) {
                ok = true;
                break;
            }
            if (!firstError)
                firstError = error;
        }
        if (!ok && firstError)
            return firstError;
    }
    if (value.is_object()) {
        const auto properties = schema.find("properties");
        if (auto r = schema.find("required"); r != schema.end() && r->is_array())
            for (const auto &name : *r)
                if (name.is_string() && !value.contains(name.get<std::string>()))
                    return fail("missing required property \"" + name.get<std::string>() + "\"");
        if (properties != schema.end() && properties->is_object()) {
            for (const auto &[name, sub] : properties->items())
                if (auto it = value.find(name); it != value.end())
                    if (auto error = check(sub, *it, path + "." + name))
                        return error;
        }
        if (auto extra = schema.find("additionalProperties"); extra != schema.end() && extra->is_boolean()
            && !extra->get<bool>()) {
            for (const auto &[name, v] : value.items())
                if (properties == schema.end() || !properties->contains(name))
                    return fail("unexpected property \"" + name + "\"");
        }
    }
    if (value.is_array()) {
        if (auto n = schema.find("minItems"); n != schema.end() && n->is_number() && value.size() < n->get<size_t>())
            return fail("expected at least " + n->dump() + " items");
        if (auto n = schema.find("maxItems"); n != schema.end() && n->is_number() && value.size() > n->get<size_t>())
            return fail("expected at most " + n->dump() + " items");
        if (auto items = schema.find("items"); items != schema.end() && items->is_object())
            for (size_t i = 0; i < value.size(); ++i)
                if (auto error = check(*items, value[i], path + "[" + std::to_string(i) + "]"))
                    return error;
    }
    if (value.is_string()) {
        const size_t length = value.get_ref<const std::string &>().size();
        if (auto n = schema.find("minLength"); n != schema.end() && n->is_number() && length < n->get<size_t>())
            return fail("shorter than " + n->dump() + " characters");
        if (auto n = schema.find("maxLength"); n != schema.end() && n->is_number() && length > n->get<size_t>())
            return fail("longer than " + n->dump() + " characters");
    }
    if (value.is_number()) {
        const double v = value.get<double>();
        if (auto n = schema.find("minimum"); n != schema.end() && n->is_number() && v < n->get<double>())
            return fail("below the minimum " + n->dump());
        if (auto n = schema.find("maximum"); n != schema.end() && n->is_number() && v > n->get<double>())
            return fail("above the maximum " + n->dump());
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> checkJsonSchema(const nlohmann::json &schema, const nlohmann::json &value)
{
    return check(schema, value, "$");
}

} // namespace pipeline::runtime
