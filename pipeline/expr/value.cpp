#include "pipeline/expr/value.h"

#include "pipeline/expr/timestamptext.h"

#include <charconv>
#include <cmath>

namespace pipeline::expr {

namespace {

std::string doubleText(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, res.ptr);
}

} // namespace

Value Value::fromJson(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
        return Value();
    case nlohmann::json::value_t::boolean:
        return boolean(j.get<bool>());
    case nlohmann::json::value_t::number_integer:
        return integer(j.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
        const auto u = j.get<std::uint64_t>();
        // Beyond BIGINT range: keep the magnitude rather than wrap around.
        if (u > std::uint64_t(INT64_MAX))
            return number(double(u));
        return integer(std::int64_t(u));
    }
    case nlohmann::json::value_t::number_float:
        return number(j.get<double>());
    case nlohmann::json::value_t::string:
        return string(j.get<std::string>());
    default:
        return json(j);
    }
}

FieldType Value::type() const
{
    switch (m_data.index()) {
    case 0: return FieldType::Null;
    case 1: return FieldType::Boolean;
    case 2: return FieldType::Integer;
    case 3: return FieldType::Double;
    case 4: return FieldType::String;
    case 5: return FieldType::Timestamp;
    default: break;
    }
    const auto &j = asJson();
    if (j.is_array())
        return FieldType::Array;
    if (j.is_object())
        return FieldType::Object;
    return fromJson(j).type();
}

nlohmann::json Value::toJson() const
{
    switch (m_data.index()) {
    case 0: return nullptr;
    case 1: return asBoolean();
    case 2: return asInteger();
    case 3: {
        const double d = std::get<double>(m_data);
        // JSON has no NaN/Infinity; null is what every consumer can read.
        if (!std::isfinite(d))
            return nullptr;
        return d;
    }
    case 4: return asString();
    case 5: return asTimestamp(); // records carry timestamps as epoch milliseconds
    default: return asJson();
    }
}

std::string Value::toString() const
{
    switch (m_data.index()) {
    case 0: return "NULL";
    case 1: return asBoolean() ? "TRUE" : "FALSE";
    case 2: return std::to_string(asInteger());
    case 3: return doubleText(std::get<double>(m_data));
    case 4: return asString();
    case 5: return formatTimestamp(asTimestamp());
    default: return asJson().dump();
    }
}

} // namespace pipeline::expr
