#include "pipeline/runtime/formats/avrotype.h"

namespace pipeline::runtime {

bool AvroType::isNullable() const
{
    if (kind == Kind::Null)
        return true;
    if (kind != Kind::Union)
        return false;
    for (const AvroType *b : branches)
        if (b->kind == Kind::Null)
            return true;
    return false;
}

const AvroType *AvroType::nonNull() const
{
    if (kind != Kind::Union)
        return this;
    const AvroType *only = nullptr;
    int count = 0;
    for (const AvroType *b : branches) {
        if (b->kind == Kind::Null)
            continue;
        only = b;
        ++count;
    }
    return count == 1 ? only : this;
}

bool AvroType::isTimestamp() const
{
    return (kind == Kind::Long
            && (logicalType == "timestamp-millis" || logicalType == "timestamp-micros"
                || logicalType == "local-timestamp-millis" || logicalType == "local-timestamp-micros"))
        || (kind == Kind::Int && logicalType == "date");
}

std::unique_ptr<AvroTypeTree> AvroTypeTree::parse(const std::string &schemaJson, std::string *error)
{
    nlohmann::json json = nlohmann::json::parse(schemaJson, nullptr, false);
    if (json.is_discarded()) {
        if (error)
            *error = "the Avro schema is not valid JSON";
        return nullptr;
    }
    return parse(json, error);
}

std::unique_ptr<AvroTypeTree> AvroTypeTree::parse(const nlohmann::json &schema, std::string *error)
{
    auto tree = std::unique_ptr<AvroTypeTree>(new AvroTypeTree);
    tree->m_root = tree->build(schema, {}, "schema");
    if (!tree->m_root) {
        if (error)
            *error = tree->m_error;
        return nullptr;
    }
    return tree;
}

namespace {

std::optional<AvroType::Kind> primitiveKind(const std::string &name)
{
    static const std::map<std::string, AvroType::Kind> kinds = {
        {"null", AvroType::Kind::Null},       {"boolean", AvroType::Kind::Boolean}, {"int", AvroType::Kind::Int},
        {"long", AvroType::Kind::Long},       {"float", AvroType::Kind::Float},     {"double", AvroType::Kind::Double},
        {"bytes", AvroType::Kind::Bytes},     {"string", AvroType::Kind::String},
    };
    auto it = kinds.find(name);
    return it == kinds.end() ? std::nullopt : std::optional(it->second);
}

} // namespace

const AvroType *AvroTypeTree::build(const nlohmann::json &json, const std::string &ns, const std::string &where)
{
    auto fail = [&](const std::string &message) -> const AvroType * {
        if (m_error.empty())
            m_error = where + ": " + message;
        return nullptr;
    };
    if (json.is_string()) {
        const std::string name = json.get<std::string>();
        if (auto kind = primitiveKind(name)) {
            m_nodes.push_back(std::make_unique<AvroType>());
            m_nodes.back()->kind = *kind;
            return m_nodes.back().get();
        }
        // A reference to a named type defined earlier (full name, or relative to the namespace).
        if (auto it = m_named.find(name); it != m_named.end())
            return it->second;
        if (!ns.empty())
            if (auto it = m_named.find(ns + "." + name); it != m_named.end())
                return it->second;
        return fail("unknown type \"" + name + "\"");
    }
    if (json.is_array()) {
        m_nodes.push_back(std::make_unique<AvroType>());
        AvroType *u = m_nodes.back().get();
        u->kind = AvroType::Kind::Union;
        for (size_t i = 0; i < json.size(); ++i) {
            const AvroType *b = build(json[i], ns, where + "[" + std::to_string(i) + "]");
            if (!b)
                return nullptr;
            u->branches.push_back(b);
        }
        if (u->branches.empty())
            return fail("empty union");
        return u;
    }
    if (!json.is_object() || !json.contains("type"))
        return fail("expected a type name, a union array or an object with \"type\"");
    const nlohmann::json &typeJson = json["type"];
    if (!typeJson.is_string()) // {"type": {...}} or {"type": [...]}: a wrapped type
        return build(typeJson, ns, where);
    const std::string type = typeJson.get<std::string>();
    m_nodes.push_back(std::make_unique<AvroType>());
    AvroType *t = m_nodes.back().get();
    t->logicalType = json.value("logicalType", std::string());
    t->precision = json.value("precision", 0);
    t->scale = json.value("scale", 0);
    auto named = [&]() -> std::string {
        std::string name = json.value("name", std::string());
        if (name.empty())
            return {};
        std::string space = json.value("namespace", ns);
        const std::string full = name.find('.') != std::string::npos || space.empty() ? name : space + "." + name;
        m_named[full] = t;
        if (full != name && m_named.find(name) == m_named.end())
            m_named[name] = t; // unqualified lookups from other namespaces
        return full;
    };
    auto namespaceOf = [](const std::string &full) {
        const auto dot = full.rfind('.');
        return dot == std::string::npos ? std::string() : full.substr(0, dot);
    };
    if (auto kind = primitiveKind(type)) {
        t->kind = *kind;
        return t;
    }
    if (type == "record" || type == "error") {
        t->kind = AvroType::Kind::Record;
        t->name = named();
        if (t->name.empty())
            return fail("a record needs a name");
        const nlohmann::json &fields = json.value("fields", nlohmann::json());
        if (!fields.is_array())
            return fail("record " + t->name + " needs a \"fields\" array");
        for (const auto &f : fields) {
            if (!f.is_object() || !f.contains("name") || !f["name"].is_string() || !f.contains("type"))
                return fail("record " + t->name + ": every field needs a name and a type");
            AvroType::Field field;
            field.name = f["name"].get<std::string>();
            field.type = build(f["type"], namespaceOf(t->name), where + "." + field.name);
            if (!field.type)
                return nullptr;
            if (f.contains("default")) {
                field.hasDefault = true;
                field.defaultValue = f["default"];
            }
            t->fields.push_back(std::move(field));
        }
        return t;
    }
    if (type == "enum") {
        t->kind = AvroType::Kind::Enum;
        t->name = named();
        for (const auto &s : json.value("symbols", nlohmann::json::array()))
            if (s.is_string())
                t->symbols.push_back(s.get<std::string>());
        if (t->symbols.empty())
            return fail("enum " + t->name + " needs symbols");
        return t;
    }
    if (type == "fixed") {
        t->kind = AvroType::Kind::Fixed;
        t->name = named();
        t->size = json.value("size", 0);
        if (t->size <= 0)
            return fail("fixed " + t->name + " needs a size");
        return t;
    }
    if (type == "array" || type == "map") {
        t->kind = type == "array" ? AvroType::Kind::Array : AvroType::Kind::Map;
        const char *key = type == "array" ? "items" : "values";
        if (!json.contains(key))
            return fail(type + " needs \"" + key + "\"");
        t->items = build(json[key], ns, where + "[]");
        return t->items ? t : nullptr;
    }
    return build(typeJson, ns, where); // {"type": "SomeNamedType"}
}

} // namespace pipeline::runtime
