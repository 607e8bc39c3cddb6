// The runtime evaluator against a real PostgreSQL server, value by value: every
// operator and every function of the table (pipeline/expr/functions.cpp) is
// evaluated over generated rows full of NULLs, zeros, negatives, empty and
// non-ASCII strings and boundary timestamps, and compared with PostgreSQL
// evaluating the reference spelling. Pipewright's reference semantics are
// Flink's; where PostgreSQL differs, the case's PostgreSQL spelling compensates
// and its `note` says how. A function without a case fails the suite.
#include "postgresserver.h"

#include "pipeline/expr/ast.h"
#include "pipeline/expr/expression.h"
#include "pipeline/expr/functions.h"

#include <libpq-fe.h>

#include <QtTest>

#include <cmath>
#include <map>
#include <optional>
#include <set>

using namespace pipeline;
using namespace pipeline::expr;
using nlohmann::json;

namespace {

struct Case {
    std::string expression; // Pipewright
    std::string postgres;   // the reference spelling over table r (X = ts as a UTC timestamp)
    std::string note;       // how PostgreSQL's semantics were aligned, when they differ
    double tolerance = 1e-12;
};

// X: the epoch-millisecond column ts as a PostgreSQL timestamp (UTC wall clock).
const std::string X = "(timestamp 'epoch' + ts * interval '1 millisecond')";

std::vector<Case> cases()
{
    return {
        // ---- operators
        {"i + k", "i + k"},
        {"i - k * 2", "i - k * 2"},
        {"i / k", "i / k", "both truncate toward zero; both fail on zero"},
        {"i % k", "i % k"},
        {"d * 2 + i", "d * 2 + i"},
        {"d / k", "d / k"},
        {"d % 2", "(d::numeric % 2)::float8", "PostgreSQL has no % on float8", 1e-9},
        {"-i", "-i"},
        {"i > k", "i > k"},
        {"s < t", "s < t", "byte order: the server runs with the C collation"},
        {"s = t", "s = t"},
        {"i >= 0 AND d < 0", "i >= 0 AND d < 0"},
        {"s IS NULL OR i = 1", "s IS NULL OR i = 1"},
        {"NOT (i > k)", "NOT (i > k)"},
        {"i IN (0, 1, NULL)", "i IN (0, 1, NULL)"},
        {"s NOT IN ('a', '')", "s NOT IN ('a', '')"},
        {"i BETWEEN -1 AND k", "i BETWEEN -1 AND k"},
        {"s LIKE 'a%'", "s LIKE 'a%'"},
        {"s LIKE '%l_o%'", "s LIKE '%l_o%'"},
        {"s NOT LIKE '_'", "s NOT LIKE '_'"},
        {"s IS NOT NULL", "s IS NOT NULL"},
        {"CASE WHEN i > 0 THEN 'pos' WHEN i < 0 THEN 'neg' END", "CASE WHEN i > 0 THEN 'pos' WHEN i < 0 THEN 'neg' END"},
        {"CASE k WHEN 1 THEN 'one' ELSE 'other' END", "CASE k WHEN 1 THEN 'one' ELSE 'other' END"},
        {"CAST(i AS STRING)", "i::text"},
        {"CAST(d AS BIGINT)", "trunc(d)::bigint", "Flink truncates a DOUBLE cast to BIGINT; PostgreSQL rounds"},
        {"CAST(k AS DOUBLE) / 4", "k::float8 / 4"},
        // ---- strings
        {"UPPER(s)", "upper(s)"},
        {"LOWER(s)", "lower(s)"},
        {"TRIM(s)", "trim(s)"},
        {"CONCAT(s, '|', t)", "s || '|' || t", "PostgreSQL's concat() skips NULLs; || keeps them, like Flink"},
        {"CONCAT_WS('-', s, t)", "concat_ws('-', s, t)"},
        {"SUBSTRING(s, k, 2)", "substring(s from k::int for 2)"},
        {"SUBSTRING(s, k)", "substring(s from k::int)"},
        {"LEFT(s, k)", "CASE WHEN k < 0 AND s IS NOT NULL THEN '' ELSE left(s, k::int) END", "Flink: '' for a negative length"},
        {"RIGHT(s, k)", "CASE WHEN k < 0 AND s IS NOT NULL THEN '' ELSE right(s, k::int) END", "Flink: '' for a negative length"},
        {"CHAR_LENGTH(s)", "char_length(s)"},
        {"REPLACE(s, t, 'X')", "replace(s, t, 'X')"},
        {"REGEXP_REPLACE(s, '[aeiou]', '*')", "regexp_replace(s, '[aeiou]', '*', 'g')", "Flink replaces every match: 'g'"},
        {"REGEXP_REPLACE(s, '([a-z]+)-([0-9]+)', '$2:$1')", "regexp_replace(s, '([a-z]+)-([0-9]+)', '\\2:\\1', 'g')",
         "group references are $n in Flink, \\n in PostgreSQL"},
        {"REGEXP_EXTRACT(s, '([a-z]+)-([0-9]+)', 2)", "(regexp_match(s, '([a-z]+)-([0-9]+)'))[2]"},
        {"REGEXP_EXTRACT(s, 'l+')", "substring(s from 'l+')"},
        {"LPAD(s, k, t)", "CASE WHEN k < 0 OR t = '' THEN NULL ELSE lpad(s, k::int, t) END",
         "Flink: NULL for a negative length or an empty pad"},
        {"RPAD(s, k + 3, '.')", "CASE WHEN k + 3 < 0 THEN NULL ELSE rpad(s, (k + 3)::int, '.') END",
         "Flink: NULL for a negative length"},
        {"INITCAP(s)", "initcap(s)", "ASCII letters only, as PostgreSQL with the C locale"},
        {"POSITION(t IN s)", "position(t in s)"},
        {"INSTR(s, 'l')", "strpos(s, 'l')"},
        {"SPLIT_INDEX(s, ',', k)", "(string_to_array(s, ','))[k + 1]"},
        {"SPLIT_INDEX(s, t, 0)", "CASE WHEN t IS NOT NULL THEN (string_to_array(s, t))[1] END",
         "string_to_array splits into characters for a NULL delimiter"},
        // ---- numbers
        {"ABS(i)", "abs(i)"},
        {"ROUND(d)", "round(d::numeric)::float8", "round(float8) rounds half to even; Flink and numeric away from zero"},
        {"ROUND(d, 1)", "round(d::numeric, 1)::float8", "", 1e-9},
        {"FLOOR(d)", "floor(d)"},
        {"CEIL(d)", "ceil(d)"},
        {"MOD(i, k)", "mod(i, k)"},
        {"MOD(d, 3)", "mod(d::numeric, 3)::float8", "", 1e-9},
        {"POWER(d, 2)", "power(d, 2)"},
        {"POWER(d, 0.5)", "power(d, 0.5)"},
        {"SQRT(d)", "sqrt(d)"},
        {"LN(d)", "ln(d)"},
        {"LOG10(d)", "log(d)"},
        {"EXP(k)", "exp(k)"},
        {"SIGN(i)", "sign(i)"},
        {"SIGN(d)", "sign(d)"},
        {"GREATEST(i, k)", "CASE WHEN i IS NULL OR k IS NULL THEN NULL ELSE greatest(i, k) END",
         "PostgreSQL's GREATEST skips NULLs; Flink's returns NULL"},
        {"LEAST(s, t)", "CASE WHEN s IS NULL OR t IS NULL THEN NULL ELSE least(s, t) END",
         "PostgreSQL's LEAST skips NULLs; Flink's returns NULL"},
        {"GREATEST(d, i, 0)", "CASE WHEN d IS NULL OR i IS NULL THEN NULL ELSE greatest(d, i, 0) END"},
        {"TRUNCATE(d, 1)", "trunc(d::numeric, 1)::float8", "", 1e-9},
        {"TRUNCATE(d)", "trunc(d)"},
        {"TRUNCATE(i, -1)", "trunc(i::numeric, -1)::bigint"},
        // ---- conditional
        {"COALESCE(s, t, 'none')", "coalesce(s, t, 'none')"},
        {"NULLIF(s, t)", "nullif(s, t)"},
        {"IF(i > k, s, t)", "CASE WHEN i > k THEN s ELSE t END"},
        {"IFNULL(s, t)", "coalesce(s, t)"},
        // ---- time
        {"CURRENT_TIMESTAMP > CAST('2024-01-01' AS TIMESTAMP)", "now() > timestamptz '2024-01-01 00:00:00+00'"},
        {"EXTRACT(YEAR FROM ts)", "extract(year from " + X + ")::bigint"},
        {"EXTRACT(MONTH FROM ts)", "extract(month from " + X + ")::bigint"},
        {"EXTRACT(DAY FROM ts)", "extract(day from " + X + ")::bigint"},
        {"EXTRACT(HOUR FROM ts)", "extract(hour from " + X + ")::bigint"},
        {"EXTRACT(MINUTE FROM ts)", "extract(minute from " + X + ")::bigint"},
        {"EXTRACT(SECOND FROM ts)", "floor(extract(second from " + X + "))::bigint",
         "PostgreSQL's SECOND has a fraction; Flink's is whole"},
        {"EXTRACT(MILLISECOND FROM ts)", "extract(milliseconds from " + X + ")::bigint % 1000",
         "PostgreSQL's milliseconds include the seconds"},
        {"DATE_TRUNC('hour', ts)", "(extract(epoch from date_trunc('hour', " + X + ")) * 1000)::bigint"},
        {"DATE_TRUNC('day', ts)", "(extract(epoch from date_trunc('day', " + X + ")) * 1000)::bigint"},
        {"DATE_TRUNC('minute', ts)", "(extract(epoch from date_trunc('minute', " + X + ")) * 1000)::bigint"},
        {"DATE_TRUNC('second', ts)", "(extract(epoch from date_trunc('second', " + X + ")) * 1000)::bigint"},
        {"ts + INTERVAL '1' HOUR", "ts + 3600000"},
        {"FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd HH:mm:ss.SSS')", "to_char(" + X + ", 'YYYY-MM-DD HH24:MI:SS.MS')"},
        {"FORMAT_TIMESTAMP(ts, 'dd/MM/yyyy ''h''HH')", "to_char(" + X + ", 'DD/MM/YYYY \"h\"HH24')"},
        {"PARSE_TIMESTAMP(FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')",
         "(extract(epoch from to_timestamp(to_char(" + X + ", 'YYYY-MM-DD HH24:MI:SS'), 'YYYY-MM-DD HH24:MI:SS')) * 1000)::bigint",
         "text from the rows' timestamps: PostgreSQL's to_timestamp accepts text Flink rejects"},
        {"EPOCH_MILLIS(ts) - 1", "ts - 1"},
        {"EPOCH_SECONDS(ts)", "floor(ts / 1000.0)::bigint"},
        {"FORMAT_TIMESTAMP(FROM_EPOCH_MILLIS(i), 'yyyy-MM-dd HH:mm:ss.SSS')",
         "to_char(timestamp 'epoch' + i * interval '1 millisecond', 'YYYY-MM-DD HH24:MI:SS.MS')"},
        {"FORMAT_TIMESTAMP(FROM_EPOCH_SECONDS(i), 'yyyy-MM-dd HH:mm:ss')",
         "to_char(to_timestamp(i), 'YYYY-MM-DD HH24:MI:SS')"},
        // ---- JSON text
        {"JSON_VALUE(j, '$.a.b')",
         "CASE WHEN jsonb_typeof(try_jsonb(j) #> '{a,b}') IN ('object', 'array', 'null') THEN NULL "
         "ELSE try_jsonb(j) #>> '{a,b}' END",
         "SQL JSON_VALUE (Flink): NULL for non-scalars and for text that is not JSON"},
        {"JSON_VALUE(j, '$.a[1]')",
         "CASE WHEN jsonb_typeof(try_jsonb(j) #> '{a,1}') IN ('object', 'array', 'null') THEN NULL "
         "ELSE try_jsonb(j) #>> '{a,1}' END"},
        {"JSON_VALUE(j, '$.n')",
         "CASE WHEN jsonb_typeof(try_jsonb(j) #> '{n}') IN ('object', 'array', 'null') THEN NULL "
         "ELSE try_jsonb(j) #>> '{n}' END"},
        // ---- hashing
        {"SHA256(s)", "encode(sha256(convert_to(s, 'UTF8')), 'hex')"},
        {"MD5(s)", "md5(s)"},
        // ---- arrays
        {"arr[k]", "CASE WHEN k >= 1 THEN arr ->> (k - 1)::int END"},
        {"ELEMENT_AT(arr, 1) + 1", "(arr ->> 0)::bigint + 1"},
        {"CARDINALITY(arr)", "jsonb_array_length(arr)"},
    };
}

void collectFunctions(const AstNode &node, std::set<Function> &out)
{
    if (node.kind == NodeKind::FunctionCall)
        out.insert(node.function);
    for (const auto &child : node.children)
        collectFunctions(*child, out);
}

// ---- generated rows
const std::vector<std::optional<std::int64_t>> I{std::nullopt, 0, 1, -1, 2, -3, 7, -12, 100, 1000, -1000, 123456789};
const std::vector<std::optional<std::int64_t>> K{std::nullopt, 0, 1, 2, 3, -1, -2, 5};
const std::vector<std::optional<double>> D{std::nullopt, 0.0, 1.5, -2.5, 0.1, 3.14159, -1e10, 1e-5, 2.5, 100.25, -0.5};
const std::vector<std::optional<std::string>> S{std::nullopt, "", "a", "Hello World", "grüße", "日本語テキスト",
                                                " padded ", "a,b,,c", "x-42-y", "ALL CAPS", "it's", "hello-7 world"};
const std::vector<std::optional<std::string>> T{std::nullopt, "", "a", "o", ",", "l", "-", "ü"};
const std::vector<std::optional<std::int64_t>> TS{std::nullopt,     0,
                                                  -1,               1,
                                                  1714566645123,    253402300799999,
                                                  -62135596800000,  951782400000,
                                                  86399999,         -86400000,
                                                  1709251199999};
const std::vector<std::optional<std::string>> J{std::nullopt,
                                                R"({"a": {"b": "x"}, "n": 5})",
                                                R"({"a": [1, 2, {"c": true}], "n": -1.5})",
                                                "not json",
                                                "",
                                                R"({"a": null})",
                                                R"([1, 2])",
                                                R"({"a": {"b": "ü", "c": 1}, "n": true})",
                                                R"({"a": {"b": {"deep": 1}}})"};
const std::vector<std::optional<std::string>> ARR{std::nullopt, "[]", "[1]", "[10, 20, 30]", "[-1, 0]"};

constexpr int Rows = 400;

template<typename T>
const std::optional<T> &pick(const std::vector<std::optional<T>> &values, int row, int stride)
{
    return values[std::size_t((row * stride + row / values.size()) % values.size())];
}

std::string sqlText(const std::optional<std::string> &v)
{
    if (!v)
        return "NULL";
    std::string out = "'";
    for (char c : *v) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

template<typename T>
std::string sqlNumber(const std::optional<T> &v)
{
    if (!v)
        return "NULL";
    if constexpr (std::is_same_v<T, double>) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", *v);
        return std::string(buf) + "::float8";
    } else {
        return std::to_string(*v);
    }
}

struct Row {
    json record;
    std::string values; // SQL VALUES tuple
};

std::vector<Row> generatedRows()
{
    std::vector<Row> rows;
    for (int r = 0; r < Rows; ++r) {
        const auto &i = pick(I, r, 1);
        const auto &k = pick(K, r, 3);
        const auto &d = pick(D, r, 5);
        const auto &s = pick(S, r, 7);
        const auto &t = pick(T, r, 11);
        const auto &ts = pick(TS, r, 13);
        const auto &j = pick(J, r, 17);
        const auto &arr = pick(ARR, r, 19);
        Row row;
        auto put = [&](const char *name, auto value, auto convert) {
            row.record[name] = value ? convert(*value) : json(nullptr);
        };
        auto same = [](auto v) { return json(v); };
        put("i", i, same);
        put("k", k, same);
        put("d", d, same);
        put("s", s, same);
        put("t", t, same);
        put("ts", ts, same);
        put("j", j, same);
        put("arr", arr, [](const std::string &text) { return json::parse(text); });
        row.values = "(" + std::to_string(r) + ", " + sqlNumber(i) + ", " + sqlNumber(k) + ", " + sqlNumber(d) + ", "
                     + sqlText(s) + ", " + sqlText(t) + ", " + sqlNumber(ts) + ", " + sqlText(j) + ", "
                     + (arr ? sqlText(arr) + "::jsonb" : "NULL") + ")";
        rows.push_back(std::move(row));
    }
    return rows;
}

Schema rowSchema()
{
    Schema schema;
    for (auto [name, type] : {std::pair{"i", FieldType::Integer}, {"k", FieldType::Integer}, {"d", FieldType::Double},
                              {"s", FieldType::String}, {"t", FieldType::String}, {"ts", FieldType::Timestamp},
                              {"j", FieldType::String}, {"arr", FieldType::Array}}) {
        Field f;
        f.name = name;
        f.type = type;
        if (type == FieldType::Array)
            f.elementType = FieldType::Integer;
        schema.fields.push_back(f);
    }
    return schema;
}

/// One libpq connection for the whole run; the rows' query results as text ("NULL" for NULL).
class Connection {
public:
    explicit Connection(const std::string &conninfo) : m_conn(PQconnectdb(conninfo.c_str())) {}
    ~Connection() { PQfinish(m_conn); }
    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }

    bool exec(const std::string &sql, std::vector<std::string> *column = nullptr, std::string *error = nullptr)
    {
        PGresult *result = PQexec(m_conn, sql.c_str());
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
        if (ok && column)
            for (int r = 0; r < PQntuples(result); ++r)
                column->push_back(PQgetisnull(result, r, 0) ? "NULL" : PQgetvalue(result, r, 0));
        if (!ok && error)
            *error = PQerrorMessage(m_conn);
        PQclear(result);
        return ok;
    }

private:
    PGconn *m_conn;
};

/// The runtime's value as PostgreSQL prints it (numbers compared numerically later).
std::string runtimeText(const Value &v)
{
    if (v.isNull())
        return "NULL";
    if (v.isBoolean())
        return v.asBoolean() ? "t" : "f";
    if (v.isInteger())
        return std::to_string(v.asInteger());
    if (v.isTimestamp())
        return std::to_string(v.asTimestamp());
    if (v.isDouble()) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", v.asDouble());
        return buf;
    }
    if (v.isString())
        return v.asString();
    return v.toJson().dump();
}

bool sameValue(const std::string &runtime, const std::string &postgres, double tolerance)
{
    if (runtime == postgres)
        return true;
    char *endA = nullptr, *endB = nullptr;
    const double a = std::strtod(runtime.c_str(), &endA);
    const double b = std::strtod(postgres.c_str(), &endB);
    if (runtime.empty() || postgres.empty() || *endA || *endB)
        return false;
    return std::fabs(a - b) <= tolerance * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace

class tst_ExprDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFunctionHasACase();
    void compare_data();
    void compare();
    void cleanupTestCase();

private:
    std::unique_ptr<testsupport::PostgresServer> m_pg;
    std::unique_ptr<Connection> m_conn;
    std::vector<Row> m_rows;
    int m_values = 0;
};

void tst_ExprDifferential::initTestCase()
{
    std::string error;
    m_pg = testsupport::PostgresServer::start(&error);
    QVERIFY2(m_pg, error.c_str());
    m_conn = std::make_unique<Connection>(m_pg->conninfo());
    QVERIFY(m_conn->ok());
    QVERIFY(m_conn->exec("SET TIME ZONE 'UTC'"));
    // PostgreSQL 15 has no pg_input_is_valid: text that is not JSON becomes NULL here.
    QVERIFY(m_conn->exec("CREATE FUNCTION try_jsonb(t text) RETURNS jsonb AS $$ BEGIN RETURN t::jsonb; "
                         "EXCEPTION WHEN others THEN RETURN NULL; END $$ LANGUAGE plpgsql IMMUTABLE"));
    QVERIFY(m_conn->exec("CREATE TABLE r (id bigint, i bigint, k bigint, d float8, s text, t text, ts bigint, "
                         "j text, arr jsonb)"));
    m_rows = generatedRows();
    std::string insert = "INSERT INTO r VALUES ";
    for (std::size_t n = 0; n < m_rows.size(); ++n)
        insert += (n ? ", " : "") + m_rows[n].values;
    QVERIFY2(m_conn->exec(insert, nullptr, &error), error.c_str());
}

// The table is the list of functions: one without a differential case fails here.
void tst_ExprDifferential::everyFunctionHasACase()
{
    std::set<Function> covered;
    for (const auto &c : cases()) {
        auto parsed = parse(c.expression);
        QVERIFY2(parsed.ok(), c.expression.c_str());
        collectFunctions(parsed.expression->root(), covered);
    }
    std::string missing;
    for (const auto &spec : functionTable())
        if (!covered.count(spec.function))
            missing += (missing.empty() ? "" : ", ") + std::string(spec.name);
    QVERIFY2(missing.empty(), ("functions without a differential case: " + missing).c_str());
}

void tst_ExprDifferential::compare_data()
{
    QTest::addColumn<int>("index");
    const auto all = cases();
    for (std::size_t n = 0; n < all.size(); ++n)
        QTest::newRow(all[n].expression.c_str()) << int(n);
}

void tst_ExprDifferential::compare()
{
    QFETCH(int, index);
    const Case c = cases()[std::size_t(index)];
    auto parsed = parse(c.expression);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error->message.c_str());
    const auto typed = typeCheck(*parsed.expression, rowSchema());
    QVERIFY2(typed.ok(), typed.ok() ? "" : typed.errors.front().message.c_str());

    // The whole column at once; when PostgreSQL raises an error, row by row so
    // the rows that fail are compared with the runtime's errors.
    std::vector<std::string> expected;
    std::string error;
    if (!m_conn->exec("SELECT " + c.postgres + " FROM r ORDER BY id", &expected, &error)) {
        expected.clear();
        for (std::size_t n = 0; n < m_rows.size(); ++n) {
            std::vector<std::string> one;
            if (m_conn->exec("SELECT " + c.postgres + " FROM r WHERE id = " + std::to_string(n), &one))
                expected.push_back(one.at(0));
            else
                expected.push_back("ERROR");
        }
    }
    QCOMPARE(expected.size(), m_rows.size());
    int mismatches = 0;
    std::string report;
    for (std::size_t n = 0; n < m_rows.size(); ++n) {
        std::string actual;
        try {
            actual = runtimeText(evaluate(*parsed.expression, m_rows[n].record));
        } catch (const EvaluationError &e) {
            actual = "ERROR";
        }
        ++m_values;
        if (!sameValue(actual, expected[n], c.tolerance)) {
            if (++mismatches <= 5)
                report += "\n  row " + m_rows[n].record.dump() + ": runtime " + actual + ", PostgreSQL " + expected[n];
        }
    }
    QVERIFY2(mismatches == 0, (std::to_string(mismatches) + " of " + std::to_string(m_rows.size())
                               + " rows differ for " + c.expression + " vs " + c.postgres
                               + (c.note.empty() ? "" : " (" + c.note + ")") + report)
                                  .c_str());
}

void tst_ExprDifferential::cleanupTestCase()
{
    qInfo("compared %d values of %zu expressions with PostgreSQL", m_values, cases().size());
}

QTEST_APPLESS_MAIN(tst_ExprDifferential)
#include "tst_expr_differential.moc"
