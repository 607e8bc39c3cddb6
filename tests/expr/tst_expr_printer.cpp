#include "pipeline/expr/ast.h"
#include "pipeline/expr/expression.h"

#include <QtTest>

using namespace pipeline;
using namespace pipeline::expr;

class tst_ExprPrinter : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void roundTrip_data();
    void roundTrip();
    void roundTripKeepsEvaluation();
    void deepUnaryMinusStaysParseable();
    void identifiers_data();
    void identifiers();
    void typeNames();
    void summaryMentionsEveryFeature();
};

void tst_ExprPrinter::dialects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("ksql");
    QTest::addColumn<QString>("flink");

    QTest::newRow("comparison") << "temperature > 30" << "temperature > 30" << "temperature > 30" << "temperature > 30";
    QTest::newRow("not equal") << "a != 'x'" << "a <> 'x'" << "a <> 'x'" << "a <> 'x'";
    QTest::newRow("reserved field") << "`size` > 1 AND `value` = 2"
                                    << "size > 1 AND value = 2" << "`size` > 1 AND `value` = 2"
                                    << "size > 1 AND `value` = 2";
    QTest::newRow("field with space") << "\"first name\" = 'a'" << "\"first name\" = 'a'" << "`first name` = 'a'"
                                      << "`first name` = 'a'";
    QTest::newRow("nested") << "payload.device.id = 'x'" << "payload.device.id = 'x'" << "payload->device->id = 'x'"
                            << "payload.device.id = 'x'";
    QTest::newRow("nested reserved") << "payload.`timestamp`" << "payload.timestamp" << "payload->`timestamp`"
                                     << "payload.`timestamp`";
    QTest::newRow("string escaping") << "name = 'O''Brien'" << "name = 'O''Brien'" << "name = 'O''Brien'"
                                     << "name = 'O''Brien'";
    QTest::newRow("upper lower") << "UPPER(a) = LOWER(b)" << "UPPER(a) = LOWER(b)" << "UCASE(a) = LCASE(b)"
                                 << "UPPER(a) = LOWER(b)";
    QTest::newRow("char_length") << "CHAR_LENGTH(name) > 3" << "CHAR_LENGTH(name) > 3" << "LEN(name) > 3"
                                 << "CHAR_LENGTH(name) > 3";
    QTest::newRow("substring 3") << "SUBSTRING(s, 2, 3)" << "SUBSTRING(s, 2, 3)" << "SUBSTRING(s, 2, 3)"
                                 << "SUBSTRING(s FROM 2 FOR 3)";
    QTest::newRow("substring 2") << "SUBSTRING(s FROM 2)" << "SUBSTRING(s, 2)" << "SUBSTRING(s, 2)"
                                 << "SUBSTRING(s FROM 2)";
    QTest::newRow("concat") << "CONCAT(a, '-', b)" << "CONCAT(a, '-', b)"
                            << "CASE WHEN a IS NULL OR b IS NULL THEN CAST(NULL AS VARCHAR) ELSE CONCAT(a, '-', b) END"
                            << "CONCAT(a, '-', b)";
    QTest::newRow("cast varchar") << "CAST(x AS VARCHAR)" << "CAST(x AS STRING)" << "CAST(x AS VARCHAR)"
                                  << "CAST(x AS STRING)";
    QTest::newRow("cast int") << "CAST(x AS INT)" << "CAST(x AS BIGINT)" << "CAST(x AS BIGINT)" << "CAST(x AS BIGINT)";
    QTest::newRow("cast timestamp") << "CAST(x AS TIMESTAMP)" << "CAST(x AS TIMESTAMP)" << "CAST(x AS TIMESTAMP)"
                                    << "CAST(x AS TIMESTAMP(3))";
    QTest::newRow("cast boolean double") << "CAST(CAST(x AS BOOLEAN) AS DOUBLE)" << "CAST(CAST(x AS BOOLEAN) AS DOUBLE)"
                                         << "CAST(CAST(x AS BOOLEAN) AS DOUBLE)" << "CAST(CAST(x AS BOOLEAN) AS DOUBLE)";
    QTest::newRow("modulo") << "a % 2 = 0" << "a % 2 = 0" << "a % 2 = 0" << "MOD(a, 2) = 0";
    QTest::newRow("modulo in product") << "(a + 1) % 3 * 2" << "(a + 1) % 3 * 2" << "(a + 1) % 3 * 2"
                                       << "MOD(a + 1, 3) * 2";
    QTest::newRow("in between like") << "a IN (1, 2) AND b NOT BETWEEN 1 AND 5 OR c NOT LIKE 'x%'"
                                     << "a IN (1, 2) AND b NOT BETWEEN 1 AND 5 OR c NOT LIKE 'x%'"
                                     << "a IN (1, 2) AND b NOT BETWEEN 1 AND 5 OR c NOT LIKE 'x%'"
                                     << "a IN (1, 2) AND b NOT BETWEEN 1 AND 5 OR c NOT LIKE 'x%'";
    QTest::newRow("case") << "case when a > 1 then 'x' else null end" << "CASE WHEN a > 1 THEN 'x' ELSE NULL END"
                          << "CASE WHEN a > 1 THEN 'x' ELSE NULL END" << "CASE WHEN a > 1 THEN 'x' ELSE NULL END";
    QTest::newRow("functions") << "ROUND(ABS(x), 2) + FLOOR(y) - CEIL(z) + COALESCE(w, 0)"
                               << "ROUND(ABS(x), 2) + FLOOR(y) - CEIL(z) + COALESCE(w, 0)"
                               << "ROUND(ABS(x), 2) + FLOOR(y) - CEIL(z) + COALESCE(w, 0)"
                               << "ROUND(ABS(x), 2) + FLOOR(y) - CEIL(z) + COALESCE(w, 0)";
    QTest::newRow("trim booleans") << "TRIM(s) = '' OR flag = TRUE OR other IS NOT NULL"
                                   << "TRIM(s) = '' OR flag = TRUE OR other IS NOT NULL"
                                   << "TRIM(s) = '' OR flag = TRUE OR other IS NOT NULL"
                                   << "TRIM(s) = '' OR flag = TRUE OR other IS NOT NULL";
    QTest::newRow("doubles") << "x * 2.0 + 1e-3" << "x * 2.0 + 0.001" << "x * 2.0 + 0.001" << "x * 2.0 + 0.001";
    QTest::newRow("negation") << "-(a + b)" << "-(a + b)" << "-(a + b)" << "-(a + b)";
}

void tst_ExprPrinter::dialects()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, ksql);
    QFETCH(QString, flink);
    const ParseResult r = parse(input.toStdString());
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    QCOMPARE(QString::fromStdString(print(*r.expression, Dialect::Canonical)), canonical);
    QCOMPARE(QString::fromStdString(print(*r.expression, Dialect::Ksql)), ksql);
    QCOMPARE(QString::fromStdString(print(*r.expression, Dialect::Flink)), flink);
}

void tst_ExprPrinter::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    const char *inputs[] = {
        "a",
        "a + b + c",
        "a + (b + c)",
        "a - (b - c)",
        "(a - b) - c",
        "a * (b / c) % d",
        "(a + b) * (c - d)",
        "-a * -b",
        "-(-a)",
        "- - 3",
        "a - -3",
        "-3.5 * 2",
        "-(a * b)",
        "NOT NOT a",
        "NOT (a AND b) OR c",
        "a AND (b OR c)",
        "(a OR b) AND (c OR d)",
        "a OR (b OR c)",
        "a AND (b AND c)",
        "(NOT a) = b",
        "(a = b) = (c <> d)",
        "(a < b) IS NULL",
        "(a IS NULL) IS NOT NULL",
        "(a IN (1, 2)) = TRUE",
        "a IN ((b = c), d OR e)",
        "x BETWEEN (a + 1) AND (b * 2)",
        "(x BETWEEN 1 AND 2) BETWEEN FALSE AND TRUE",
        "x NOT BETWEEN -1 AND 1",
        "(s LIKE 'a%') LIKE 'TRUE'",
        "s NOT LIKE CONCAT(p, '%')",
        "CASE WHEN a THEN (b OR c) ELSE NOT d END",
        "CASE x + 1 WHEN 2 THEN 'two' WHEN 3 THEN 'three' ELSE 'many' END",
        "CASE WHEN a > 1 THEN CASE WHEN b THEN 1 END END",
        "CAST(a + b AS DOUBLE) / 2",
        "CAST('2024-01-01' AS TIMESTAMP)",
        "SUBSTRING(s FROM 1 FOR 3)",
        "UPPER(TRIM(LOWER(s)))",
        "COALESCE(a.b.c, \"x y\".z, `end`)",
        "\"weird\"\"name\" = 'it''s'",
        "1.0 + 1e20 + 1e-20 + 0.1 + 123456789.125",
        "9223372036854775807 - 1",
        "TRUE AND FALSE OR NULL",
        "payload.\"select\" = payload.`from`",
        "ROUND(x, -2) + ABS(-x) + FLOOR(-1.5) + CEIL(1.5)",
        "CHAR_LENGTH(s) % 2 = 0 AND a <> b AND c != d AND e <= f AND g >= h",
        "a * b + c * d - e / f",
        "(a + b) % (c - d)",
        "'' = ''",
        "x IN (NULL)",
    };
    for (const char *input : inputs)
        QTest::newRow(input) << QString::fromUtf8(input);
}

void tst_ExprPrinter::roundTrip()
{
    QFETCH(QString, input);
    const ParseResult first = parse(input.toStdString());
    QVERIFY2(first.ok(), first.error ? first.error->message.c_str() : "");
    const std::string printed = print(*first.expression, Dialect::Canonical);
    const ParseResult second = parse(printed);
    QVERIFY2(second.ok(), (printed + ": " + (second.error ? second.error->message : "")).c_str());
    QVERIFY2(*second.expression == *first.expression, printed.c_str());
    // Printing is a fixed point.
    QCOMPARE(print(*second.expression, Dialect::Canonical), printed);
}

void tst_ExprPrinter::roundTripKeepsEvaluation()
{
    const nlohmann::json record = {{"a", 7}, {"b", 2}, {"c", 3}, {"s", "Hello"}};
    for (const char *text : {"a - (b - c)", "a / (b * c)", "-(a - b) * c", "a % (b + c)",
                             "CASE WHEN a > b THEN SUBSTRING(s FROM 2 FOR 3) END"}) {
        const Expression e = *parse(text).expression;
        const Expression again = *parse(print(e, Dialect::Canonical)).expression;
        QCOMPARE(evaluate(again, record), evaluate(e, record));
    }
}

void tst_ExprPrinter::identifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("ksql");
    QTest::addColumn<QString>("flink");

    QTest::newRow("plain") << "device_id" << "device_id" << "device_id" << "device_id";
    QTest::newRow("mixed case") << "deviceId" << "deviceId" << "deviceId" << "deviceId";
    QTest::newRow("keyword") << "end" << "\"end\"" << "`end`" << "`end`";
    QTest::newRow("ksql only") << "size" << "size" << "`size`" << "size";
    QTest::newRow("flink only") << "user" << "user" << "user" << "`user`";
    QTest::newRow("flink keyword beyond the core list") << "raw" << "raw" << "raw" << "`raw`";
    QTest::newRow("leading digit") << "1st" << "\"1st\"" << "`1st`" << "`1st`";
    QTest::newRow("dash") << "x-y" << "\"x-y\"" << "`x-y`" << "`x-y`";
    QTest::newRow("backtick inside") << "a`b" << "\"a`b\"" << "`a``b`" << "`a``b`";
    QTest::newRow("quote inside") << "a\"b" << "\"a\"\"b\"" << "`a\"b`" << "`a\"b`";
}

void tst_ExprPrinter::identifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    QFETCH(QString, ksql);
    QFETCH(QString, flink);
    QCOMPARE(QString::fromStdString(quoteIdentifier(name.toStdString(), Dialect::Canonical)), canonical);
    QCOMPARE(QString::fromStdString(quoteIdentifier(name.toStdString(), Dialect::Ksql)), ksql);
    QCOMPARE(QString::fromStdString(quoteIdentifier(name.toStdString(), Dialect::Flink)), flink);
}

void tst_ExprPrinter::typeNames()
{
    QCOMPARE(sqlTypeName(FieldType::String, Dialect::Ksql), std::string_view("VARCHAR"));
    QCOMPARE(sqlTypeName(FieldType::String, Dialect::Flink), std::string_view("STRING"));
    QCOMPARE(sqlTypeName(FieldType::Integer, Dialect::Flink), std::string_view("BIGINT"));
    QCOMPARE(sqlTypeName(FieldType::Timestamp, Dialect::Flink), std::string_view("TIMESTAMP(3)"));
    QCOMPARE(sqlTypeName(FieldType::Timestamp, Dialect::Ksql), std::string_view("TIMESTAMP"));
}

void tst_ExprPrinter::summaryMentionsEveryFeature()
{
    const std::string_view summary = languageSummary();
    for (const char *word : {"IS [NOT] NULL", "IN", "BETWEEN", "LIKE", "CASE", "CAST", "UPPER", "LOWER", "TRIM",
                             "CONCAT", "SUBSTRING", "CHAR_LENGTH", "ABS", "ROUND", "FLOOR", "CEIL", "COALESCE", "a.b"})
        QVERIFY2(summary.find(word) != std::string_view::npos, word);
}

void tst_ExprPrinter::deepUnaryMinusStaysParseable()
{
    // Found by fuzz_expr: parenthesising each nested minus doubled the nesting
    // depth, so text just under the parser's limit printed to text over it.
    const std::string text = std::string(150, '-') + "x";
    const ParseResult parsed = parse(text);
    QVERIFY(parsed.ok());
    const std::string printed = print(*parsed.expression, Dialect::Canonical);
    QVERIFY(printed.find("--") == std::string::npos); // never a SQL comment
    const ParseResult reparsed = parse(printed);
    QVERIFY2(reparsed.ok(), reparsed.error ? reparsed.error->message.c_str() : "");
    QVERIFY(*reparsed.expression == *parsed.expression);
}

QTEST_GUILESS_MAIN(tst_ExprPrinter)
#include "tst_expr_printer.moc"
