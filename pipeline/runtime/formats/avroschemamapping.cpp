#include "pipeline/runtime/formats/avroschemamapping.h"

#include <cctype>

namespace pipeline::runtime {

namespace {

FieldType scalarType(const AvroType &t)
{
    using K = AvroType::Kind;
    if (t.isTimestamp())
        return FieldType::Timestamp;
    switch (t.kind) {
    case K::Null: return FieldType::Null;
    case K::Boolean: return FieldType::Boolean;
    case K::Int:
    case K::Long: return FieldType::Integer;
    case K::Float:
    case K::Double: return FieldType::Double;
    case K::Bytes:
    case K::Fixed: return t.logicalType == "decimal" ? FieldType::Double : FieldType::String;
    case K::String:
    case K::Enum: return FieldType::String;
    case K::Record:
    case K::Map: return FieldType::Object;
    case K::Array: return FieldType::Array;
    case K::Union: return FieldType::Unknown;
    }
    return FieldType::Unknown;
}

} // namespace

Field avroFieldToPipewright(const std::string &name, const AvroType &type)
{
    Field f;
    f.name = name;
    const AvroType *t = type.nonNull();
    if (t->kind == AvroType::Kind::Union) {
        // Several non-null branches: numeric ones widen to double, anything else is unknown.
        bool numeric = true;
        for (const AvroType *b : t->branches)
            numeric = numeric && (b->kind == AvroType::Kind::Null || isNumeric(scalarType(*b)));
        f.type = numeric ? FieldType::Double : FieldType::Unknown;
        return f;
    }
    f.type = scalarType(*t);
    if (t->kind == AvroType::Kind::Record) {
        for (const auto &child : t->fields)
            f.children.push_back(avroFieldToPipewright(child.name, *child.type));
    } else if (t->kind == AvroType::Kind::Array) {
        Field element = avroFieldToPipewright(name, *t->items);
        f.elementType = element.type;
        f.children = std::move(element.children); // an array of records lists the record's fields
    }
    return f;
}

std::optional<Schema> avroSchemaToPipewright(const std::string &avroSchemaJson, std::string *error)
{
    auto tree = AvroTypeTree::parse(avroSchemaJson, error);
    if (!tree)
        return std::nullopt;
    const AvroType *root = tree->root().nonNull();
    if (root->kind != AvroType::Kind::Record) {
        if (error)
            *error = "the Avro schema is not a record (its values have no fields)";
        return std::nullopt;
    }
    Schema s;
    for (const auto &f : root->fields)
        s.fields.push_back(avroFieldToPipewright(f.name, *f.type));
    return s;
}

namespace {

std::optional<nlohmann::json> avroTypeOf(FieldType type, const std::vector<Field> &children, const std::string &where,
                                         const std::string &ns, std::string *error);

nlohmann::json scalarUnion()
{
    return nlohmann::json::array({"boolean", "long", "double", "string"});
}

std::optional<nlohmann::json> recordOf(const std::vector<Field> &fields, const std::string &name, const std::string &ns,
                                       const std::string &where, std::string *error)
{
    nlohmann::json out = {{"type", "record"}, {"name", name}};
    if (!ns.empty())
        out["namespace"] = ns;
    nlohmann::json list = nlohmann::json::array();
    for (const Field &f : fields) {
        const std::string at = where.empty() ? f.name : where + "." + f.name;
        auto type = avroTypeOf(f.type == FieldType::Array ? FieldType::Array : f.type,
                               f.type == FieldType::Array ? std::vector<Field>{} : f.children, at, ns, error);
        if (f.type == FieldType::Array) {
            auto items = avroTypeOf(f.elementType, f.children, at + "[]", ns, error);
            if (!items)
                return std::nullopt;
            if (items->is_array()) // arrays of unknown scalars: items may be any of them, or null
                items->insert(items->begin(), "null");
            type = nlohmann::json{{"type", "array"}, {"items", *items}};
        }
        if (!type)
            return std::nullopt;
        nlohmann::json branches = nlohmann::json::array({"null"});
        if (type->is_array())
            for (const auto &b : *type)
                branches.push_back(b);
        else
            branches.push_back(*type);
        list.push_back({{"name", avroRecordName(f.name)}, {"type", branches}, {"default", nullptr}});
        if (avroRecordName(f.name) != f.name) {
            if (error)
                *error = "field \"" + at + "\" is not a valid Avro name (letters, digits and _; not starting with a digit)";
            return std::nullopt;
        }
    }
    out["fields"] = list;
    return out;
}

std::optional<nlohmann::json> avroTypeOf(FieldType type, const std::vector<Field> &children, const std::string &where,
                                         const std::string &ns, std::string *error)
{
    switch (type) {
    case FieldType::Boolean: return nlohmann::json("boolean");
    case FieldType::Integer: return nlohmann::json("long");
    case FieldType::Double: return nlohmann::json("double");
    case FieldType::String: return nlohmann::json("string");
    case FieldType::Timestamp: return nlohmann::json{{"type", "long"}, {"logicalType", "timestamp-millis"}};
    case FieldType::Null:
    case FieldType::Unknown: return scalarUnion();
    case FieldType::Array: {
        // Only reached for nested arrays (the element type of an array is not kept deeper).
        nlohmann::json items = scalarUnion();
        items.insert(items.begin(), "null");
        return nlohmann::json{{"type", "array"}, {"items", items}};
    }
    case FieldType::Object:
        if (children.empty()) {
            if (error)
                *error = "field \"" + where + "\" is an object without declared fields: the Avro sink needs its "
                         "fields (declare them in the source schema or build it with a project step)";
            return std::nullopt;
        }
        {
            std::string name;
            for (char c : where)
                name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
            return recordOf(children, avroRecordName(name) + "_record", ns, where, error);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<nlohmann::json> pipewrightSchemaToAvro(const Schema &schema, const std::string &recordName,
                                                     const std::string &ns, std::string *error)
{
    if (schema.fields.empty()) {
        if (error)
            *error = "the fields of the records are not known (declare the source's schema, or sample the topic): "
                     "an Avro sink needs them to register a schema";
        return std::nullopt;
    }
    return recordOf(schema.fields, recordName, ns, {}, error);
}

std::optional<Schema> fetchSubjectSchema(SchemaRegistryClient &client, const std::string &subject,
                                         std::string *error, RegisteredSchema *registered)
{
    SchemaRegistryError registryError;
    auto latest = client.latest(subject, &registryError);
    if (!latest) {
        if (error)
            *error = registryError.message;
        return std::nullopt;
    }
    std::string mappingError;
    auto schema = avroSchemaToPipewright(latest->schema, &mappingError);
    if (!schema) {
        if (error)
            *error = "subject " + subject + " version " + std::to_string(latest->version) + ": " + mappingError;
        return std::nullopt;
    }
    if (registered)
        *registered = *latest;
    return schema;
}

std::string avroRecordName(const std::string &text)
{
    std::string out;
    for (char c : text)
        out += std::isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])))
        out.insert(out.begin(), '_');
    return out;
}

} // namespace pipeline::runtime
