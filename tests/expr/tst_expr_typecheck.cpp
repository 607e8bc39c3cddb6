#include "pipeline/expr/expression.h"

#include <QtTest>

using namespace pipeline;
using namespace pipeline::expr;

class tst_ExprTypeCheck : public QObject
{
    Q_OBJECT

private slots:
    void resultTypes_data();
    void resultTypes();
    void errors_data();
    void errors();
    void unknownFieldSpan();
    void openSchema();
    void multipleErrors();
};

namespace {

Schema readings()
{
    Schema s;
    s.fields.push_back({"device_id", FieldType::String});
    s.fields.push_back({"temperature", FieldType::Double});
    s.fields.push_back({"count", FieldType::Integer});
    s.fields.push_back({"ok", FieldType::Boolean});
    s.fields.push_back({"ts", FieldType::Timestamp});
    s.fields.push_back({"tags", FieldType::Array});
    s.fields.push_back({"extra", FieldType::Unknown});
    Field location{"location", FieldType::Object};
    location.children.push_back({"city", FieldType::String});
    location.children.push_back({"lat", FieldType::Double});
    s.fields.push_back(location);
    s.fields.push_back({"blob", FieldType::Object}); // object without declared children
    return s;
}

} // namespace

void tst_ExprTypeCheck::resultTypes_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<FieldType>("type");

    QTest::newRow("field double") << "temperature" << FieldType::Double;
    QTest::newRow("nested") << "location.city" << FieldType::String;
    QTest::newRow("int arithmetic") << "count * 2 + 1" << FieldType::Integer;
    QTest::newRow("promotion") << "count + temperature" << FieldType::Double;
    QTest::newRow("int division stays int") << "count / 2" << FieldType::Integer;
    QTest::newRow("comparison") << "temperature > 30" << FieldType::Boolean;
    QTest::newRow("int vs double comparison") << "count = 2.0" << FieldType::Boolean;
    QTest::newRow("logic") << "ok AND NOT (count > 1 OR device_id IS NULL)" << FieldType::Boolean;
    QTest::newRow("in") << "device_id IN ('a', 'b')" << FieldType::Boolean;
    QTest::newRow("between") << "count BETWEEN 1 AND 2.5" << FieldType::Boolean;
    QTest::newRow("like") << "device_id LIKE 'x%'" << FieldType::Boolean;
    QTest::newRow("case strings") << "CASE WHEN ok THEN 'a' ELSE 'b' END" << FieldType::String;
    QTest::newRow("case numeric promotion") << "CASE WHEN ok THEN 1 ELSE 2.5 END" << FieldType::Double;
    QTest::newRow("case null branch") << "CASE WHEN ok THEN NULL ELSE count END" << FieldType::Integer;
    QTest::newRow("simple case") << "CASE count WHEN 1 THEN 'one' END" << FieldType::String;
    QTest::newRow("cast") << "CAST(count AS STRING)" << FieldType::String;
    QTest::newRow("cast string to timestamp") << "CAST('2024-01-01' AS TIMESTAMP)" << FieldType::Timestamp;
    QTest::newRow("upper") << "UPPER(device_id)" << FieldType::String;
    QTest::newRow("char_length") << "CHAR_LENGTH(device_id)" << FieldType::Integer;
    QTest::newRow("round keeps type") << "ROUND(temperature, 1)" << FieldType::Double;
    QTest::newRow("abs int") << "ABS(count)" << FieldType::Integer;
    QTest::newRow("coalesce") << "COALESCE(count, temperature)" << FieldType::Double;
    QTest::newRow("coalesce null first") << "COALESCE(NULL, device_id)" << FieldType::String;
    QTest::newRow("substring") << "SUBSTRING(device_id, 1, 2)" << FieldType::String;
    QTest::newRow("unknown field type is permissive") << "extra + 1" << FieldType::Unknown;
    QTest::newRow("unknown compares with anything") << "extra = 'a' AND extra > 3" << FieldType::Boolean;
    QTest::newRow("undeclared object children") << "blob.anything.deep" << FieldType::Unknown;
    QTest::newRow("timestamp vs epoch") << "ts > 1700000000000" << FieldType::Boolean;
    QTest::newRow("timestamp shift") << "ts + 60000" << FieldType::Timestamp;
    QTest::newRow("timestamp difference") << "ts - ts" << FieldType::Integer;
    QTest::newRow("null literal") << "NULL" << FieldType::Null;
    QTest::newRow("array equality") << "tags = tags" << FieldType::Boolean;
}

void tst_ExprTypeCheck::resultTypes()
{
    QFETCH(QString, expression);
    QFETCH(FieldType, type);
    const ParseResult r = parse(expression.toStdString());
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    const TypeCheckResult t = typeCheck(*r.expression, readings());
    QVERIFY2(t.ok(), t.errors.empty() ? "" : t.errors.front().message.c_str());
    QCOMPARE(t.type, type);
}

void tst_ExprTypeCheck::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");

    QTest::newRow("typo") << "temprature > 30" << "unknown field 'temprature' (did you mean 'temperature'?)";
    QTest::newRow("typo case") << "Device_ID = 'a'" << "unknown field 'Device_ID' (did you mean 'device_id'?)";
    QTest::newRow("nested typo") << "location.cty = 'x'" << "unknown field 'location.cty' (did you mean 'location.city'?)";
    QTest::newRow("no suggestion") << "humidity > 3" << "unknown field 'humidity'";
    QTest::newRow("path through scalar") << "temperature.value > 1"
                                         << "field 'temperature' is double, not an object, so it has no field 'value'";
    QTest::newRow("arithmetic on string") << "device_id * 2" << "operator '*' expects numbers but the left operand is string";
    QTest::newRow("string plus") << "device_id + 'x'"
                                 << "operator '+' expects numbers but the left operand is string (use CONCAT for strings)";
    QTest::newRow("compare string number") << "device_id = 5" << "cannot compare string with integer (use CAST to convert one side)";
    QTest::newRow("compare timestamp string") << "ts > '2024-01-01'"
                                              << "cannot compare timestamp with string (use CAST('...' AS TIMESTAMP))";
    QTest::newRow("and on number") << "count AND ok" << "AND expects a boolean operand but got integer";
    QTest::newRow("or on string") << "ok OR device_id" << "OR expects a boolean operand but got string";
    QTest::newRow("not on number") << "NOT count" << "NOT expects a boolean operand but got integer";
    QTest::newRow("negate string") << "-device_id" << "unary '-' expects a number but got string";
    QTest::newRow("in mismatch") << "count IN (1, 'two')" << "cannot compare integer with string (use CAST to convert one side)";
    QTest::newRow("between mismatch") << "device_id BETWEEN 1 AND 2" << "cannot compare string with integer (use CAST to convert one side)";
    QTest::newRow("like on number") << "count LIKE '1%'" << "LIKE expects a string but got integer (use CAST(... AS STRING))";
    QTest::newRow("upper of number") << "UPPER(count)" << "UPPER expects a string but got integer (use CAST(... AS STRING))";
    QTest::newRow("concat number") << "CONCAT(device_id, count)"
                                   << "CONCAT argument 2 expects a string but got integer (use CAST(... AS STRING))";
    QTest::newRow("substring start") << "SUBSTRING(device_id, 1.5)" << "SUBSTRING start must be an integer but got double";
    QTest::newRow("abs of string") << "ABS(device_id)" << "ABS expects a number but got string";
    QTest::newRow("round digits") << "ROUND(temperature, 1.5)" << "ROUND digits must be an integer but got double";
    QTest::newRow("case branches") << "CASE WHEN ok THEN 'a' ELSE 1 END" << "CASE branches have incompatible types string and integer";
    QTest::newRow("case condition") << "CASE WHEN count THEN 1 END" << "WHEN expects a boolean operand but got integer";
    QTest::newRow("simple case mismatch") << "CASE count WHEN 'a' THEN 1 END"
                                          << "cannot compare integer with string (use CAST to convert one side)";
    QTest::newRow("coalesce mismatch") << "COALESCE(count, device_id)" << "COALESCE arguments have incompatible types integer and string";
    QTest::newRow("bad cast") << "CAST(ok AS TIMESTAMP)" << "cannot CAST boolean to TIMESTAMP";
    QTest::newRow("order arrays") << "tags < tags" << "operator '<' cannot order array values";
    QTest::newRow("timestamp times") << "ts * 2" << "operator '*' cannot combine timestamp and integer";
}

void tst_ExprTypeCheck::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    const ParseResult r = parse(expression.toStdString());
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    const TypeCheckResult t = typeCheck(*r.expression, readings());
    QVERIFY(!t.ok());
    QCOMPARE(QString::fromStdString(t.errors.front().message), message);
    QVERIFY(t.errors.front().span.valid());
}

void tst_ExprTypeCheck::unknownFieldSpan()
{
    const ParseResult r = parse("count > 1 AND\n   temprature > 30");
    QVERIFY(r.ok());
    const TypeCheckResult t = typeCheck(*r.expression, readings());
    QCOMPARE(t.errors.size(), size_t(1));
    QCOMPARE(t.errors[0].span.line, 2);
    QCOMPARE(t.errors[0].span.column, 4);
    QCOMPARE(t.errors[0].span.offset, 17);
    QCOMPARE(t.errors[0].span.length, 10);
}

void tst_ExprTypeCheck::openSchema()
{
    Schema open = readings();
    open.open = true;
    const ParseResult r = parse("whatever > 3 AND temperature > 1");
    const TypeCheckResult t = typeCheck(*r.expression, open);
    QVERIFY(t.ok());
    QCOMPARE(t.type, FieldType::Boolean);
    // Declared fields are still checked in an open schema.
    const TypeCheckResult bad = typeCheck(*parse("device_id + 1").expression, open);
    QVERIFY(!bad.ok());
    const TypeCheckResult empty = typeCheck(*parse("anything.at.all + 1").expression, Schema::openSchema());
    QVERIFY(empty.ok());
    QCOMPARE(empty.type, FieldType::Unknown);
}

void tst_ExprTypeCheck::multipleErrors()
{
    const ParseResult r = parse("tempp > 1 OR devic = 'x' OR count = 'y'");
    const TypeCheckResult t = typeCheck(*r.expression, readings());
    QCOMPARE(t.errors.size(), size_t(3));
    QCOMPARE(t.errors[0].span.column, 1);
    QCOMPARE(t.errors[1].span.column, 14);
}

QTEST_GUILESS_MAIN(tst_ExprTypeCheck)
#include "tst_expr_typecheck.moc"
