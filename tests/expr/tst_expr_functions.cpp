// The function families of the expression language: each function's evaluation
// (with SQL NULL semantics), its type, its ksqlDB and Flink SQL spelling (or the
// diagnostic where a dialect cannot say it), and the table every part reads.
#include "pipeline/expr/ast.h"
#include "pipeline/expr/expression.h"
#include "pipeline/expr/functions.h"

#include <QtTest>

#include <set>

using namespace pipeline;
using namespace pipeline::expr;
using nlohmann::json;

namespace {

const json &record()
{
    static const json r = {
        {"s", "Hello World"},
        {"e", ""},
        {"u", "grüße-42"},
        {"n", nullptr},
        {"i", 7},
        {"neg", -7},
        {"z", 0},
        {"d", 5.5},
        {"ts", 1714566645123}, // 2024-05-01 12:30:45.123 UTC
        {"j", R"({"device": {"id": "d-1", "tags": ["a", "b"]}, "n": 42, "ok": true})"},
        {"arr", {10, 20, 30}},
        {"email", "Alice@Example.com"},
    };
    return r;
}

Schema schema()
{
    Schema s;
    auto add = [&](std::string name, FieldType type, FieldType element = FieldType::Unknown) {
        Field f;
        f.name = std::move(name);
        f.type = type;
        f.elementType = element;
        s.fields.push_back(f);
    };
    add("s", FieldType::String);
    add("e", FieldType::String);
    add("u", FieldType::String);
    add("n", FieldType::String);
    add("i", FieldType::Integer);
    add("neg", FieldType::Integer);
    add("z", FieldType::Integer);
    add("d", FieldType::Double);
    add("ts", FieldType::Timestamp);
    add("j", FieldType::String);
    add("arr", FieldType::Array, FieldType::Integer);
    add("email", FieldType::String);
    return s;
}

Expression parsed(const QString &text)
{
    auto result = parse(text.toStdString());
    if (!result.ok())
        qFatal("parse failed for %s: %s", qPrintable(text), result.error->message.c_str());
    return *result.expression;
}

} // namespace

class tst_ExprFunctions : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void nullInNullOut();
    void types_data();
    void types();
    void typeErrors_data();
    void typeErrors();
    void parseErrors_data();
    void parseErrors();
    void runtimeErrors_data();
    void runtimeErrors();
    void dialects_data();
    void dialects();
    void typedDialectRules_data();
    void typedDialectRules();
    void inexpressible();
    void roundTrip();
    void tableIsComplete();
    void generatedDocsAreCurrent();
};

void tst_ExprFunctions::evaluates_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected"); // Value::toJson().dump()

    // strings
    QTest::newRow("replace") << "REPLACE(s, 'o', '0')" << R"("Hell0 W0rld")";
    QTest::newRow("replace empty search") << "REPLACE(s, '', 'x')" << R"("Hello World")";
    QTest::newRow("regexp_replace") << "REGEXP_REPLACE(u, '[^0-9]', '')" << R"("42")";
    QTest::newRow("regexp_replace group") << "REGEXP_REPLACE(s, '(\\w+) (\\w+)', '$2 $1')" << R"("World Hello")";
    QTest::newRow("regexp_extract group") << "REGEXP_EXTRACT(u, '-([0-9]+)', 1)" << R"("42")";
    QTest::newRow("regexp_extract whole") << "REGEXP_EXTRACT(s, 'W.r')" << R"("Wor")";
    QTest::newRow("regexp_extract no match") << "REGEXP_EXTRACT(s, 'xyz')" << "null";
    QTest::newRow("lpad") << "LPAD('7', 3, '0')" << R"("007")";
    QTest::newRow("lpad cuts") << "LPAD(s, 4, '*')" << R"("Hell")";
    QTest::newRow("lpad multi-char pad") << "LPAD('x', 6, 'ab')" << R"("ababax")";
    QTest::newRow("lpad negative") << "LPAD(s, -1, '*')" << "null";
    QTest::newRow("rpad non-ascii") << "RPAD(u, 10, 'ß')" << R"("grüße-42ßß")";
    QTest::newRow("initcap") << "INITCAP('hELLO wORLD-foo_bar 9x')" << R"("Hello World-Foo_Bar 9x")";
    QTest::newRow("position") << "POSITION('World' IN s)" << "7";
    QTest::newRow("position non-ascii") << "POSITION('-' IN u)" << "6";
    QTest::newRow("position absent") << "POSITION('z' IN s)" << "0";
    QTest::newRow("instr") << "INSTR(s, 'o')" << "5";
    QTest::newRow("split_index") << "SPLIT_INDEX('a/b/c', '/', 1)" << R"("b")";
    QTest::newRow("split_index past end") << "SPLIT_INDEX('a/b/c', '/', 3)" << "null";
    QTest::newRow("split_index empty piece") << "SPLIT_INDEX('a//c', '/', 1)" << R"("")";
    QTest::newRow("left") << "LEFT(u, 5)" << R"("grüße")";
    QTest::newRow("right") << "RIGHT(u, 4)" << R"("e-42")";
    QTest::newRow("right too long") << "RIGHT(s, 100)" << R"("Hello World")";
    QTest::newRow("left negative") << "LEFT(s, -2)" << R"("")";
    QTest::newRow("concat_ws skips null") << "CONCAT_WS('-', s, n, 'x')" << R"("Hello World-x")";
    QTest::newRow("concat_ws empty") << "CONCAT_WS('-', e, 'x')" << R"("-x")";
    // numbers
    QTest::newRow("mod") << "MOD(neg, 3)" << "-1";
    QTest::newRow("mod double") << "MOD(d, 2)" << "1.5";
    QTest::newRow("power") << "POWER(i, 2)" << "49.0";
    QTest::newRow("sqrt") << "SQRT(16)" << "4.0";
    QTest::newRow("ln") << "LN(1)" << "0.0";
    QTest::newRow("log10") << "LOG10(1000)" << "3.0";
    QTest::newRow("exp") << "EXP(0)" << "1.0";
    QTest::newRow("sign int") << "SIGN(neg)" << "-1";
    QTest::newRow("sign double") << "SIGN(d)" << "1.0";
    QTest::newRow("greatest") << "GREATEST(i, neg, z)" << "7";
    QTest::newRow("greatest mixed") << "GREATEST(i, d)" << "7.0";
    QTest::newRow("greatest null") << "GREATEST(i, NULL)" << "null";
    QTest::newRow("least strings") << "LEAST('b', 'a', 'c')" << R"("a")";
    QTest::newRow("truncate") << "TRUNCATE(-5.57, 1)" << "-5.5";
    QTest::newRow("truncate int") << "TRUNCATE(1234, -2)" << "1200";
    QTest::newRow("trunc alias") << "TRUNC(d)" << "5.0";
    // conditional
    QTest::newRow("nullif equal") << "NULLIF(i, 7)" << "null";
    QTest::newRow("nullif differs") << "NULLIF(i, 8)" << "7";
    QTest::newRow("nullif null second") << "NULLIF(i, NULL)" << "7";
    QTest::newRow("if true") << "IF(i > 5, 'big', 'small')" << R"("big")";
    QTest::newRow("if null condition") << "IF(n = 'x', 'yes', 'no')" << R"("no")";
    QTest::newRow("ifnull") << "IFNULL(n, 'fallback')" << R"("fallback")";
    // time (UTC)
    QTest::newRow("extract year") << "EXTRACT(YEAR FROM ts)" << "2024";
    QTest::newRow("extract hour") << "EXTRACT(HOUR FROM ts)" << "12";
    QTest::newRow("extract millisecond") << "EXTRACT(MILLISECOND FROM ts)" << "123";
    QTest::newRow("extract before epoch") << "EXTRACT(YEAR FROM FROM_EPOCH_MILLIS(-1))" << "1969";
    QTest::newRow("date_trunc hour") << "EPOCH_MILLIS(DATE_TRUNC('hour', ts))" << "1714564800000";
    QTest::newRow("date_trunc day negative") << "EPOCH_MILLIS(DATE_TRUNC('day', FROM_EPOCH_MILLIS(-1)))" << "-86400000";
    QTest::newRow("interval") << "EPOCH_MILLIS(ts + INTERVAL '1' HOUR) - EPOCH_MILLIS(ts)" << "3600000";
    QTest::newRow("interval plural") << "INTERVAL '2' MINUTES" << "120000";
    QTest::newRow("format") << "FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd''T''HH:mm:ss.SSS')" << R"("2024-05-01T12:30:45.123")";
    QTest::newRow("format quoted") << "FORMAT_TIMESTAMP(ts, 'dd/MM/yyyy ''at'' HH')" << R"("01/05/2024 at 12")";
    QTest::newRow("parse") << "EPOCH_MILLIS(PARSE_TIMESTAMP('2024-05-01 12:30:45', 'yyyy-MM-dd HH:mm:ss'))"
                           << "1714566645000";
    QTest::newRow("epoch seconds floor") << "EPOCH_SECONDS(FROM_EPOCH_MILLIS(-1))" << "-1";
    QTest::newRow("from epoch seconds") << "EPOCH_MILLIS(FROM_EPOCH_SECONDS(2))" << "2000";
    QTest::newRow("timestamp literal") << "EXTRACT(MONTH FROM CAST('2024-02-29 10:00:00' AS TIMESTAMP))" << "2";
    // JSON text
    QTest::newRow("json_value") << "JSON_VALUE(j, '$.device.id')" << R"("d-1")";
    QTest::newRow("json_value index") << "JSON_VALUE(j, '$.device.tags[1]')" << R"("b")";
    QTest::newRow("json_value number") << "JSON_VALUE(j, '$.n')" << R"("42")";
    QTest::newRow("json_value boolean") << "JSON_VALUE(j, '$.ok')" << R"("true")";
    QTest::newRow("json_value object") << "JSON_VALUE(j, '$.device')" << "null";
    QTest::newRow("json_value missing") << "JSON_VALUE(j, '$.nope')" << "null";
    QTest::newRow("json_value not json") << "JSON_VALUE(s, '$.a')" << "null";
    QTest::newRow("json_value bracket key") << "JSON_VALUE(j, '$[''device''][''id'']')" << R"("d-1")";
    // hashing
    QTest::newRow("sha256") << "SHA256('abc')" << R"("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")";
    QTest::newRow("md5") << "MD5('abc')" << R"("900150983cd24fb0d6963f7d28e17f72")";
    QTest::newRow("sha256 anonymise") << "CHAR_LENGTH(SHA256(LOWER(TRIM(email))))" << "64";
    // arrays
    QTest::newRow("element") << "arr[2]" << "20";
    QTest::newRow("element_at") << "ELEMENT_AT(arr, 3)" << "30";
    QTest::newRow("element out of range") << "arr[4]" << "null";
    QTest::newRow("element zero") << "arr[0]" << "null";
    QTest::newRow("cardinality") << "CARDINALITY(arr)" << "3";
}

void tst_ExprFunctions::evaluates()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const Value v = evaluate(parsed(expression), record());
    QCOMPARE(QString::fromStdString(v.toJson().dump()), expected);
}

// Every function with a NULL argument: NULL, except the ones whose meaning is
// about NULL (COALESCE, IFNULL, CONCAT_WS, NULLIF's second argument, IF's condition).
void tst_ExprFunctions::nullInNullOut()
{
    const std::set<Function> nullAware{Function::Coalesce, Function::Ifnull, Function::ConcatWs, Function::Nullif,
                                       Function::If, Function::CurrentTimestamp};
    int checked = 0;
    for (const auto &spec : functionTable()) {
        if (nullAware.count(spec.function))
            continue;
        // The example with its first field-or-literal argument replaced by NULL.
        const auto example = parsed(QString::fromStdString(std::string(spec.example)));
        for (std::size_t arg = 0; arg < std::max<std::size_t>(spec.minArgs, 1); ++arg) {
            if (spec.function == Function::Extract && arg == 0)
                continue;
            if (spec.function == Function::DateTrunc && arg == 0)
                continue;
            std::string text = std::string(spec.function == Function::Position ? "INSTR" : spec.name) + "(";
            for (std::size_t k = 0; k < spec.minArgs; ++k) {
                if (k)
                    text += ", ";
                if (k == arg)
                    text += "NULL";
                else if (spec.function == Function::DateTrunc && k == 0)
                    text += "'hour'";
                else if (spec.function == Function::JsonValue && k == 1)
                    text += "'$.a'";
                else
                    text += "'1'";
            }
            text += ")";
            if (spec.function == Function::Extract)
                text = "EXTRACT(HOUR FROM NULL)";
            auto p = parse(text);
            QVERIFY2(p.ok(), text.c_str());
            const Value v = evaluate(*p.expression, record());
            QVERIFY2(v.isNull(), (text + " gave " + v.toString()).c_str());
            ++checked;
        }
        Q_UNUSED(example);
    }
    QVERIFY(checked > 40);
}

void tst_ExprFunctions::types_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("type");
    QTest::newRow("replace") << "REPLACE(s, 'a', 'b')" << "string";
    QTest::newRow("position") << "POSITION('a' IN s)" << "integer";
    QTest::newRow("mod int") << "MOD(i, 2)" << "integer";
    QTest::newRow("mod double") << "MOD(d, 2)" << "double";
    QTest::newRow("power") << "POWER(i, 2)" << "double";
    QTest::newRow("sign keeps type") << "SIGN(i)" << "integer";
    QTest::newRow("greatest mixed") << "GREATEST(i, d)" << "double";
    QTest::newRow("greatest strings") << "GREATEST(s, 'x')" << "string";
    QTest::newRow("if") << "IF(i > 1, 1, 2.5)" << "double";
    QTest::newRow("nullif") << "NULLIF(s, '')" << "string";
    QTest::newRow("ifnull") << "IFNULL(n, 'x')" << "string";
    QTest::newRow("extract") << "EXTRACT(DAY FROM ts)" << "integer";
    QTest::newRow("date_trunc") << "DATE_TRUNC('day', ts)" << "timestamp";
    QTest::newRow("current_timestamp") << "CURRENT_TIMESTAMP" << "timestamp";
    QTest::newRow("interval arithmetic") << "ts - INTERVAL '5' MINUTE" << "timestamp";
    QTest::newRow("parse") << "PARSE_TIMESTAMP(s, 'yyyy')" << "timestamp";
    QTest::newRow("json_value") << "JSON_VALUE(j, '$.a')" << "string";
    QTest::newRow("sha256") << "SHA256(s)" << "string";
    QTest::newRow("element typed") << "arr[1]" << "integer";
    QTest::newRow("cardinality") << "CARDINALITY(arr)" << "integer";
}

void tst_ExprFunctions::types()
{
    QFETCH(QString, expression);
    QFETCH(QString, type);
    const auto result = typeCheck(parsed(expression), schema());
    QVERIFY2(result.ok(), result.ok() ? "" : result.errors.front().message.c_str());
    QCOMPARE(QString::fromStdString(std::string(fieldTypeName(result.type))), type);
}

void tst_ExprFunctions::typeErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("replace number") << "REPLACE(i, 'a', 'b')"
                                    << "REPLACE expects a string but got integer (use CAST(... AS STRING))";
    QTest::newRow("lpad length") << "LPAD(s, d, '0')" << "LPAD length must be an integer but got double";
    QTest::newRow("sqrt string") << "SQRT(s)" << "SQRT expects a number but got string";
    QTest::newRow("greatest mixed") << "GREATEST(i, s)" << "GREATEST arguments have incompatible types integer and string";
    QTest::newRow("if condition") << "IF(i, 1, 2)" << "IF expects a boolean operand but got integer";
    QTest::newRow("extract string") << "EXTRACT(HOUR FROM s)"
                                    << "EXTRACT argument 2 expects a timestamp (or BIGINT epoch milliseconds) but got string";
    QTest::newRow("cardinality of string") << "CARDINALITY(s)" << "CARDINALITY expects an array but got string";
}

void tst_ExprFunctions::typeErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    const auto result = typeCheck(parsed(expression), schema());
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.errors.front().message), message);
}

void tst_ExprFunctions::parseErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad regex") << "REGEXP_REPLACE(s, '(', '')" << 19 << "invalid regular expression '(': ";
    QTest::newRow("bad json path") << "JSON_VALUE(j, 'a.b')" << 15
                                   << "invalid JSON path 'a.b': it must start with '$' (e.g. '$.device.id')";
    QTest::newRow("bad pattern") << "FORMAT_TIMESTAMP(ts, 'YYYY')" << 22 << "unsupported letters 'YYYY' in timestamp pattern";
    QTest::newRow("bad trunc unit") << "DATE_TRUNC('week', ts)" << 12 << "DATE_TRUNC unit must be one of";
    QTest::newRow("bad extract unit") << "EXTRACT(WEEK FROM ts)" << 9 << "expected a unit (YEAR, MONTH";
    QTest::newRow("interval month") << "ts + INTERVAL '1' MONTH" << 19 << "expected an interval unit";
    QTest::newRow("arity") << "LPAD(s, 3)" << 1 << "LPAD expects 3 arguments but got 2";
    QTest::newRow("typo") << "REPLCE(s, 'a', 'b')" << 1 << "unknown function 'REPLCE' (did you mean REPLACE?)";
    QTest::newRow("unclosed bracket") << "arr[1" << 6 << "expected ']' after the array index but found end of input";
    QTest::newRow("extract group") << "REGEXP_EXTRACT(s, '(a)', 2)" << 26 << "REGEXP_EXTRACT group 2 does not exist";
}

void tst_ExprFunctions::parseErrors()
{
    QFETCH(QString, expression);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto result = parse(expression.toStdString());
    QVERIFY(!result.ok());
    QVERIFY2(QString::fromStdString(result.error->message).startsWith(message), result.error->message.c_str());
    QCOMPARE(result.error->span.column, column);
}

void tst_ExprFunctions::runtimeErrors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::newRow("sqrt negative") << "SQRT(neg)" << "SQRT of a negative number (integer -7)";
    QTest::newRow("ln zero") << "LN(z)" << "LN of a number that is not positive (integer 0)";
    QTest::newRow("mod zero") << "MOD(i, z)" << "division by zero in 7 % 0";
    QTest::newRow("parse mismatch") << "PARSE_TIMESTAMP(s, 'yyyy-MM-dd')"
                                    << "PARSE_TIMESTAMP: string 'Hello World' does not match the pattern 'yyyy-MM-dd'";
    QTest::newRow("computed regex") << "REGEXP_REPLACE(s, CONCAT('(', e), '')" << "invalid regular expression '(': ";
    QTest::newRow("element of string") << "ELEMENT_AT(s, 1)" << "element access expects an array but got string 'Hello World'";
}

void tst_ExprFunctions::runtimeErrors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    try {
        evaluate(parsed(expression), record());
        QFAIL("no error");
    } catch (const EvaluationError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(message), e.what());
    }
}

void tst_ExprFunctions::dialects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ksql");
    QTest::addColumn<QString>("flink");

    QTest::newRow("concat keeps NULL in ksqlDB")
        << "CONCAT(a, '-', b)" << "CASE WHEN a IS NULL OR b IS NULL THEN CAST(NULL AS VARCHAR) ELSE CONCAT(a, '-', b) END"
        << "CONCAT(a, '-', b)";
    QTest::newRow("greatest keeps NULL in ksqlDB")
        << "GREATEST(a, 0)" << "CASE WHEN a IS NULL THEN NULL ELSE GREATEST(a, 0) END" << "GREATEST(a, 0)";
    QTest::newRow("replace empty search") << "REPLACE(s, x, 'y')"
                                          << "CASE WHEN x = '' THEN s ELSE REPLACE(s, x, 'y') END" << "REPLACE(s, x, 'y')";
    QTest::newRow("replace literal") << "REPLACE(s, 'a', 'b')" << "REPLACE(s, 'a', 'b')" << "REPLACE(s, 'a', 'b')";
    QTest::newRow("regexp_extract order") << "REGEXP_EXTRACT(s, '([0-9]+)', 1)" << "REGEXP_EXTRACT('([0-9]+)', s, 1)"
                                          << "REGEXP_EXTRACT(s, '([0-9]+)', 1)";
    QTest::newRow("position") << "POSITION('-' IN s)" << "INSTR(s, '-')" << "POSITION('-' IN s)";
    QTest::newRow("split_index") << "SPLIT_INDEX(s, '/', 1)" << "CASE WHEN s <> '' THEN SPLIT(s, '/')[2] END"
                                 << "SPLIT_INDEX(s, '/', 1)";
    QTest::newRow("left") << "LEFT(s, 3)" << "SUBSTRING(s, 1, 3)" << "SUBSTRING(s FROM 1 FOR 3)";
    QTest::newRow("right") << "RIGHT(s, 3)" << "SUBSTRING(s, GREATEST(LEN(s) - 3 + 1, 1))"
                           << "SUBSTRING(s FROM GREATEST(CHAR_LENGTH(s) - 3 + 1, 1))";
    QTest::newRow("mod") << "MOD(a, 3) + 1" << "a % 3 + 1" << "MOD(a, 3) + 1";
    QTest::newRow("log10") << "LOG10(x)" << "(LN(x) / LN(10))" << "LOG10(x)";
    QTest::newRow("nullif") << "NULLIF(s, '')" << "CASE WHEN s = '' THEN NULL ELSE s END" << "NULLIF(s, '')";
    QTest::newRow("if") << "IF(a > 1, 'x', 'y')" << "CASE WHEN a > 1 THEN 'x' ELSE 'y' END"
                        << "CASE WHEN a > 1 THEN 'x' ELSE 'y' END";
    QTest::newRow("ifnull") << "IFNULL(a, 0)" << "COALESCE(a, 0)" << "COALESCE(a, 0)";
    QTest::newRow("extract") << "EXTRACT(HOUR FROM ts)"
                             << "CAST(FORMAT_TIMESTAMP(FROM_UNIXTIME(ts), 'HH', 'UTC') AS BIGINT)"
                             << "CAST(DATE_FORMAT(TO_TIMESTAMP_LTZ(ts, 3), 'HH') AS BIGINT)";
    QTest::newRow("date_trunc") << "DATE_TRUNC('hour', ts)" << "(ts - (ts % 3600000 + 3600000) % 3600000)"
                                << "(ts - MOD(MOD(ts, 3600000) + 3600000, 3600000))";
    QTest::newRow("interval") << "ts + INTERVAL '5' MINUTE" << "ts + 300000" << "ts + 300000";
    QTest::newRow("format") << "FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd HH')"
                            << "FORMAT_TIMESTAMP(FROM_UNIXTIME(ts), 'yyyy-MM-dd HH', 'UTC')"
                            << "DATE_FORMAT(TO_TIMESTAMP_LTZ(ts, 3), 'yyyy-MM-dd HH')";
    QTest::newRow("parse") << "PARSE_TIMESTAMP(s, 'yyyy-MM-dd')"
                           << "UNIX_TIMESTAMP(PARSE_TIMESTAMP(s, 'yyyy-MM-dd', 'UTC'))"
                           << "UNIX_TIMESTAMP(s, 'yyyy-MM-dd') * 1000";
    QTest::newRow("timestamp constant") << "EPOCH_MILLIS(CAST('2024-05-01' AS TIMESTAMP)) > 0" << "1714521600000 > 0"
                                        << "1714521600000 > 0";
    QTest::newRow("epoch seconds") << "EPOCH_SECONDS(ts)" << "((ts - (ts % 1000 + 1000) % 1000) / 1000)"
                                   << "((ts - MOD(MOD(ts, 1000) + 1000, 1000)) / 1000)";
    QTest::newRow("current_timestamp") << "CURRENT_TIMESTAMP" << "UNIX_TIMESTAMP()" << "UNIX_TIMESTAMP() * 1000";
    QTest::newRow("json_value") << "JSON_VALUE(p, '$.a')" << "EXTRACTJSONFIELD(p, '$.a')" << "JSON_VALUE(p, '$.a')";
    QTest::newRow("element literal") << "arr[1]" << "arr[1]" << "arr[1]";
    QTest::newRow("element computed") << "arr[i]" << "CASE WHEN i >= 1 THEN arr[i] END" << "CASE WHEN i >= 1 THEN arr[i] END";
    QTest::newRow("cardinality") << "CARDINALITY(arr)" << "ARRAY_LENGTH(arr)" << "CARDINALITY(arr)";
    QTest::newRow("like backslash") << "s LIKE 'a\\%'" << "s LIKE 'a\\%'" << "s LIKE 'a\\%' ESCAPE '!'";
    QTest::newRow("sha256 flink") << "SHA256(s)" << "SHA256(s)" << "SHA256(s)";
}

void tst_ExprFunctions::dialects()
{
    QFETCH(QString, input);
    QFETCH(QString, ksql);
    QFETCH(QString, flink);
    const Expression e = parsed(input);
    QCOMPARE(QString::fromStdString(print(e, Dialect::Ksql)), ksql);
    QCOMPARE(QString::fromStdString(print(e, Dialect::Flink)), flink);
}

// Rules that depend on operand types, printed with the schema known.
void tst_ExprFunctions::typedDialectRules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ksql");
    QTest::addColumn<QString>("flink");
    QTest::newRow("% on DOUBLE") << "d % 2" << "d % 2"
                                 << "CAST(MOD(CAST(d AS DECIMAL(38, 10)), CAST(2 AS DECIMAL(38, 10))) AS DOUBLE)";
    QTest::newRow("% on BIGINT") << "i % 2" << "i % 2" << "MOD(i, 2)";
    QTest::newRow("MOD on DOUBLE") << "MOD(i, d)" << "i % d"
                                   << "CAST(MOD(CAST(i AS DECIMAL(38, 10)), CAST(d AS DECIMAL(38, 10))) AS DOUBLE)";
    QTest::newRow("ROUND(DOUBLE)") << "ROUND(d)" << "CAST(ROUND(d) AS DOUBLE)" << "ROUND(d)";
    QTest::newRow("ROUND(BIGINT)") << "ROUND(i)" << "ROUND(i)" << "ROUND(i)";
    QTest::newRow("ROUND(DOUBLE, 1)") << "ROUND(d, 1)" << "ROUND(d, 1)" << "ROUND(d, 1)";
    QTest::newRow("TRUNCATE(DOUBLE, 1)") << "TRUNCATE(d, 1)"
                                         << "(CASE WHEN d < 0 THEN CEIL(d * 10.0) ELSE FLOOR(d * 10.0) END / 10.0)"
                                         << "TRUNCATE(d, 1)";
    QTest::newRow("TRUNCATE(BIGINT, -2)") << "TRUNCATE(i, -2)" << "(i / 100 * 100)" << "TRUNCATE(i, -2)";
    QTest::newRow("CONCAT typed") << "CONCAT(s, e)"
                                  << "CASE WHEN s IS NULL OR e IS NULL THEN CAST(NULL AS VARCHAR) ELSE CONCAT(s, e) END"
                                  << "CONCAT(s, e)";
}

void tst_ExprFunctions::typedDialectRules()
{
    QFETCH(QString, input);
    QFETCH(QString, ksql);
    QFETCH(QString, flink);
    const Expression e = parsed(input);
    QCOMPARE(QString::fromStdString(print(e, Dialect::Ksql, schema())), ksql);
    QCOMPARE(QString::fromStdString(print(e, Dialect::Flink, schema())), flink);
}

void tst_ExprFunctions::inexpressible()
{
    const auto ksql = dialectProblems(parsed("SHA256(email) = MD5(s) OR SHA256(s) = ''"), Dialect::Ksql);
    QCOMPARE(ksql.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(ksql[0]), "SHA256 has no ksqlDB equivalent (no built-in hash function)");
    QCOMPARE(QString::fromStdString(ksql[1]), "MD5 has no ksqlDB equivalent (no built-in hash function)");
    QVERIFY(dialectProblems(parsed("SHA256(email)"), Dialect::Flink).empty());
    QCOMPARE(dialectProblems(parsed("TRUNCATE(d, i)"), Dialect::Ksql).size(), std::size_t(1));
    QCOMPARE(dialectProblems(parsed("EXTRACT(HOUR FROM CAST(s AS TIMESTAMP))"), Dialect::Flink).size(), std::size_t(1));
    QVERIFY(usesSessionTimeZone(parsed("EXTRACT(HOUR FROM ts) = 1")));
    QVERIFY(!usesSessionTimeZone(parsed("DATE_TRUNC('hour', ts)")));
}

// Every example parses, type-checks against an open schema, and survives print/parse.
void tst_ExprFunctions::roundTrip()
{
    Schema open;
    open.open = true;
    for (const auto &spec : functionTable()) {
        const Expression e = parsed(QString::fromStdString(std::string(spec.example)));
        const auto typed = typeCheck(e, open);
        QVERIFY2(typed.ok(), (std::string(spec.name) + ": " + (typed.ok() ? "" : typed.errors.front().message)).c_str());
        const std::string canonical = print(e, Dialect::Canonical);
        auto again = parse(canonical);
        QVERIFY2(again.ok(), canonical.c_str());
        QVERIFY2(*again.expression == e, canonical.c_str());
    }
}

void tst_ExprFunctions::tableIsComplete()
{
    std::set<std::string> names;
    for (const auto &spec : functionTable()) {
        QVERIFY2(names.insert(std::string(spec.name)).second, std::string(spec.name).c_str());
        QVERIFY(!spec.signature.empty() && !spec.description.empty() && !spec.example.empty());
        QVERIFY(spec.description.size() <= 120); // one line in the designer's completion
        QCOMPARE(findFunction(spec.name), &spec);
        QVERIFY(!spec.ksql.spelling.empty() && !spec.flink.spelling.empty());
    }
    QCOMPARE(findFunction("ucase")->function, Function::Upper);
    QCOMPARE(findFunction("instr")->function, Function::Position);
    QVERIFY(findFunction("nope") == nullptr);
}

// docs/expression-functions.md is generated from the table; this keeps it current
// (PIPEWRIGHT_UPDATE_DOCS=1 rewrites it).
void tst_ExprFunctions::generatedDocsAreCurrent()
{
    const std::string generated = functionReferenceMarkdown();
    const QString path = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/docs/expression-functions.md");
    if (qEnvironmentVariableIsSet("PIPEWRIGHT_UPDATE_DOCS")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QByteArray::fromStdString(generated));
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), "docs/expression-functions.md is missing (run with PIPEWRIGHT_UPDATE_DOCS=1)");
    QCOMPARE(QString::fromUtf8(in.readAll()), QString::fromStdString(generated));
}

QTEST_APPLESS_MAIN(tst_ExprFunctions)
#include "tst_expr_functions.moc"
