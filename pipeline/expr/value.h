#pragma once

#include "pipeline/core/fieldtype.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <variant>

namespace pipeline::expr {

/// A value an expression computes: SQL NULL, BOOLEAN, BIGINT, DOUBLE, STRING,
/// TIMESTAMP (epoch milliseconds), or a nested JSON value (ARRAY/STRUCT).
class Value {
public:
    struct TimestampMillis {
        std::int64_t millis = 0;
        bool operator==(const TimestampMillis &) const = default;
    };
    using Storage = std::variant<std::monostate, bool, std::int64_t, double, std::string, TimestampMillis, nlohmann::json>;

    Value() = default;
    static Value null() { return Value(); }
    static Value boolean(bool b) { return Value(Storage(b)); }
    static Value integer(std::int64_t i) { return Value(Storage(i)); }
    static Value number(double d) { return Value(Storage(d)); }
    static Value string(std::string s) { return Value(Storage(std::move(s))); }
    static Value timestamp(std::int64_t millis) { return Value(Storage(TimestampMillis{millis})); }
    static Value json(nlohmann::json j) { return Value(Storage(std::move(j))); }
    /// Maps JSON scalars to their SQL types; objects/arrays stay JSON.
    static Value fromJson(const nlohmann::json &j);

    bool isNull() const { return std::holds_alternative<std::monostate>(m_data); }
    bool isBoolean() const { return std::holds_alternative<bool>(m_data); }
    bool isInteger() const { return std::holds_alternative<std::int64_t>(m_data); }
    bool isDouble() const { return std::holds_alternative<double>(m_data); }
    bool isNumeric() const { return isInteger() || isDouble(); }
    bool isString() const { return std::holds_alternative<std::string>(m_data); }
    bool isTimestamp() const { return std::holds_alternative<TimestampMillis>(m_data); }
    bool isJson() const { return std::holds_alternative<nlohmann::json>(m_data); }

    bool asBoolean() const { return std::get<bool>(m_data); }
    std::int64_t asInteger() const { return std::get<std::int64_t>(m_data); }
    double asDouble() const { return isInteger() ? double(asInteger()) : std::get<double>(m_data); }
    const std::string &asString() const { return std::get<std::string>(m_data); }
    std::int64_t asTimestamp() const { return std::get<TimestampMillis>(m_data).millis; }
    const nlohmann::json &asJson() const { return std::get<nlohmann::json>(m_data); }

    FieldType type() const;
    nlohmann::json toJson() const;
    /// Display text: NULL, TRUE, 42, 'text' unquoted, JSON dumped.
    std::string toString() const;

    const Storage &data() const { return m_data; }
    bool operator==(const Value &) const = default;

private:
    explicit Value(Storage data) : m_data(std::move(data)) {}
    Storage m_data;
};

} // namespace pipeline::expr
