#pragma once

#include "codegen/exportoptions.h"
#include "pipeline/expr/expression.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace codegen {

/// Identifier and literal spelling per dialect: relation names from node ids,
/// back-quoting of reserved words and unusual names, string literal escaping.
class SqlIdentifiers {
public:
    /// A node id or port made into a plain identifier: [A-Za-z0-9_], not starting with a digit.
    static std::string sanitize(std::string_view text);
    static pipeline::expr::Dialect exprDialect(SqlDialect dialect);
    /// The identifier as written in SQL: back-quoted when reserved or not a plain identifier.
    static std::string quote(std::string_view name, SqlDialect dialect);
    /// A (possibly dotted) field path: ksqlDB `a->b`, Flink `a.b`, each part quoted as needed.
    static std::string fieldPath(std::string_view dottedPath, SqlDialect dialect);
    /// 'text' with single quotes doubled.
    static std::string stringLiteral(std::string_view text);
    /// Text safe inside a `--` comment (no line breaks).
    static std::string commentText(std::string_view text);
};

/// Hands out relation names that are unique within one plan.
class SqlNameRegistry {
public:
    /// sanitize(base), or with a numeric suffix when already taken.
    std::string claim(std::string_view base);
    /// Reserves a name (e.g. a column used elsewhere) without returning a variant.
    void reserve(const std::string &name) { m_taken.insert(lower(name)); }

private:
    static std::string lower(std::string_view text);
    std::set<std::string> m_taken;
};

} // namespace codegen
