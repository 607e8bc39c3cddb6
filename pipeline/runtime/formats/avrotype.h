#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// One node of a parsed Avro schema. avro-c does the binary encoding but knows
/// nothing about logical types or field defaults, so the codec and the schema
/// mapping walk this tree beside avro-c's values.
struct AvroType {
    enum class Kind { Null, Boolean, Int, Long, Float, Double, Bytes, String, Record, Enum, Array, Map, Union, Fixed };
    struct Field {
        std::string name;
        const AvroType *type = nullptr;
        bool hasDefault = false;
        nlohmann::json defaultValue;
    };

    Kind kind = Kind::Null;
    /// "timestamp-millis", "timestamp-micros", "local-timestamp-millis", "date",
    /// "time-millis", "time-micros", "decimal", "uuid" or empty.
    std::string logicalType;
    int precision = 0;
    int scale = 0;
    /// Full name of records, enums and fixed types.
    std::string name;
    std::vector<Field> fields;          // Record
    std::vector<std::string> symbols;   // Enum
    const AvroType *items = nullptr;    // Array items, Map values
    std::vector<const AvroType *> branches; // Union
    int size = 0;                       // Fixed

    bool isNullable() const;
    /// The union without its null branch when exactly one branch is left, else this.
    const AvroType *nonNull() const;
    /// Epoch-based time types whose runtime value is epoch milliseconds.
    bool isTimestamp() const;
};

/// A parsed Avro schema (JSON text as the Schema Registry stores it): named types
/// resolved, recursive types allowed. Owns every node.
class AvroTypeTree {
public:
    /// Nullptr with `error` (saying where) when the text is not an Avro schema.
    static std::unique_ptr<AvroTypeTree> parse(const std::string &schemaJson, std::string *error);
    static std::unique_ptr<AvroTypeTree> parse(const nlohmann::json &schema, std::string *error);

    const AvroType &root() const { return *m_root; }

private:
    const AvroType *build(const nlohmann::json &json, const std::string &enclosingNamespace, const std::string &where);

    std::vector<std::unique_ptr<AvroType>> m_nodes;
    std::map<std::string, const AvroType *> m_named;
    const AvroType *m_root = nullptr;
    std::string m_error;
};

} // namespace pipeline::runtime
