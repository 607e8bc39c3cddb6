#include "pipeline/runtime/formats/avrocodec.h"

#include "pipeline/expr/timestamptext.h"

#include <avro.h>

#include <cmath>
#include <limits>

namespace pipeline::runtime {

using Kind = AvroType::Kind;

struct AvroCodec::Impl {
    avro_schema_t schema = nullptr;
    avro_value_iface_t *iface = nullptr;
    avro_value_t value{};
    bool hasValue = false;
    avro_reader_t reader = nullptr;

    ~Impl()
    {
        if (reader)
            avro_reader_free(reader);
        if (hasValue)
            avro_value_decref(&value);
        if (iface)
            avro_value_iface_decref(iface);
        if (schema)
            avro_schema_decref(schema);
    }
};

namespace {

std::string avroError()
{
    const char *e = avro_strerror();
    return e && *e ? std::string(e) : std::string("avro error");
}

std::string at(const std::string &path)
{
    return path.empty() ? std::string("the record") : "field " + path;
}

std::string jsonTypeName(const nlohmann::json &v)
{
    if (v.is_number_integer())
        return "integer";
    if (v.is_number())
        return "number";
    return v.type_name();
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

double decimalFromBytes(const unsigned char *p, size_t n, int scale)
{
    double v = 0;
    for (size_t i = 0; i < n; ++i)
        v = v * 256 + p[i];
    if (n && (p[0] & 0x80))
        v -= std::ldexp(1.0, int(8 * n));
    return v / std::pow(10.0, scale);
}

std::string decimalToBytes(std::int64_t unscaled)
{
    std::string out;
    for (int i = 7; i >= 0; --i)
        out += char((std::uint64_t(unscaled) >> (8 * i)) & 0xff);
    // Minimal two's complement: drop leading bytes that only repeat the sign.
    while (out.size() > 1) {
        const auto b0 = static_cast<unsigned char>(out[0]), b1 = static_cast<unsigned char>(out[1]);
        if ((b0 == 0x00 && !(b1 & 0x80)) || (b0 == 0xff && (b1 & 0x80)))
            out.erase(0, 1);
        else
            break;
    }
    return out;
}

bool toJson(avro_value_t *v, const AvroType &t, nlohmann::json &out, const std::string &path, std::string *error)
{
    auto fail = [&](const std::string &message) {
        if (error)
            *error = "Avro " + at(path) + ": " + message;
        return false;
    };
    switch (t.kind) {
    case Kind::Null:
        out = nullptr;
        return true;
    case Kind::Boolean: {
        int b = 0;
        if (avro_value_get_boolean(v, &b))
            return fail(avroError());
        out = b != 0;
        return true;
    }
    case Kind::Int: {
        std::int32_t i = 0;
        if (avro_value_get_int(v, &i))
            return fail(avroError());
        out = t.logicalType == "date" ? std::int64_t(i) * 86'400'000 : std::int64_t(i);
        return true;
    }
    case Kind::Long: {
        std::int64_t l = 0;
        if (avro_value_get_long(v, &l))
            return fail(avroError());
        if (t.logicalType == "timestamp-micros" || t.logicalType == "local-timestamp-micros"
            || t.logicalType == "time-micros")
            l = floorDiv(l, 1000);
        out = l;
        return true;
    }
    case Kind::Float: {
        float f = 0;
        if (avro_value_get_float(v, &f))
            return fail(avroError());
        out = double(f);
        return true;
    }
    case Kind::Double: {
        double d = 0;
        if (avro_value_get_double(v, &d))
            return fail(avroError());
        out = d;
        return true;
    }
    case Kind::Bytes:
    case Kind::Fixed: {
        const void *buf = nullptr;
        size_t size = 0;
        if (t.kind == Kind::Bytes ? avro_value_get_bytes(v, &buf, &size) : avro_value_get_fixed(v, &buf, &size))
            return fail(avroError());
        if (t.logicalType == "decimal")
            out = decimalFromBytes(static_cast<const unsigned char *>(buf), size, t.scale);
        else
            out = base64Encode(std::string_view(static_cast<const char *>(buf), size));
        return true;
    }
    case Kind::String: {
        const char *s = nullptr;
        size_t size = 0; // avro-c counts the terminating NUL
        if (avro_value_get_string(v, &s, &size))
            return fail(avroError());
        out = std::string(s ? s : "", size ? size - 1 : 0);
        return true;
    }
    case Kind::Enum: {
        int i = 0;
        if (avro_value_get_enum(v, &i))
            return fail(avroError());
        if (i < 0 || size_t(i) >= t.symbols.size())
            return fail("enum index " + std::to_string(i) + " out of range");
        out = t.symbols[size_t(i)];
        return true;
    }
    case Kind::Record: {
        out = nlohmann::json::object();
        for (size_t i = 0; i < t.fields.size(); ++i) {
            avro_value_t child;
            if (avro_value_get_by_index(v, i, &child, nullptr))
                return fail(avroError());
            const std::string childPath = path.empty() ? t.fields[i].name : path + "." + t.fields[i].name;
            if (!toJson(&child, *t.fields[i].type, out[t.fields[i].name], childPath, error))
                return false;
        }
        return true;
    }
    case Kind::Array:
    case Kind::Map: {
        size_t size = 0;
        if (avro_value_get_size(v, &size))
            return fail(avroError());
        out = t.kind == Kind::Array ? nlohmann::json::array() : nlohmann::json::object();
        for (size_t i = 0; i < size; ++i) {
            avro_value_t child;
            const char *key = nullptr;
            if (avro_value_get_by_index(v, i, &child, t.kind == Kind::Map ? &key : nullptr))
                return fail(avroError());
            nlohmann::json item;
            const std::string childPath = path + "[" + (key ? std::string(key) : std::to_string(i)) + "]";
            if (!toJson(&child, *t.items, item, childPath, error))
                return false;
            if (t.kind == Kind::Array)
                out.push_back(std::move(item));
            else
                out[key ? key : ""] = std::move(item);
        }
        return true;
    }
    case Kind::Union: {
        int discriminant = -1;
        avro_value_t branch;
        if (avro_value_get_discriminant(v, &discriminant) || avro_value_get_current_branch(v, &branch))
            return fail(avroError());
        if (discriminant < 0 || size_t(discriminant) >= t.branches.size())
            return fail("union branch " + std::to_string(discriminant) + " out of range");
        return toJson(&branch, *t.branches[size_t(discriminant)], out, path, error);
    }
    }
    return fail("unsupported type");
}

// Whether `value` can be written as `t` (shallow: picks a union branch).
bool fits(const AvroType &t, const nlohmann::json &value)
{
    switch (t.kind) {
    case Kind::Null: return value.is_null();
    case Kind::Boolean: return value.is_boolean();
    case Kind::Int:
    case Kind::Long:
        if (t.isTimestamp() && value.is_string())
            return expr::parseTimestamp(value.get_ref<const std::string &>()).has_value();
        return value.is_number_integer();
    case Kind::Float:
    case Kind::Double: return value.is_number();
    case Kind::Bytes:
    case Kind::Fixed: return t.logicalType == "decimal" ? value.is_number() : value.is_string();
    case Kind::String: return value.is_string();
    case Kind::Enum:
        if (!value.is_string())
            return false;
        for (const auto &s : t.symbols)
            if (s == value.get_ref<const std::string &>())
                return true;
        return false;
    case Kind::Record:
    case Kind::Map: return value.is_object();
    case Kind::Array: return value.is_array();
    case Kind::Union: return false;
    }
    return false;
}

bool fromJson(avro_value_t *v, const AvroType &t, const nlohmann::json &value, const std::string &path,
              std::string *error)
{
    auto fail = [&](const std::string &message) {
        if (error)
            *error = "cannot write " + at(path) + " as Avro: " + message;
        return false;
    };
    auto mismatch = [&](const char *expected) {
        return fail("expected " + std::string(expected) + ", got " + jsonTypeName(value));
    };
    auto check = [&](int rc) { return rc == 0 || fail(avroError()); };
    switch (t.kind) {
    case Kind::Null:
        return value.is_null() ? check(avro_value_set_null(v)) : mismatch("null");
    case Kind::Boolean:
        return value.is_boolean() ? check(avro_value_set_boolean(v, value.get<bool>())) : mismatch("a boolean");
    case Kind::Int:
    case Kind::Long: {
        std::int64_t n = 0;
        if (t.isTimestamp() && value.is_string()) {
            auto millis = expr::parseTimestamp(value.get_ref<const std::string &>());
            if (!millis)
                return fail("\"" + value.get<std::string>() + "\" is not a timestamp");
            n = *millis;
        } else if (value.is_number_integer()) {
            n = value.get<std::int64_t>();
        } else if (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>()
                   && std::abs(value.get<double>()) < 9.2e18) {
            n = std::int64_t(value.get<double>());
        } else {
            return mismatch(t.isTimestamp() ? "a timestamp (epoch milliseconds or ISO 8601 text)" : "an integer");
        }
        if (t.logicalType == "timestamp-micros" || t.logicalType == "local-timestamp-micros"
            || t.logicalType == "time-micros")
            n *= 1000;
        if (t.kind == Kind::Long)
            return check(avro_value_set_long(v, n));
        if (t.logicalType == "date")
            n = floorDiv(n, 86'400'000);
        if (n < std::numeric_limits<std::int32_t>::min() || n > std::numeric_limits<std::int32_t>::max())
            return fail(std::to_string(n) + " does not fit an Avro int");
        return check(avro_value_set_int(v, std::int32_t(n)));
    }
    case Kind::Float:
        return value.is_number() ? check(avro_value_set_float(v, value.get<float>())) : mismatch("a number");
    case Kind::Double:
        return value.is_number() ? check(avro_value_set_double(v, value.get<double>())) : mismatch("a number");
    case Kind::Bytes:
    case Kind::Fixed: {
        std::string bytes;
        if (t.logicalType == "decimal") {
            if (!value.is_number())
                return mismatch("a number");
            const double scaled = std::round(value.get<double>() * std::pow(10.0, t.scale));
            if (std::abs(scaled) >= 9.2e18)
                return fail("decimal out of range");
            bytes = decimalToBytes(std::int64_t(scaled));
            if (t.kind == Kind::Fixed) {
                if (bytes.size() > size_t(t.size))
                    return fail("decimal does not fit fixed(" + std::to_string(t.size) + ")");
                bytes.insert(0, size_t(t.size) - bytes.size(), (bytes[0] & 0x80) ? char(0xff) : char(0));
            }
        } else {
            if (!value.is_string())
                return mismatch("base64 text");
            auto decoded = base64Decode(value.get_ref<const std::string &>());
            if (!decoded)
                return fail("not base64 text");
            bytes = std::move(*decoded);
            if (t.kind == Kind::Fixed && bytes.size() != size_t(t.size))
                return fail("fixed(" + std::to_string(t.size) + ") needs " + std::to_string(t.size) + " bytes, got "
                            + std::to_string(bytes.size()));
        }
        return t.kind == Kind::Bytes ? check(avro_value_set_bytes(v, bytes.data(), bytes.size()))
                                     : check(avro_value_set_fixed(v, bytes.data(), bytes.size()));
    }
    case Kind::String:
        if (!value.is_string())
            return mismatch("text");
        return check(avro_value_set_string_len(v, value.get_ref<const std::string &>().c_str(),
                                               value.get_ref<const std::string &>().size() + 1));
    case Kind::Enum:
        if (!value.is_string())
            return mismatch("an enum symbol");
        for (size_t i = 0; i < t.symbols.size(); ++i)
            if (t.symbols[i] == value.get_ref<const std::string &>())
                return check(avro_value_set_enum(v, int(i)));
        return fail("\"" + value.get<std::string>() + "\" is not one of the enum's symbols");
    case Kind::Record: {
        if (!value.is_object())
            return mismatch("an object");
        for (size_t i = 0; i < t.fields.size(); ++i) {
            const AvroType::Field &f = t.fields[i];
            avro_value_t child;
            if (avro_value_get_by_index(v, i, &child, nullptr))
                return fail(avroError());
            const std::string childPath = path.empty() ? f.name : path + "." + f.name;
            auto it = value.find(f.name);
            if (it == value.end()) {
                // Missing: the default (for a union, its first branch), else null where null fits.
                if (f.hasDefault) {
                    const AvroType &dt = f.type->kind == Kind::Union ? *f.type->branches.front() : *f.type;
                    avro_value_t target = child;
                    if (f.type->kind == Kind::Union && avro_value_set_branch(&child, 0, &target))
                        return fail(avroError());
                    if (!fromJson(&target, dt, f.defaultValue, childPath, error))
                        return false;
                    continue;
                }
                if (!f.type->isNullable()) {
                    if (error)
                        *error = "cannot write " + at(childPath) + " as Avro: the record has no such field and the "
                                 "schema gives no default";
                    return false;
                }
            }
            if (!fromJson(&child, *f.type, it == value.end() ? nlohmann::json() : *it, childPath, error))
                return false;
        }
        return true;
    }
    case Kind::Array: {
        if (!value.is_array())
            return mismatch("an array");
        for (size_t i = 0; i < value.size(); ++i) {
            avro_value_t child;
            if (avro_value_append(v, &child, nullptr))
                return fail(avroError());
            if (!fromJson(&child, *t.items, value[i], path + "[" + std::to_string(i) + "]", error))
                return false;
        }
        return true;
    }
    case Kind::Map: {
        if (!value.is_object())
            return mismatch("an object");
        for (const auto &[key, item] : value.items()) {
            avro_value_t child;
            if (avro_value_add(v, key.c_str(), &child, nullptr, nullptr))
                return fail(avroError());
            if (!fromJson(&child, *t.items, item, path + "[" + key + "]", error))
                return false;
        }
        return true;
    }
    case Kind::Union: {
        // The first branch the value fits; integers prefer int/long over double.
        int chosen = -1;
        for (int pass = 0; pass < 2 && chosen < 0; ++pass)
            for (size_t i = 0; i < t.branches.size() && chosen < 0; ++i) {
                const AvroType &b = *t.branches[i];
                const bool exactInteger = b.kind == Kind::Int || b.kind == Kind::Long;
                if ((pass == 0) == (value.is_number_integer() ? exactInteger : true) && fits(b, value))
                    chosen = int(i);
            }
        if (chosen < 0) {
            std::string names;
            for (const AvroType *b : t.branches) {
                static const char *kindNames[] = {"null",   "boolean", "int",  "long", "float", "double", "bytes",
                                                  "string", "record",  "enum", "array", "map",  "union",  "fixed"};
                names += std::string(names.empty() ? "" : ", ") + kindNames[int(b->kind)];
            }
            return fail(jsonTypeName(value) + " fits none of the union's types (" + names + ")");
        }
        avro_value_t branch;
        if (avro_value_set_branch(v, chosen, &branch))
            return fail(avroError());
        return fromJson(&branch, *t.branches[size_t(chosen)], value, path, error);
    }
    }
    return fail("unsupported type");
}

} // namespace

AvroCodec::~AvroCodec() = default;

std::unique_ptr<AvroCodec> AvroCodec::create(const std::string &schemaJson, std::string *error)
{
    std::unique_ptr<AvroCodec> codec(new AvroCodec);
    codec->m_tree = AvroTypeTree::parse(schemaJson, error);
    if (!codec->m_tree)
        return nullptr;
    codec->d = std::make_unique<Impl>();
    Impl &d = *codec->d;
    if (avro_schema_from_json_length(schemaJson.data(), schemaJson.size(), &d.schema)) {
        if (error)
            *error = "invalid Avro schema: " + avroError();
        return nullptr;
    }
    d.iface = avro_generic_class_from_schema(d.schema);
    if (!d.iface || avro_generic_value_new(d.iface, &d.value)) {
        if (error)
            *error = "cannot use the Avro schema: " + avroError();
        return nullptr;
    }
    d.hasValue = true;
    d.reader = avro_reader_memory(nullptr, 0);
    return codec;
}

bool AvroCodec::decode(const char *data, size_t size, nlohmann::json &out, std::string *error)
{
    avro_value_reset(&d->value);
    // avro-c prefixes every nested failure to one global message it never
    // clears: without this, each bad record's error held every earlier one's.
    avro_set_error("%s", "");
    avro_reader_memory_set_source(d->reader, data, int64_t(size));
    if (avro_value_read(d->reader, &d->value)) {
        if (error)
            *error = "corrupt Avro payload (" + std::to_string(size) + " bytes): " + avroError();
        return false;
    }
    // avro_reader_is_eof() only knows files: probe for one more byte instead.
    char extra = 0;
    if (avro_read(d->reader, &extra, 1) == 0) {
        if (error)
            *error = "corrupt Avro payload: bytes left over after the record (" + std::to_string(size)
                + " bytes; written with another schema?)";
        return false;
    }
    return toJson(&d->value, m_tree->root(), out, {}, error);
}

bool AvroCodec::encode(const nlohmann::json &value, std::string &out, std::string *error)
{
    avro_value_reset(&d->value);
    if (!fromJson(&d->value, m_tree->root(), value, {}, error))
        return false;
    size_t size = 0;
    if (avro_value_sizeof(&d->value, &size)) {
        if (error)
            *error = "cannot encode Avro: " + avroError();
        return false;
    }
    const size_t offset = out.size();
    out.resize(offset + size);
    avro_writer_t writer = avro_writer_memory(out.data() + offset, int64_t(size));
    const int rc = avro_value_write(writer, &d->value);
    avro_writer_free(writer);
    if (rc) {
        out.resize(offset);
        if (error)
            *error = "cannot encode Avro: " + avroError();
        return false;
    }
    return true;
}

namespace confluentwire {

std::string header(std::int32_t schemaId)
{
    const auto id = std::uint32_t(schemaId);
    return {char(0), char(id >> 24), char((id >> 16) & 0xff), char((id >> 8) & 0xff), char(id & 0xff)};
}

bool split(const char *data, size_t size, std::int32_t *schemaId, std::string *error)
{
    if (!data || size < headerSize) {
        if (error)
            *error = "not in the Confluent Avro wire format: " + std::to_string(size)
                + " bytes, shorter than the 5-byte header (magic byte 0 and schema id)";
        return false;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    if (p[0] != 0) {
        if (error) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", p[0]);
            *error = std::string("not in the Confluent Avro wire format: magic byte is ") + hex + ", expected 0x00";
        }
        return false;
    }
    *schemaId = std::int32_t(std::uint32_t(p[1]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 8 | p[4]);
    return true;
}

} // namespace confluentwire

std::string base64Encode(std::string_view bytes)
{
    static const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const std::uint32_t n = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16
            | std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8 | static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[n >> 18];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += alphabet[n & 63];
    }
    if (i < bytes.size()) {
        std::uint32_t n = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size())
            n |= std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
        out += alphabet[n >> 18];
        out += alphabet[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> base64Decode(std::string_view text)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+' || c == '-')
            return 62;
        if (c == '/' || c == '_')
            return 63;
        return -1;
    };
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        const int v = value(c);
        if (v < 0)
            return std::nullopt;
        buffer = buffer << 6 | std::uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

} // namespace pipeline::runtime
