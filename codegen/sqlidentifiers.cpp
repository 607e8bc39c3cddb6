#include "codegen/sqlidentifiers.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace codegen {

namespace {

// Keywords of Flink's SQL grammar (as dt-sql-parser's FlinkSQL grammar knows them)
// that cannot stand as a bare table or column name, sorted for binary search.
// Back-quoting in Flink keeps the case, so quoting a declaration more eagerly
// than the expression printer quotes references is harmless there.
constexpr std::string_view kFlinkKeywords[] = {
    "ABS", "ALL", "ALLOCATE", "ALLOW", "ALTER", "ANALYZE", "AND", "ANY", "ARE", "ARRAY", "ARRAY_AGG",
    "ARRAY_CONCAT_AGG", "ARRAY_MAX_CARDINALITY", "AS", "ASENSITIVE", "ASYMMETRIC", "AT", "ATOMIC",
    "AUTHORIZATION", "AVG", "BEGIN", "BEGIN_FRAME", "BEGIN_PARTITION", "BETWEEN", "BIGINT", "BINARY", "BIT",
    "BLOB", "BOOLEAN", "BOTH", "BY", "BYTES", "CALL", "CALLED", "CARDINALITY", "CASCADED", "CASE", "CAST",
    "CATALOGS", "CEIL", "CEILING", "CHANGELOG_MODE", "CHAR", "CHARACTER", "CHARACTER_LENGTH", "CHAR_LENGTH",
    "CHECK", "CLASSIFIER", "CLOB", "CLOSE", "COALESCE", "COLLATE", "COLLECT", "COLUMN", "COLUMNS", "COMMENT",
    "COMMIT", "COMPUTE", "CONDITION", "CONNECT", "CONSTRAINT", "CONTAINS", "CONVERT", "CORR",
    "CORRESPONDING", "COUNT", "COVAR_POP", "COVAR_SAMP", "CREATE", "CROSS", "CUBE", "CUME_DIST", "CURRENT",
    "CURRENT_CATALOG", "CURRENT_DATE", "CURRENT_DEFAULT_TRANSFORM_GROUP", "CURRENT_PATH", "CURRENT_ROLE",
    "CURRENT_ROW", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_TRANSFORM_GROUP_FOR_TYPE",
    "CURRENT_USER", "CURSOR", "CYCLE", "DATABASES", "DATE", "DATETIME", "DATETIME_DIFF", "DATETIME_TRUNC",
    "DATE_DIFF", "DATE_TRUNC", "DAY", "DAYOFWEEK", "DAYOFYEAR", "DEALLOCATE", "DEC", "DECIMAL", "DECLARE",
    "DEFAULT", "DEFINE", "DELETE", "DENSE_RANK", "DEREF", "DESCRIBE", "DETERMINISTIC", "DISALLOW",
    "DISCONNECT", "DISTINCT", "DOT", "DOUBLE", "DROP", "DYNAMIC", "EACH", "ELEMENT", "ELSE", "EMPTY", "END",
    "END_FRAME", "END_PARTITION", "ENFORCED", "EQUALS", "ESCAPE", "ESTIMATED_COST", "EVERY", "EXCEPT",
    "EXEC", "EXECUTE", "EXISTS", "EXP", "EXPLAIN", "EXTEND", "EXTENDED", "EXTERNAL", "EXTRACT", "FALSE",
    "FETCH", "FILTER", "FIRST_VALUE", "FLOAT", "FLOOR", "FOLLOWING", "FOR", "FOREIGN", "FRAME_ROW", "FREE",
    "FRIDAY", "FROM", "FULL", "FUNCTION", "FUNCTIONS", "FUSION", "GET", "GLOBAL", "GRANT", "GROUP",
    "GROUPING", "GROUPS", "GROUP_CONCAT", "HAVING", "HOLD", "HOUR", "IDENTITY", "IF", "ILIKE", "IMPORT",
    "IN", "INCLUDE", "INDICATOR", "INITIAL", "INNER", "INOUT", "INSENSITIVE", "INSERT", "INT", "INTEGER",
    "INTERSECT", "INTERSECTION", "INTERVAL", "INTO", "IS", "JOIN", "JSON", "JSON_ARRAY", "JSON_ARRAYAGG",
    "JSON_EXECUTION_PLAN", "JSON_EXISTS", "JSON_OBJECT", "JSON_OBJECTAGG", "JSON_QUERY", "JSON_VALUE", "LAG",
    "LANGUAGE", "LARGE", "LAST_VALUE", "LATERAL", "LEAD", "LEADING", "LEFT", "LIKE", "LIKE_REGEX", "LIMIT",
    "LN", "LOCAL", "LOCALTIME", "LOCALTIMESTAMP", "LOWER", "MATCH", "MATCHES", "MATCH_NUMBER",
    "MATCH_RECOGNIZE", "MAX", "MEASURES", "MEMBER", "MERGE", "METADATA", "METHOD", "MIN", "MINUS", "MINUTE",
    "MOD", "MODIFIES", "MODIFY", "MODULE", "MODULES", "MONDAY", "MONTH", "MORE", "MULTISET", "NATIONAL",
    "NATURAL", "NCHAR", "NCLOB", "NEW", "NEXT", "NO", "NONE", "NORMALIZE", "NOT", "NTH_VALUE", "NTILE",
    "NULL", "NULLIF", "NUMERIC", "OCCURRENCES_REGEX", "OCTET_LENGTH", "OF", "OFFSET", "OLD", "OMIT", "ON",
    "ONE", "ONLY", "OPEN", "OR", "ORDER", "ORDINAL", "OUT", "OUTER", "OVER", "OVERLAPS", "OVERLAY",
    "OVERWRITE", "OVERWRITING", "PARAMETER", "PARTITION", "PARTITIONED", "PARTITIONS", "PATTERN", "PER",
    "PERCENT", "PERCENTILE_CONT", "PERCENTILE_DISC", "PERCENT_RANK", "PERIOD", "PERMUTE", "PIVOT", "PORTION",
    "POSITION", "POSITION_REGEX", "POWER", "PRECEDES", "PRECISION", "PREPARE", "PREV", "PRIMARY",
    "PROCEDURE", "QUALIFY", "QUARTERS", "RANGE", "RANK", "RAW", "READS", "REAL", "RECURSIVE", "REF",
    "REFERENCES", "REFERENCING", "REGR_AVGX", "REGR_AVGY", "REGR_COUNT", "REGR_INTERCEPT", "REGR_R2",
    "REGR_SLOPE", "REGR_SXX", "REGR_SXY", "REGR_SYY", "RELEASE", "RENAME", "RESET", "RESULT", "RETURN",
    "RETURNS", "REVOKE", "RIGHT", "RLIKE", "ROLLBACK", "ROLLUP", "ROW", "ROWS", "ROW_NUMBER", "RUNNING",
    "SAFE_CAST", "SAFE_OFFSET", "SAFE_ORDINAL", "SATURDAY", "SAVEPOINT", "SCALA", "SCOPE", "SCROLL",
    "SEARCH", "SECOND", "SEEK", "SELECT", "SENSITIVE", "SEPARATOR", "SESSION_USER", "SET", "SHOW", "SIMILAR",
    "SKIP", "SMALLINT", "SOME", "SPECIFIC", "SPECIFICTYPE", "SQL", "SQLEXCEPTION", "SQLSTATE", "SQLWARNING",
    "SQRT", "START", "STATEMENT", "STATIC", "STATISTICS", "STDDEV_POP", "STDDEV_SAMP", "STREAM", "STRING",
    "STRING_AGG", "SUBMULTISET", "SUBSET", "SUBSTRING", "SUBSTRING_REGEX", "SUCCEEDS", "SUM", "SUNDAY",
    "SYMMETRIC", "SYSTEM", "SYSTEM_TIME", "SYSTEM_USER", "TABLE", "TABLES", "TABLESAMPLE", "THEN",
    "THURSDAY", "TIME", "TIMESTAMP", "TIMESTAMP_DIFF", "TIMESTAMP_LTZ", "TIMESTAMP_TRUNC", "TIMEZONE_HOUR",
    "TIMEZONE_MINUTE", "TIME_DIFF", "TIME_TRUNC", "TINYINT", "TO", "TRAILING", "TRANSLATE",
    "TRANSLATE_REGEX", "TRANSLATION", "TREAT", "TRIGGER", "TRIM", "TRIM_ARRAY", "TRUE", "TRUNCATE",
    "TRY_CAST", "TUESDAY", "UESCAPE", "UNBOUNDED", "UNION", "UNIQUE", "UNKNOWN", "UNNEST", "UNPIVOT",
    "UPDATE", "UPPER", "UPSERT", "USE", "USER", "USING", "VALUE", "VALUES", "VALUE_OF", "VARBINARY",
    "VARCHAR", "VARYING", "VAR_POP", "VAR_SAMP", "VERSIONING", "VIEWS", "VIRTUAL", "WATERMARK", "WATERMARKS",
    "WEDNESDAY", "WEEKS", "WHEN", "WHENEVER", "WHERE", "WIDTH_BUCKET", "WINDOW", "WITH", "WITHIN", "WITHOUT",
    "YEAR"};

bool isFlinkKeyword(std::string_view word)
{
    std::string upper(word);
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return std::binary_search(std::begin(kFlinkKeywords), std::end(kFlinkKeywords), std::string_view(upper));
}

} // namespace

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
    std::string quoted = pipeline::expr::quoteIdentifier(name, exprDialect(dialect));
    if (dialect == SqlDialect::Flink && quoted == name && isFlinkKeyword(name))
        quoted = "`" + quoted + "`";
    return quoted;
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
