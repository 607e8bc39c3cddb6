#include "operatortesting.h"

#include "pipeline/runtime/operators/aggregateoperator.h"

#include <QTest>

using namespace testing;
using nlohmann::json;

namespace {

AggregateOperator::Config config(AggregateOperator::WindowKind window, std::int64_t size, std::int64_t grace)
{
    AggregateOperator::Config c;
    c.groupByNames = {"device_id"};
    c.groupBy = {expression("device_id")};
    c.aggregates = {{"readings", AggregateOperator::Function::Count, std::nullopt},
                    {"total", AggregateOperator::Function::Sum, expression("value")},
                    {"average", AggregateOperator::Function::Avg, expression("value")},
                    {"lowest", AggregateOperator::Function::Min, expression("value")},
                    {"highest", AggregateOperator::Function::Max, expression("value")}};
    c.window = window;
    c.sizeMillis = size;
    c.advanceMillis = size;
    c.gapMillis = size;
    c.graceMillis = grace;
    c.timeField = FieldPath("ts");
    return c;
}

json reading(const char *device, std::int64_t seconds, double value)
{
    return json{{"device_id", device}, {"ts", seconds * 1000}, {"value", value}};
}

// "device@start-end:count" for compact comparisons.
QStringList summary(const TestContext &ctx)
{
    QStringList out;
    for (const auto &[port, r] : ctx.emitted)
        out << QString("%1@%2-%3:%4")
                   .arg(QString::fromStdString(r.value.value("device_id", std::string("*"))))
                   .arg(r.value["window_start"].get<std::int64_t>() / 1000)
                   .arg(r.value["window_end"].get<std::int64_t>() / 1000)
                   .arg(r.value["readings"].get<std::int64_t>());
    return out;
}

} // namespace

// Windowed aggregation: exact results on out-of-order data within grace, late
// events rejected, sources settled only after the result is released.
class TstAggregateOperator : public QObject {
    Q_OBJECT

private slots:
    void tumblingOutOfOrderWithinGrace()
    {
        FateCounter fates;
        AggregateOperator op(config(AggregateOperator::WindowKind::Tumbling, 10'000, 5'000));
        TestContext ctx;
        auto send = [&](const char *d, std::int64_t s, double v) { op.process(0, makeRecord(reading(d, s, v), &fates), ctx); };
        send("a", 1, 10);
        send("a", 3, 20);
        send("b", 4, 5);
        send("a", 12, 1); // watermark 12: [0,10) stays open until 15
        send("a", 8, 30); // out of order, within grace: still counts
        QVERIFY(ctx.emitted.empty());
        send("b", 16, 7); // watermark 16 closes [0,10)
        QCOMPARE(summary(ctx), QStringList({"a@0-10:3", "b@0-10:1"}));
        const json &a = ctx.emitted[0].second.value;
        JSON_COMPARE(a["total"], json(60.0));
        JSON_COMPARE(a["average"], json(20.0));
        JSON_COMPARE(a["lowest"], json(10.0));
        JSON_COMPARE(a["highest"], json(30.0));
        JSON_COMPARE(a["window_start"], json(0));
        JSON_COMPARE(a["window_end"], json(10'000));

        send("a", 9, 100); // late: its window was emitted
        QCOMPARE(ctx.rejected.size(), size_t(1));
        QVERIFY(ctx.rejected[0].second.find("late event") != std::string::npos);
        QCOMPARE(op.lateEvents(), std::uint64_t(1));

        op.flush(ctx); // end of input closes the rest
        QCOMPARE(summary(ctx), QStringList({"a@0-10:3", "b@0-10:1", "a@10-20:1", "b@10-20:1"}));
        QCOMPARE(op.pendingRecords(), std::uint64_t(0));

        // Sources settle only when the results (and the rejected record) are released.
        QCOMPARE(fates.count(Fate::Output), 0);
        for (auto &[port, r] : ctx.emitted)
            r.origin->mark(Fate::Output);
        ctx.emitted.clear();
        ctx.rejected.clear();
        QCOMPARE(fates.count(Fate::Output), 6);
        QCOMPARE(fates.count(Fate::Filtered), 1); // the late one, in this bare test
    }

    void hoppingCountsEventInEveryWindow()
    {
        auto c = config(AggregateOperator::WindowKind::Hopping, 10'000, 0);
        c.advanceMillis = 5'000;
        AggregateOperator op(c);
        TestContext ctx;
        op.process(0, makeRecord(reading("a", 7, 1)), ctx);
        op.process(0, makeRecord(reading("a", 12, 1)), ctx);
        op.flush(ctx);
        QCOMPARE(summary(ctx), QStringList({"a@0-10:1", "a@5-15:2", "a@10-20:1"}));
    }

    void sessionsMerge()
    {
        AggregateOperator op(config(AggregateOperator::WindowKind::Session, 5'000, 0));
        TestContext ctx;
        op.process(0, makeRecord(reading("a", 1, 1)), ctx);
        op.process(0, makeRecord(reading("a", 10, 2)), ctx); // watermark 10 closes [1,6)
        QCOMPARE(summary(ctx), QStringList({"a@1-6:1"}));
        op.process(0, makeRecord(reading("b", 11, 2)), ctx);
        op.process(0, makeRecord(reading("a", 7, 4)), ctx); // [7,12) overlaps [10,15): one session [7,15)
        op.flush(ctx);
        QCOMPARE(summary(ctx), QStringList({"a@1-6:1", "a@7-15:2", "b@11-16:1"}));
        JSON_COMPARE(ctx.emitted[1].second.value["total"], json(6.0));
    }

    void missingTimeFieldIsARecordError()
    {
        AggregateOperator op(config(AggregateOperator::WindowKind::Tumbling, 10'000, 0));
        TestContext ctx;
        QVERIFY_THROWS_EXCEPTION(RecordError, op.process(0, makeRecord(json{{"device_id", "a"}}), ctx));
        QVERIFY_THROWS_EXCEPTION(RecordError, op.process(0, makeRecord(json{{"device_id", "a"}, {"ts", "noon"}}), ctx));
        QCOMPARE(op.pendingRecords(), std::uint64_t(0));
    }

    void nullsAreIgnoredAndIntegersStayIntegers()
    {
        auto c = config(AggregateOperator::WindowKind::Tumbling, 10'000, 0);
        c.groupBy = {};
        c.groupByNames = {};
        c.aggregates = {{"n", AggregateOperator::Function::Count, expression("qty")},
                        {"total", AggregateOperator::Function::Sum, expression("qty")},
                        {"none", AggregateOperator::Function::Sum, expression("absent")}};
        AggregateOperator op(c);
        TestContext ctx;
        op.process(0, makeRecord(json{{"ts", 1000}, {"qty", 2}}), ctx);
        op.process(0, makeRecord(json{{"ts", 2000}, {"qty", nullptr}}), ctx);
        op.process(0, makeRecord(json{{"ts", 3000}, {"qty", 5}}), ctx);
        op.flush(ctx);
        QCOMPARE(ctx.emitted.size(), size_t(1));
        const json &r = ctx.emitted[0].second.value;
        JSON_COMPARE(r["n"], json(2));
        QVERIFY(r["total"].is_number_integer());
        JSON_COMPARE(r["total"], json(7));
        QVERIFY(r["none"].is_null());
    }

    void processingTimeClosesOnTimer()
    {
        auto c = config(AggregateOperator::WindowKind::Tumbling, 1'000, 0);
        c.timeField = FieldPath();
        AggregateOperator op(c);
        TestContext ctx;
        ctx.now = 10'000'500;
        op.process(0, makeRecord(json{{"device_id", "a"}, {"value", 1}}), ctx);
        op.onTimer(ctx);
        QVERIFY(ctx.emitted.empty());
        ctx.now = 10'001'000;
        op.onTimer(ctx);
        QCOMPARE(ctx.emitted.size(), size_t(1));
        JSON_COMPARE(ctx.emitted[0].second.value["window_start"], json(10'000'000));
    }
};

QTEST_GUILESS_MAIN(TstAggregateOperator)
#include "tst_aggregateoperator.moc"
