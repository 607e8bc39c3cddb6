#include "pipeline/expr/sqlkeywords.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <string>

namespace pipeline::expr {

namespace {

// Words each engine will not accept as a bare column name. ksqlDB's list comes
// from its grammar's non-reserved exceptions.
constexpr std::array<std::string_view, 19> canonicalReserved{
    "AND", "OR", "NOT", "IS", "NULL", "IN", "BETWEEN", "LIKE", "CASE", "WHEN",
    "THEN", "ELSE", "END", "CAST", "AS", "TRUE", "FALSE", "FROM", "FOR"};

constexpr std::array<std::string_view, 67> ksqlReserved{
    "ADVANCE", "ALL",     "AND",      "ARRAY",   "AS",        "ASC",       "AT",        "BEGINNING", "BETWEEN",
    "BY",      "CASE",    "CAST",     "CREATE",  "DATE",      "DESC",      "DROP",      "ELSE",      "EMIT",
    "END",     "EXISTS",  "FALSE",    "FOR",     "FROM",      "FULL",      "GRACE",     "GROUP",     "HAVING",
    "HOPPING", "IF",      "IN",       "INNER",   "INSERT",    "INTERVAL",  "INTO",      "IS",        "JOIN",
    "KEY",     "LEFT",    "LIKE",     "LIMIT",   "MAP",       "NOT",       "NULL",      "ON",        "OR",
    "OUTER",   "PARTITION", "RETENTION", "RIGHT", "SELECT",   "SESSION",   "SIZE",      "STREAM",    "STRUCT",
    "TABLE",   "THEN",    "TIME",     "TIMESTAMP", "TRUE",    "TUMBLING",  "VALUE",     "VALUES",    "WHEN",      "WHERE",
    "WINDOW",  "WITH",    "WITHIN"};

// Keywords of Flink's SQL grammar (as dt-sql-parser's FlinkSQL grammar knows them)
// that cannot stand as a bare table or column name, sorted for binary search.
// Back-quoting in Flink keeps the case, so quoting eagerly is harmless.
constexpr std::string_view flinkKeywords[] = {
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

template <size_t N>
bool containsIgnoreCase(const std::array<std::string_view, N> &words, std::string_view name)
{
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return w.size() == name.size()
            && std::equal(w.begin(), w.end(), name.begin(), [](char a, char b) {
                   return std::toupper(static_cast<unsigned char>(a)) == std::toupper(static_cast<unsigned char>(b));
               });
    });
}

} // namespace

bool isReservedWord(std::string_view name, Dialect dialect)
{
    switch (dialect) {
    case Dialect::Canonical: return containsIgnoreCase(canonicalReserved, name);
    case Dialect::Ksql: return containsIgnoreCase(ksqlReserved, name);
    case Dialect::Flink: {
        std::string upper(name);
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
        return std::binary_search(std::begin(flinkKeywords), std::end(flinkKeywords), std::string_view(upper));
    }
    }
    return false;
}

} // namespace pipeline::expr
