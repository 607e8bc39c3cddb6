#include "operatortesting.h"

#include "pipeline/runtime/operators/joinoperator.h"

#include <QTest>

using namespace testing;
using nlohmann::json;

// Stream–table join: the table is the latest record per key.
class TstJoinOperator : public QObject {
    Q_OBJECT

private slots:
    void enrichesWithLatestTableRecord_data()
    {
        QTest::addColumn<bool>("inner");
        QTest::newRow("left") << false;
        QTest::newRow("inner") << true;
    }
    void enrichesWithLatestTableRecord()
    {
        QFETCH(bool, inner);
        FateCounter fates;
        JoinOperator op(expression("customer_id"), expression("id"), inner);
        TestContext ctx;
        op.process(1, makeRecord(json{{"id", "c1"}, {"tier", "silver"}}, &fates), ctx);
        op.process(1, makeRecord(json{{"id", "c1"}, {"tier", "gold"}, {"amount", 0}}, &fates), ctx); // newer wins
        op.process(1, makeRecord(json{{"id", 42}, {"tier", "bronze"}}, &fates), ctx);
        QCOMPARE(ctx.absorbed.size(), size_t(3));
        QCOMPARE(op.tableSize(), size_t(2));
        ctx.absorbed.clear();
        QCOMPARE(fates.count(Fate::Stored), 3);

        op.process(0, makeRecord(json{{"customer_id", "c1"}, {"amount", 10}}), ctx);
        op.process(0, makeRecord(json{{"customer_id", 42.0}, {"amount", 3}}), ctx); // 42.0 meets 42
        op.process(0, makeRecord(json{{"customer_id", "nobody"}, {"amount", 1}}), ctx);
        op.process(0, makeRecord(json{{"amount", 1}}), ctx); // NULL key never matches

        QCOMPARE(ctx.emitted.size(), size_t(inner ? 2 : 4));
        QCOMPARE(ctx.dropped.size(), size_t(inner ? 2 : 0));
        JSON_COMPARE(ctx.emitted[0].second.value,
                 json::parse(R"({"customer_id": "c1", "amount": 10, "id": "c1", "tier": "gold", "table_amount": 0})"));
        JSON_COMPARE(ctx.emitted[1].second.value["tier"], json("bronze"));
        if (!inner)
            JSON_COMPARE(ctx.emitted[2].second.value, json::parse(R"({"customer_id": "nobody", "amount": 1})"));
    }
};

QTEST_GUILESS_MAIN(TstJoinOperator)
#include "tst_joinoperator.moc"
