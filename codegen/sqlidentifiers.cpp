#include "codegen/sqlidentifiers.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace codegen {


std::string SqlIdentifiers::sanitize(std::string_view text)
{
    std::string result;
    result.reserve(text.size() + 2);
    for (unsigned char c : text)
        result += (std::isalnum(c) && c < 0x80) ? char(c) : '_';
    if (result.empty() || std::isdigit(static_cast<unsigned char>(result.front())))
        result.insert(0, "n_");
    return result;
}

pipeline::expr::Dialect SqlIdentifiers::exprDialect(SqlDialect dialect)
{
    return dialect == SqlDialect::Ksql ? pipeline::expr::Dialect::Ksql : pipeline::expr::Dialect::Flink;
}

std::string SqlIdentifiers::quote(std::string_view name, SqlDialect dialect)
{
    // The expression printer's rule, so a column is spelled the same in its
    // declaration and in every expression that references it (ksqlDB upper-cases
    // bare names, so there both must agree exactly).
    return pipeline::expr::quoteIdentifier(name, exprDialect(dialect));
}

std::string SqlIdentifiers::fieldPath(std::string_view dottedPath, SqlDialect dialect)
{
    std::string result;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = dottedPath.find('.', start);
        const std::string_view part = dottedPath.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (start > 0)
            result += dialect == SqlDialect::Ksql ? "->" : ".";
        result += quote(part, dialect);
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return result;
}

std::string SqlIdentifiers::stringLiteral(std::string_view text)
{
    std::string result = "'";
    for (char c : text) {
        if (c == '\'')
            result += '\'';
        result += c;
    }
    return result + '\'';
}

std::string SqlIdentifiers::commentText(std::string_view text)
{
    std::string result(text);
    std::replace(result.begin(), result.end(), '\n', ' ');
    std::replace(result.begin(), result.end(), '\r', ' ');
    return result;
}

std::string SqlNameRegistry::lower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return result;
}

std::string SqlNameRegistry::claim(std::string_view base)
{
    // Case-insensitive: ksqlDB upper-cases unquoted names, so `a` and `A` collide.
    const std::string clean = SqlIdentifiers::sanitize(base);
    std::string candidate = clean;
    for (int n = 2; m_taken.count(lower(candidate)); ++n)
        candidate = clean + "_" + std::to_string(n);
    m_taken.insert(lower(candidate));
    return candidate;
}

} // namespace codegen
