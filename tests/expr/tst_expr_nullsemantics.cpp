#include "pipeline/expr/expression.h"

#include <QtTest>

using namespace pipeline::expr;
using nlohmann::json;

// SQL three-valued logic. The record binds t = TRUE, f = FALSE, n = NULL so each
// truth-table row goes through field lookup exactly as a pipeline filter would.
class tst_ExprNullSemantics : public QObject
{
    Q_OBJECT

private slots:
    void truthTables_data();
    void truthTables();
    void predicateHelper_data();
    void predicateHelper();
};

namespace {

const json record = {{"t", true}, {"f", false}, {"n", nullptr}, {"one", 1}, {"s", "abc"}};

QString valueText(const Value &v)
{
    return QString::fromStdString(v.toString());
}

} // namespace

void tst_ExprNullSemantics::truthTables_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");

    const char *names[] = {"t", "f", "n"};
    const char *values[] = {"TRUE", "FALSE", "NULL"};
    // Expected results of AND and OR indexed by [left][right], in the order t, f, n.
    const char *andTable[3][3] = {{"TRUE", "FALSE", "NULL"}, {"FALSE", "FALSE", "FALSE"}, {"NULL", "FALSE", "NULL"}};
    const char *orTable[3][3] = {{"TRUE", "TRUE", "TRUE"}, {"TRUE", "FALSE", "NULL"}, {"TRUE", "NULL", "NULL"}};
    for (int a = 0; a < 3; ++a) {
        for (int b = 0; b < 3; ++b) {
            const QString andExpr = QStringLiteral("%1 AND %2").arg(names[a], names[b]);
            const QString orExpr = QStringLiteral("%1 OR %2").arg(names[a], names[b]);
            QTest::newRow(qPrintable(andExpr)) << andExpr << andTable[a][b];
            QTest::newRow(qPrintable(orExpr)) << orExpr << orTable[a][b];
            // The same with literals instead of fields.
            const QString andLit = QStringLiteral("%1 AND %2").arg(values[a], values[b]);
            QTest::newRow(qPrintable(andLit)) << andLit << andTable[a][b];
        }
    }
    QTest::newRow("NOT t") << "NOT t" << "FALSE";
    QTest::newRow("NOT f") << "NOT f" << "TRUE";
    QTest::newRow("NOT n") << "NOT n" << "NULL";
    QTest::newRow("NOT missing") << "NOT missing" << "NULL";

    QTest::newRow("null = null") << "n = n" << "NULL";
    QTest::newRow("null <> 1") << "n <> 1" << "NULL";
    QTest::newRow("1 < null") << "1 < NULL" << "NULL";
    QTest::newRow("missing = 1") << "missing = 1" << "NULL";
    QTest::newRow("missing nested") << "nope.deeper = 1" << "NULL";
    QTest::newRow("path through scalar") << "one.x IS NULL" << "TRUE";
    QTest::newRow("null arithmetic") << "one + n" << "NULL";
    QTest::newRow("null division by zero") << "n / 0" << "NULL";
    QTest::newRow("is null") << "n IS NULL" << "TRUE";
    QTest::newRow("is not null") << "n IS NOT NULL" << "FALSE";
    QTest::newRow("missing is null") << "missing IS NULL" << "TRUE";
    QTest::newRow("value is not null") << "one IS NOT NULL" << "TRUE";

    QTest::newRow("in match") << "1 IN (1, NULL)" << "TRUE";
    QTest::newRow("in no match with null") << "2 IN (1, NULL)" << "NULL";
    QTest::newRow("in no match") << "2 IN (1, 3)" << "FALSE";
    QTest::newRow("null in") << "n IN (1, 2)" << "NULL";
    QTest::newRow("not in with null") << "2 NOT IN (1, NULL)" << "NULL";
    QTest::newRow("not in match") << "1 NOT IN (1, NULL)" << "FALSE";
    QTest::newRow("not in clean") << "2 NOT IN (1, 3)" << "TRUE";

    QTest::newRow("between null bound false") << "5 BETWEEN 6 AND n" << "FALSE";
    QTest::newRow("between null bound unknown") << "5 BETWEEN 1 AND n" << "NULL";
    QTest::newRow("between null operand") << "n BETWEEN 1 AND 2" << "NULL";
    QTest::newRow("not between null bound") << "5 NOT BETWEEN 6 AND n" << "TRUE";

    QTest::newRow("like null") << "n LIKE 'a%'" << "NULL";
    QTest::newRow("like null pattern") << "s LIKE n" << "NULL";
    QTest::newRow("not like null") << "n NOT LIKE 'a%'" << "NULL";

    QTest::newRow("case null condition falls through") << "CASE WHEN n THEN 1 ELSE 2 END" << "2";
    QTest::newRow("case no else") << "CASE WHEN f THEN 1 END" << "NULL";
    QTest::newRow("simple case null never matches") << "CASE n WHEN NULL THEN 1 ELSE 2 END" << "2";
    QTest::newRow("coalesce") << "COALESCE(n, missing, 3)" << "3";
    QTest::newRow("coalesce all null") << "COALESCE(n, missing)" << "NULL";
    QTest::newRow("function of null") << "UPPER(n)" << "NULL";
    QTest::newRow("concat with null") << "CONCAT(s, n)" << "NULL";
    QTest::newRow("cast null") << "CAST(n AS BIGINT)" << "NULL";
    QTest::newRow("null and short circuit error") << "f AND 1 / 0 = 1" << "FALSE";
    QTest::newRow("or short circuit error") << "t OR 1 / 0 = 1" << "TRUE";
}

void tst_ExprNullSemantics::truthTables()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    const ParseResult r = parse(expression.toStdString());
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    QCOMPARE(valueText(evaluate(*r.expression, record)), expected);
}

void tst_ExprNullSemantics::predicateHelper_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 NULL

    QTest::newRow("true") << "one = 1" << 1;
    QTest::newRow("false") << "one = 2" << 0;
    QTest::newRow("null") << "n = 1" << -1;
    QTest::newRow("null or false") << "n OR f" << -1;
    QTest::newRow("null and false") << "n AND f" << 0;
}

void tst_ExprNullSemantics::predicateHelper()
{
    QFETCH(QString, expression);
    QFETCH(int, expected);
    const ParseResult r = parse(expression.toStdString());
    QVERIFY(r.ok());
    const std::optional<bool> result = evaluatePredicate(*r.expression, record);
    QCOMPARE(result.has_value() ? int(*result) : -1, expected);
}

QTEST_GUILESS_MAIN(tst_ExprNullSemantics)
#include "tst_expr_nullsemantics.moc"
