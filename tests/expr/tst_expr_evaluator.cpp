#include "pipeline/expr/expression.h"

#include <QtTest>

using namespace pipeline;
using namespace pipeline::expr;
using nlohmann::json;

class tst_ExprEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void errors_data();
    void errors();
    void resultTypes();
    void predicateRejectsNonBoolean();
    void stringResultsOutliveRecord();
    void valueConversions();
    void timestampText();
};

namespace {

const json &record()
{
    static const json r = json::parse(R"({
        "device_id": "dev-7",
        "temperature": 31.5,
        "count": 7,
        "neg": -7,
        "big": 9223372036854775807,
        "flag": true,
        "name": "  Ada Lovelace ",
        "text": "héllo wörld",
        "status": "cancelled",
        "ts": 1714566600000,
        "payload": {"device": {"id": "x1", "zone": 3}, "tags": ["a", "b"]},
        "nums": "42",
        "dbl": "2.5",
        "date": "2024-05-01 12:30:00",
        "odd key": 5,
        "nothing": null
    })");
    return r;
}

} // namespace

void tst_ExprEvaluator::evaluates_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expectedJson"); // Value::toJson().dump()

    QTest::newRow("field") << "temperature" << "31.5";
    QTest::newRow("nested") << "payload.device.id" << "\"x1\"";
    QTest::newRow("nested number") << "payload.device.zone + 1" << "4";
    QTest::newRow("quoted field") << "\"odd key\" * 2" << "10";
    QTest::newRow("array field") << "payload.tags" << "[\"a\",\"b\"]";
    QTest::newRow("object equality") << "payload.tags = payload.tags" << "true";
    QTest::newRow("comparison double int") << "temperature > 30" << "true";
    QTest::newRow("comparison int double") << "count < 7.5" << "true";
    QTest::newRow("string comparison") << "status = 'cancelled'" << "true";
    QTest::newRow("string order") << "'abc' < 'abd'" << "true";
    QTest::newRow("bool equality") << "flag = TRUE" << "true";
    QTest::newRow("integer arithmetic") << "count * 3 - 1" << "20";
    QTest::newRow("integer division truncates") << "count / 2" << "3";
    QTest::newRow("negative division truncates toward zero") << "neg / 2" << "-3";
    QTest::newRow("modulo sign of dividend") << "neg % 3" << "-1";
    QTest::newRow("double division") << "count / 2.0" << "3.5";
    QTest::newRow("double modulo") << "7.5 % 2" << "1.5";
    QTest::newRow("promotion") << "count + 0.5" << "7.5";
    QTest::newRow("unary minus") << "-count" << "-7";
    QTest::newRow("precedence") << "2 + 3 * 4" << "14";
    QTest::newRow("parens") << "(2 + 3) * 4" << "20";
    QTest::newRow("in strings") << "status IN ('scheduled', 'cancelled')" << "true";
    QTest::newRow("in numbers mixed") << "count IN (1, 7.0)" << "true";
    QTest::newRow("not in") << "status NOT IN ('landed')" << "true";
    QTest::newRow("in with expression") << "count IN (3 + 4)" << "true";
    QTest::newRow("long in strings") << "status IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'cancelled')" << "true";
    QTest::newRow("long in strings miss") << "status IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')" << "false";
    QTest::newRow("long not in strings") << "status NOT IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')" << "true";
    QTest::newRow("long in with null") << "status IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', NULL)" << "null";
    QTest::newRow("long in integers") << "count IN (9, 8, 7, 6, 5, 4, 3, 2, 1)" << "true";
    QTest::newRow("long in integers double operand") << "temperature IN (9, 8, 7, 6, 5, 4, 3, 2, 1)" << "false";
    QTest::newRow("between") << "temperature BETWEEN 30 AND 32" << "true";
    QTest::newRow("between inclusive") << "count BETWEEN 7 AND 7" << "true";
    QTest::newRow("not between") << "count NOT BETWEEN 1 AND 5" << "true";
    QTest::newRow("like prefix") << "device_id LIKE 'dev-%'" << "true";
    QTest::newRow("like suffix") << "device_id LIKE '%-7'" << "true";
    QTest::newRow("like contains") << "status LIKE '%cell%'" << "true";
    QTest::newRow("like exact") << "status LIKE 'cancelled'" << "true";
    QTest::newRow("like exact mismatch") << "status LIKE 'cancel'" << "false";
    QTest::newRow("like underscore") << "device_id LIKE 'dev-_'" << "true";
    QTest::newRow("like underscore too short") << "device_id LIKE 'dev-__'" << "false";
    QTest::newRow("like general") << "status LIKE 'c%c%d'" << "true";
    QTest::newRow("like backtrack") << "'aaab' LIKE '%a%ab'" << "true";
    QTest::newRow("like general mismatch") << "status LIKE 'c%x%d'" << "false";
    QTest::newRow("like utf8 underscore") << "text LIKE 'h_llo w_rld'" << "true";
    QTest::newRow("like percent only") << "'' LIKE '%'" << "true";
    QTest::newRow("like case sensitive") << "status LIKE 'C%'" << "false";
    QTest::newRow("like dynamic pattern") << "status LIKE CONCAT(SUBSTRING(status, 1, 3), '%')" << "true";
    QTest::newRow("not like") << "status NOT LIKE 'x%'" << "true";
    QTest::newRow("searched case") << "CASE WHEN temperature > 40 THEN 'hot' WHEN temperature > 30 THEN 'warm' ELSE 'cold' END"
                                   << "\"warm\"";
    QTest::newRow("simple case") << "CASE count WHEN 1 THEN 'one' WHEN 7 THEN 'seven' END" << "\"seven\"";
    QTest::newRow("cast string to int") << "CAST(nums AS BIGINT) + 1" << "43";
    QTest::newRow("cast string to int padded") << "CAST(' 42 ' AS INT)" << "42";
    QTest::newRow("cast string to double") << "CAST(dbl AS DOUBLE) * 2" << "5.0";
    QTest::newRow("cast double to int truncates") << "CAST(-2.7 AS BIGINT)" << "-2";
    QTest::newRow("cast int to string") << "CAST(count AS STRING)" << "\"7\"";
    QTest::newRow("cast double to string") << "CAST(temperature AS VARCHAR)" << "\"31.5\"";
    QTest::newRow("cast bool to string") << "CAST(flag AS STRING)" << "\"true\"";
    QTest::newRow("cast string to bool") << "CAST('FALSE' AS BOOLEAN)" << "false";
    QTest::newRow("cast int to bool") << "CAST(count AS BOOLEAN)" << "true";
    QTest::newRow("cast string to timestamp") << "CAST(date AS TIMESTAMP)" << "1714566600000";
    QTest::newRow("cast iso timestamp with offset") << "CAST('2024-05-01T14:30:00+02:00' AS TIMESTAMP)" << "1714566600000";
    QTest::newRow("cast date only") << "CAST('1970-01-02' AS TIMESTAMP)" << "86400000";
    QTest::newRow("timestamp compares with epoch field") << "ts = CAST('2024-05-01 12:30:00.000Z' AS TIMESTAMP)" << "true";
    QTest::newRow("cast timestamp to string") << "CAST(CAST(ts AS TIMESTAMP) AS STRING)" << "\"2024-05-01 12:30:00.000\"";
    QTest::newRow("timestamp plus millis") << "CAST(ts AS TIMESTAMP) + 1000" << "1714566601000";
    QTest::newRow("upper") << "UPPER(device_id)" << "\"DEV-7\"";
    QTest::newRow("lower") << "LOWER('ABC')" << "\"abc\"";
    QTest::newRow("upper of computed") << "UPPER(CONCAT('a', 'b'))" << "\"AB\"";
    QTest::newRow("trim") << "TRIM(name)" << "\"Ada Lovelace\"";
    QTest::newRow("trim computed") << "TRIM(CONCAT(' x', ' '))" << "\"x\"";
    QTest::newRow("concat") << "CONCAT(device_id, ':', status)" << "\"dev-7:cancelled\"";
    QTest::newRow("substring") << "SUBSTRING(status, 2, 3)" << "\"anc\"";
    QTest::newRow("substring to end") << "SUBSTRING(status, 7)" << "\"led\"";
    QTest::newRow("substring from for") << "SUBSTRING(status FROM 1 FOR 6)" << "\"cancel\"";
    QTest::newRow("substring before start") << "SUBSTRING('hello', 0, 2)" << "\"h\"";
    QTest::newRow("substring past end") << "SUBSTRING('hello', 10, 2)" << "\"\"";
    QTest::newRow("substring utf8") << "SUBSTRING(text, 2, 4)" << "\"éllo\"";
    QTest::newRow("substring of computed") << "SUBSTRING(UPPER(status), 1, 3)" << "\"CAN\"";
    QTest::newRow("char_length utf8") << "CHAR_LENGTH(text)" << "11";
    QTest::newRow("abs int") << "ABS(neg)" << "7";
    QTest::newRow("abs double") << "ABS(-2.5)" << "2.5";
    QTest::newRow("round") << "ROUND(31.5)" << "32.0";
    QTest::newRow("round negative half away") << "ROUND(-2.5)" << "-3.0";
    QTest::newRow("round digits") << "ROUND(3.14159, 2)" << "3.14";
    QTest::newRow("round int") << "ROUND(count)" << "7";
    QTest::newRow("round int negative digits") << "ROUND(1250, -2)" << "1300";
    QTest::newRow("floor") << "FLOOR(-1.5)" << "-2.0";
    QTest::newRow("ceil") << "CEIL(1.2)" << "2.0";
    QTest::newRow("ceil int") << "CEIL(count)" << "7";
    QTest::newRow("coalesce") << "COALESCE(nothing, missing, status)" << "\"cancelled\"";
    QTest::newRow("string with quote") << "'it''s'" << "\"it's\"";
    QTest::newRow("big int") << "big" << "9223372036854775807";
    QTest::newRow("deep expression")
        << "CASE WHEN payload.device.zone IN (1, 2, 3) AND UPPER(SUBSTRING(device_id, 1, 3)) = 'DEV' THEN ROUND(temperature * 1.8 + 32, 1) END"
        << "88.7";
}

void tst_ExprEvaluator::evaluates()
{
    QFETCH(QString, expression);
    QFETCH(QString, expectedJson);
    const ParseResult r = parse(expression.toStdString());
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    try {
        const Value v = evaluate(*r.expression, record());
        QCOMPARE(QString::fromStdString(v.toJson().dump()), expectedJson);
    } catch (const EvaluationError &e) {
        QFAIL(e.what());
    }
}

void tst_ExprEvaluator::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");

    QTest::newRow("int division by zero") << "count / 0" << "division by zero in 7 / 0";
    QTest::newRow("int modulo by zero") << "count % 0" << "division by zero in 7 % 0";
    QTest::newRow("double division by zero") << "temperature / 0" << "division by zero in 31.5 / 0";
    QTest::newRow("overflow") << "big + 1" << "integer overflow in 9223372036854775807 + 1";
    QTest::newRow("cast bad int") << "CAST(status AS BIGINT)" << "cannot CAST string 'cancelled' to BIGINT: not an integer";
    QTest::newRow("cast bad double") << "CAST('x1' AS DOUBLE)" << "cannot CAST string 'x1' to DOUBLE: not a number";
    QTest::newRow("cast bad bool") << "CAST('maybe' AS BOOLEAN)" << "cannot CAST string 'maybe' to BOOLEAN: expected 'true' or 'false'";
    QTest::newRow("cast bad timestamp") << "CAST('May 1st' AS TIMESTAMP)"
                                        << "cannot CAST string 'May 1st' to TIMESTAMP: expected 'YYYY-MM-DD HH:MM:SS[.fff]' or epoch milliseconds";
    QTest::newRow("cast huge double") << "CAST(1e300 AS BIGINT)" << "cannot CAST double 1e+300 to BIGINT: out of range";
    QTest::newRow("cast object") << "CAST(payload AS BIGINT)" << "cannot CAST object {\"device\":{\"id\":\"x1\",\"zone\":3},\"tags\":[\"... to BIGINT";
    QTest::newRow("compare string with number") << "status > 5" << "cannot compare string 'cancelled' with integer 5";
    QTest::newRow("arithmetic on string") << "status + 1" << "operator '+' expects numbers but got string 'cancelled'";
    QTest::newRow("and on integer") << "count AND TRUE" << "AND expects boolean operands but got integer 7";
    QTest::newRow("not on string") << "NOT status" << "NOT expects a boolean but got string 'cancelled'";
    QTest::newRow("upper of number") << "UPPER(count)" << "UPPER expects a string but got integer 7";
    QTest::newRow("negative substring length") << "SUBSTRING(status, 1, -1)" << "SUBSTRING length must not be negative but got -1";
    QTest::newRow("like on number") << "count LIKE '7'" << "LIKE expects a string but got integer 7";
    QTest::newRow("order arrays") << "payload.tags < payload.tags" << "cannot order array values";
    QTest::newRow("abs overflow") << "ABS(-9223372036854775807 - 1)" << "integer overflow in ABS";
}

void tst_ExprEvaluator::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    const ParseResult r = parse(expression.toStdString());
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    try {
        const Value v = evaluate(*r.expression, record());
        QFAIL(qPrintable("expected an EvaluationError, got " + QString::fromStdString(v.toString())));
    } catch (const EvaluationError &e) {
        QCOMPARE(QString::fromUtf8(e.what()), message);
    }
}

void tst_ExprEvaluator::resultTypes()
{
    auto typeOf = [](const char *text) { return evaluate(*parse(text).expression, record()).type(); };
    QCOMPARE(typeOf("count + 1"), FieldType::Integer);
    QCOMPARE(typeOf("count + 1.0"), FieldType::Double);
    QCOMPARE(typeOf("CAST(ts AS TIMESTAMP)"), FieldType::Timestamp);
    QCOMPARE(typeOf("payload"), FieldType::Object);
    QCOMPARE(typeOf("payload.tags"), FieldType::Array);
    QCOMPARE(typeOf("missing"), FieldType::Null);
    QCOMPARE(typeOf("status = 'x'"), FieldType::Boolean);
    QCOMPARE(typeOf("TRIM(name)"), FieldType::String);
}

void tst_ExprEvaluator::predicateRejectsNonBoolean()
{
    const ParseResult r = parse("count + 1");
    QVERIFY(r.ok());
    QVERIFY_THROWS_EXCEPTION(EvaluationError, evaluatePredicate(*r.expression, record()));
    QCOMPARE(evaluatePredicate(*parse("temperature > 30 AND flag").expression, record()), std::optional<bool>(true));
}

void tst_ExprEvaluator::stringResultsOutliveRecord()
{
    // Borrowed strings must be copied into the Value before the record goes away.
    const ParseResult r = parse("TRIM(name)");
    Value v;
    {
        const json temporary = {{"name", "  temporary value that is longer than SSO  "}};
        v = evaluate(*r.expression, temporary);
    }
    QCOMPARE(v, Value::string("temporary value that is longer than SSO"));
}

void tst_ExprEvaluator::valueConversions()
{
    QCOMPARE(Value::fromJson(json(5)), Value::integer(5));
    QCOMPARE(Value::fromJson(json(5.5)), Value::number(5.5));
    QCOMPARE(Value::fromJson(json("x")), Value::string("x"));
    QCOMPARE(Value::fromJson(json(nullptr)), Value::null());
    QCOMPARE(Value::fromJson(json(true)), Value::boolean(true));
    QCOMPARE(Value::fromJson(json::parse("18446744073709551615")).type(), FieldType::Double);
    QCOMPARE(Value::fromJson(json::array({1, 2})).type(), FieldType::Array);
    QCOMPARE(Value::fromJson(json::object({{"a", 1}})).type(), FieldType::Object);
    QCOMPARE(Value::null().toString(), std::string("NULL"));
    QCOMPARE(Value::boolean(true).toString(), std::string("TRUE"));
    QCOMPARE(Value::number(2.5).toString(), std::string("2.5"));
    QCOMPARE(Value::string("a b").toString(), std::string("a b"));
    QCOMPARE(Value::timestamp(0).toString(), std::string("1970-01-01 00:00:00.000"));
    QCOMPARE(Value::timestamp(1500).toJson(), json(1500));
    QCOMPARE(Value::json(json::array({1})).toString(), std::string("[1]"));
}

void tst_ExprEvaluator::timestampText()
{
    // Before the epoch, and leap days, survive a text round trip.
    for (const char *text : {"1969-12-31 23:59:59.999", "2024-02-29 00:00:00.000", "2000-01-01 12:00:00.250"}) {
        const Value v = evaluate(*parse(std::string("CAST('") + text + "' AS TIMESTAMP)").expression, json::object());
        QVERIFY(v.isTimestamp());
        QCOMPARE(v.toString(), std::string(text));
    }
}

QTEST_GUILESS_MAIN(tst_ExprEvaluator)
#include "tst_expr_evaluator.moc"
