// Unit tests of the small SQL spelling helpers the printers share.

#include "codegen/sqlduration.h"
#include "codegen/sqlfragments.h"
#include "codegen/sqlidentifiers.h"

#include <QtTest>

using namespace codegen;

class TestSqlFragments : public QObject {
    Q_OBJECT

private slots:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ksql");
        QTest::addColumn<QString>("flink");
        QTest::newRow("zero") << "0s" << "0 SECONDS" << "INTERVAL '0' SECOND";
        QTest::newRow("one minute") << "1m" << "1 MINUTE" << "INTERVAL '1' MINUTE";
        QTest::newRow("90 seconds") << "90s" << "90 SECONDS" << "INTERVAL '90' SECOND";
        QTest::newRow("two hours") << "2h" << "2 HOURS" << "INTERVAL '2' HOUR";
        QTest::newRow("one day") << "1d" << "1 DAY" << "INTERVAL '1' DAY";
        QTest::newRow("sub-second") << "500ms" << "500 MILLISECONDS" << "INTERVAL '0.500' SECOND";
        QTest::newRow("mixed") << "1500ms" << "1500 MILLISECONDS" << "INTERVAL '1.500' SECOND";
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(QString, ksql);
        QFETCH(QString, flink);
        const auto millis = SqlDuration::parseMillis(text.toStdString());
        QVERIFY(millis.has_value());
        QCOMPARE(QString::fromStdString(SqlDuration::ksql(*millis)), ksql);
        QCOMPARE(QString::fromStdString(SqlDuration::flinkInterval(*millis)), flink);
    }

    void badDurations()
    {
        QVERIFY(!SqlDuration::parseMillis("").has_value());
        QVERIFY(!SqlDuration::parseMillis("ten minutes").has_value());
        QVERIFY(!SqlDuration::parseMillis("-5s").has_value());
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dashes") << "check-range" << "check_range";
        QTest::newRow("leading digit") << "1st" << "n_1st";
        QTest::newRow("dots and spaces") << "a.b c" << "a_b_c";
        QTest::newRow("non-ascii bytes") << "grüße" << "gr____e";
        QTest::newRow("empty") << "" << "n_";
    }

    void sanitize()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(SqlIdentifiers::sanitize(id.toUtf8().toStdString())),
                 expected);
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("flink");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain ksql") << "device_id" << false << "device_id";
        QTest::newRow("plain flink") << "device_id" << true << "device_id";
        QTest::newRow("size ksql") << "size" << false << "`size`";
        QTest::newRow("value ksql") << "value" << false << "`value`";
        QTest::newRow("value flink") << "value" << true << "`value`";
        QTest::newRow("flink keyword") << "unique" << true << "`unique`";
        QTest::newRow("flink keyword raw") << "raw" << true << "`raw`";
        QTest::newRow("space") << "first name" << true << "`first name`";
        QTest::newRow("backtick") << "a`b" << false << "`a``b`";
    }

    void quoting()
    {
        QFETCH(QString, name);
        QFETCH(bool, flink);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(SqlIdentifiers::quote(name.toStdString(), flink ? SqlDialect::Flink : SqlDialect::Ksql)),
                 expected);
    }

    void fieldPaths()
    {
        QCOMPARE(SqlIdentifiers::fieldPath("a.b.c", SqlDialect::Ksql), std::string("a->b->c"));
        QCOMPARE(SqlIdentifiers::fieldPath("a.b.c", SqlDialect::Flink), std::string("a.b.c"));
        QCOMPARE(SqlIdentifiers::fieldPath("meta.value", SqlDialect::Flink), std::string("meta.`value`"));
    }

    void literals()
    {
        QCOMPARE(SqlIdentifiers::stringLiteral("it's"), std::string("'it''s'"));
        QCOMPARE(SqlIdentifiers::stringLiteral(""), std::string("''"));
        QCOMPARE(SqlIdentifiers::commentText("two\nlines"), std::string("two lines"));
    }

    void uniqueNames()
    {
        SqlNameRegistry names;
        QCOMPARE(names.claim("check-range"), std::string("check_range"));
        QCOMPARE(names.claim("check_range"), std::string("check_range_2"));
        // ksqlDB folds case, so names differing only in case collide too.
        QCOMPARE(names.claim("CHECK-RANGE"), std::string("CHECK_RANGE_3"));
    }

    void conditions()
    {
        auto e = [](const char *text) { return *pipeline::expr::parse(text).expression; };
        Condition route;
        route.terms = {{e("amount > 10"), true, true}, {e("currency = 'EUR' OR currency = 'USD'"), false, false}};
        // NULL never matches: a negated earlier route needs COALESCE, the own condition parentheses.
        QCOMPARE(SqlFragments::condition(route, SqlDialect::Flink),
                 std::string("NOT COALESCE(amount > 10, FALSE) AND (currency = 'EUR' OR currency = 'USD')"));
        Condition invalid;
        invalid.disjunction = true;
        invalid.terms = {{e("a IS NOT NULL"), true, true}, {e("b > 0"), true, true}};
        QCOMPARE(SqlFragments::condition(invalid, SqlDialect::Ksql),
                 std::string("NOT COALESCE(a IS NOT NULL, FALSE) OR NOT COALESCE(b > 0, FALSE)"));
        Condition single;
        single.terms = {{e("x > 1 OR y < 2"), false, false}};
        QCOMPARE(SqlFragments::condition(single, SqlDialect::Ksql), std::string("x > 1 OR y < 2"));
    }

    void templates()
    {
        std::vector<PlanColumn> columns(2);
        columns[0].field.name = "text";
        columns[0].field.type = pipeline::FieldType::String;
        columns[1].field.name = "amount";
        columns[1].field.type = pipeline::FieldType::Double;
        const std::vector<TemplatePart> parts{{false, "Say '"}, {true, "text"}, {false, "' for "}, {true, "amount"}};
        QCOMPARE(SqlFragments::templateText(parts, columns, SqlDialect::Flink),
                 std::string("CONCAT('Say ''', COALESCE(text, ''), ''' for ', COALESCE(CAST(amount AS STRING), ''))"));
        QCOMPARE(SqlFragments::templateText(parts, columns, SqlDialect::Ksql),
                 std::string("CONCAT('Say ''', COALESCE(text, ''), ''' for ', COALESCE(CAST(amount AS VARCHAR), ''))"));
        QCOMPARE(SqlFragments::templateText({}, columns, SqlDialect::Ksql), std::string("''"));
    }
};

QTEST_GUILESS_MAIN(TestSqlFragments)
#include "tst_sqlfragments.moc"
