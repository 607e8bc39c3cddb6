#include "operatortesting.h"

#include "pipeline/runtime/operators/deadletteroperator.h"
#include "pipeline/runtime/operators/dedupeoperator.h"
#include "pipeline/runtime/operators/filteroperator.h"
#include "pipeline/runtime/kafka/kafkasinkoperator.h"
#include "pipeline/runtime/operators/maskoperator.h"
#include "pipeline/runtime/operators/projectoperator.h"
#include "pipeline/runtime/operators/routeoperator.h"
#include "pipeline/runtime/operators/validateoperator.h"

#include <QTest>

using namespace testing;
using nlohmann::json;


// The stateless operators (and dedupe) on in-memory records.
class TstSimpleOperators : public QObject {
    Q_OBJECT

private slots:
    void filter_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("passes");
        QTest::newRow("hot") << "temperature > 132 OR temperature < 32" << R"({"temperature": 140})" << true;
        QTest::newRow("cold") << "temperature > 132 OR temperature < 32" << R"({"temperature": 10.5})" << true;
        QTest::newRow("normal") << "temperature > 132 OR temperature < 32" << R"({"temperature": 70})" << false;
        QTest::newRow("null is not true") << "temperature > 132" << R"({"other": 1})" << false;
        QTest::newRow("nested") << "device.site = 'north'" << R"({"device": {"site": "north"}})" << true;
    }
    void filter()
    {
        QFETCH(QString, condition);
        QFETCH(QString, record);
        QFETCH(bool, passes);
        FilterOperator op(expression(condition.toStdString()));
        TestContext ctx;
        op.process(0, makeRecord(json::parse(record.toStdString())), ctx);
        QCOMPARE(ctx.emitted.size(), size_t(passes ? 1 : 0));
        QCOMPARE(ctx.dropped.size(), size_t(passes ? 0 : 1));
        if (passes)
            JSON_COMPARE(ctx.emitted[0].second.value, json::parse(record.toStdString()));
    }

    void filterEvaluationErrorPropagates()
    {
        // The engine turns the exception into the node's error policy; the record stays intact.
        FilterOperator op(expression("CAST(reading AS INTEGER) > 3"));
        TestContext ctx;
        Record r = makeRecord(json{{"reading", "not a number"}});
        QVERIFY_THROWS_EXCEPTION(pipeline::expr::EvaluationError, op.process(0, std::move(r), ctx));
        JSON_COMPARE(r.value["reading"], json("not a number"));
        QVERIFY(ctx.emitted.empty());
    }

    void project()
    {
        ProjectOperator op({{"device_id", expression("device_id")},
                            {"fahrenheit", expression("temperature * 9 / 5 + 32")},
                            {"site", expression("UPPER(meta.site)")},
                            {"missing", expression("nope")}});
        TestContext ctx;
        op.process(0, makeRecord(json::parse(R"({"device_id": "d1", "temperature": 100, "meta": {"site": "n"}, "x": 1})")), ctx);
        QCOMPARE(ctx.emitted.size(), size_t(1));
        JSON_COMPARE(ctx.emitted[0].second.value,
                 json::parse(R"({"device_id": "d1", "fahrenheit": 212, "site": "N", "missing": null})"));
    }

    void route_data()
    {
        QTest::addColumn<int>("amount");
        QTest::addColumn<int>("port");
        QTest::newRow("first match wins") << 5000 << 0;
        QTest::newRow("second") << 500 << 1;
        QTest::newRow("else") << 5 << 2;
    }
    void route()
    {
        QFETCH(int, amount);
        QFETCH(int, port);
        RouteOperator op({expression("amount >= 1000"), expression("amount >= 100")});
        TestContext ctx;
        op.process(0, makeRecord(json{{"amount", amount}}), ctx);
        QCOMPARE(ctx.emitted.size(), size_t(1));
        QCOMPARE(ctx.emitted[0].first, port);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("note");
        QTest::newRow("valid") << R"({"device_id": "d", "temperature": 50})" << 0 << "";
        QTest::newRow("out of range") << R"({"device_id": "d", "temperature": 500})" << 1 << "constraint violated: in_range";
        QTest::newRow("null violates both") << R"({"temperature": null})" << 1
                                            << "constraint violated: has_device, in_range";
    }
    void validate()
    {
        QFETCH(QString, record);
        QFETCH(int, port);
        QFETCH(QString, note);
        ValidateOperator op({{"has_device", expression("device_id IS NOT NULL")},
                             {"in_range", expression("temperature BETWEEN 32 AND 132")}});
        TestContext ctx;
        op.process(0, makeRecord(json::parse(record.toStdString())), ctx);
        QCOMPARE(ctx.emitted.size(), size_t(1));
        QCOMPARE(ctx.emitted[0].first, port);
        QCOMPARE(QString::fromStdString(ctx.emitted[0].second.note), note);
        JSON_COMPARE(ctx.emitted[0].second.value, json::parse(record.toStdString())); // unchanged on both ports
    }

    void maskText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("masked");
        QTest::newRow("redact") << "ada@example.com" << int(MaskOperator::Method::Redact) << 4 << "***";
        QTest::newRow("hash abc") << "abc" << int(MaskOperator::Method::Hash) << 4
                                  << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("partial") << "+1-555-0123" << int(MaskOperator::Method::Partial) << 4 << "*******0123";
        QTest::newRow("partial shorter than keep") << "abc" << int(MaskOperator::Method::Partial) << 4 << "abc";
        QTest::newRow("partial utf-8") << "Zoë Müller" << int(MaskOperator::Method::Partial) << 3 << "*******ler";
        QTest::newRow("partial keep 0") << "secret" << int(MaskOperator::Method::Partial) << 0 << "******";
    }
    void maskText()
    {
        QFETCH(QString, text);
        QFETCH(int, method);
        QFETCH(int, keep);
        QFETCH(QString, masked);
        QCOMPARE(QString::fromStdString(MaskOperator::maskText(text.toStdString(), MaskOperator::Method(method), keep)),
                 masked);
    }

    void maskRecord()
    {
        MaskOperator op({{FieldPath("email"), MaskOperator::Method::Hash, 4},
                         {FieldPath("contact.phone"), MaskOperator::Method::Partial, 2},
                         {FieldPath("card"), MaskOperator::Method::Redact, 4},
                         {FieldPath("absent"), MaskOperator::Method::Redact, 4},
                         {FieldPath("nothing"), MaskOperator::Method::Redact, 4}});
        TestContext ctx;
        op.process(0, makeRecord(json::parse(R"({"email": "abc", "contact": {"phone": "12345"}, "card": 4111, "nothing": null})")), ctx);
        QCOMPARE(ctx.emitted.size(), size_t(1));
        JSON_COMPARE(ctx.emitted[0].second.value,
                 json::parse(R"({"email": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                                 "contact": {"phone": "***45"}, "card": "***", "nothing": null})"));
    }

    void dedupe()
    {
        DedupeOperator op(expression("payment_id"), 10'000);
        TestContext ctx;
        auto send = [&](const char *id) { op.process(0, makeRecord(json{{"payment_id", id}}), ctx); };
        send("a");
        send("b");
        send("a"); // duplicate within the window
        ctx.now += 9'999;
        send("b"); // still within
        ctx.now += 2;
        send("a"); // first seen 10,001 ms ago: passes again
        op.process(0, makeRecord(json{{"other", 1}}), ctx); // NULL key always passes
        op.process(0, makeRecord(json{{"other", 1}}), ctx);
        QCOMPARE(ctx.emitted.size(), size_t(5));
        QCOMPARE(ctx.dropped.size(), size_t(2));
        JSON_COMPARE(ctx.emitted[2].second.value["payment_id"], json("a"));
        ctx.now += 20'000;
        op.onTimer(ctx);
        QCOMPARE(op.keysRemembered(), size_t(0)); // memory stays bounded
    }

    void kafkaSink_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("expectedKey");
        QTest::newRow("json with key") << int(KafkaSinkOperator::Format::Json) << "device_id"
                                       << R"({"device_id":"d1","t":1})" << R"({"device_id":"d1","t":1})" << "d1";
        QTest::newRow("integer key") << int(KafkaSinkOperator::Format::Json) << "n" << R"({"n":7})" << R"({"n":7})" << "7";
        QTest::newRow("null key: none") << int(KafkaSinkOperator::Format::Json) << "missing" << R"({"n":7})" << R"({"n":7})"
                                        << "<none>";
        QTest::newRow("string format value") << int(KafkaSinkOperator::Format::String) << ""
                                             << R"({"key":"k","value":"raw text"})" << "raw text" << "<none>";
    }
    void kafkaSink()
    {
        QFETCH(int, format);
        QFETCH(QString, key);
        QFETCH(QString, record);
        QFETCH(QString, payload);
        QFETCH(QString, expectedKey);
        TestSinkOutput out;
        std::optional<pipeline::expr::Expression> keyExpr;
        if (!key.isEmpty())
            keyExpr = expression(key.toStdString());
        KafkaSinkOperator op("alerts", KafkaSinkOperator::Format(format), keyExpr, out);
        TestContext ctx;
        op.process(0, makeRecord(json::parse(record.toStdString())), ctx);
        QCOMPARE(out.sent.size(), size_t(1));
        QCOMPARE(out.sent[0].topic, std::string("alerts"));
        QCOMPARE(QString::fromStdString(out.sent[0].payload), payload);
        QCOMPARE(out.sent[0].key ? QString::fromStdString(*out.sent[0].key) : QString("<none>"), expectedKey);
    }

    void deadLetterSinkUsesNote()
    {
        TestSinkOutput out;
        DeadLetterOperator op("dlq", out);
        TestContext ctx;
        Record r = makeRecord(json{{"t", 500}});
        r.note = "constraint violated: in_range";
        r.noteNode = "check";
        op.process(0, std::move(r), ctx);
        op.process(0, makeRecord(json{{"t", 1}}), ctx);
        QCOMPARE(out.sent.size(), size_t(2));
        QCOMPARE(out.sent[0].topic, std::string("dlq"));
        QCOMPARE(out.sent[0].error, std::string("constraint violated: in_range"));
        QCOMPARE(out.sent[0].nodeId, std::string("check"));
        QCOMPARE(out.sent[1].error, std::string("routed to dead-letter"));
    }
};

QTEST_GUILESS_MAIN(TstSimpleOperators)
#include "tst_simpleoperators.moc"
