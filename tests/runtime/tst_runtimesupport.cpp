#include "operatortesting.h"

#include "pipeline/core/samplegenerators.h"
#include "pipeline/runtime/kafka/clientproperties.h"
#include "pipeline/runtime/formats/jsonparser.h"
#include "pipeline/runtime/dataflow/partitionoffsets.h"
#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/core/digest.h"
#include "pipeline/runtime/dataflow/readablereason.h"
#include "pipeline/expr/timestamptext.h"

#include <QTest>

#include <cstdlib>

using namespace testing;
using nlohmann::json;

// The runtime's small parts: offsets bookkeeping, origins, sha256, client
// properties, the JSON parser and the sample generators.
class TstRuntimeSupport : public QObject {
    Q_OBJECT

private slots:
    // Dead-letter `time` headers and JSON log lines: ISO 8601, UTC, milliseconds.
    void isoTimestampsAreUtcWithMilliseconds()
    {
        using pipeline::expr::formatIsoTimestamp;
        QCOMPARE(formatIsoTimestamp(0), std::string("1970-01-01T00:00:00.000Z"));
        QCOMPARE(formatIsoTimestamp(1700000000123), std::string("2023-11-14T22:13:20.123Z"));
        QCOMPARE(formatIsoTimestamp(951782400000), std::string("2000-02-29T00:00:00.000Z")); // leap day
        QCOMPARE(formatIsoTimestamp(-1), std::string("1969-12-31T23:59:59.999Z"));
    }

    // A truncated Avro payload's message repeats the decoder's sentence per level:
    // the dead letter's reason keeps it once, says how often, stays bounded and
    // cuts at a word without splitting UTF-8.
    void readableReasonFoldsAndBounds()
    {
        using pipeline::runtime::readableReason;
        std::string nested = "avro decode failed";
        for (int i = 0; i < 106; ++i)
            nested += ": Cannot read string value";
        const std::string folded = readableReason(nested);
        QVERIFY2(folded.size() < 200, folded.c_str());
        QVERIFY2(folded.find("Cannot read string value") != std::string::npos, folded.c_str());
        QVERIFY2(folded.find("106") != std::string::npos, folded.c_str());
        QCOMPARE(readableReason("line one\nline\ttwo"), std::string("line one line two"));

        std::string words;
        for (int i = 0; i < 300; ++i)
            words += "wörter ";
        const std::string cut = readableReason(words, 100);
        QVERIFY2(cut.size() <= 100, cut.c_str());
        QVERIFY2(cut.size() >= 3 && cut.compare(cut.size() - 3, 3, "\u2026") == 0, cut.c_str()); // ends with an ellipsis
        const std::string body = cut.substr(0, cut.size() - 3);
        QVERIFY2(body.back() == 'r' || body.back() == ' ', body.c_str()); // at a word boundary
        QCOMPARE(readableReason("short"), std::string("short"));
    }

    void committableIsLongestSettledPrefix()
    {
        PartitionOffsets p("t", 0);
        for (std::int64_t o : {10, 11, 12, 14}) // 13 is a gap (e.g. a transaction marker)
            p.consumed(o);
        QCOMPARE(p.takeCommittable(), std::int64_t(-1));
        p.settled(11);
        QCOMPARE(p.takeCommittable(), std::int64_t(-1)); // 10 still in flight
        p.settled(10);
        QCOMPARE(p.takeCommittable(), std::int64_t(12));
        QCOMPARE(p.takeCommittable(), std::int64_t(-1)); // nothing new
        p.settled(14);
        QCOMPARE(p.committable(), std::int64_t(12));
        p.settled(12);
        QCOMPARE(p.takeCommittable(), std::int64_t(15));
        QCOMPARE(p.inFlight(), size_t(0));
    }

    void originSettlesAfterLastReference()
    {
        FateCounter fates;
        Origin *o = Origin::fromSample(&fates, 0);
        OriginRef a = OriginRef::adopt(o);
        Origin *produce = a.share(); // an in-flight produce
        {
            OriginRef copy = a; // fan-out
            copy->mark(Fate::Output);
        }
        a = OriginRef();
        QCOMPARE(fates.count(Fate::Output), 0); // the produce still holds it
        produce->release();
        QCOMPARE(fates.count(Fate::Output), 1);
    }

    void fatePriority_data()
    {
        QTest::addColumn<QList<int>>("marks");
        QTest::addColumn<int>("fate");
        QTest::newRow("nothing: filtered") << QList<int>{} << int(Fate::Filtered);
        QTest::newRow("output") << QList<int>{int(Fate::Output)} << int(Fate::Output);
        QTest::newRow("dead letter wins") << QList<int>{int(Fate::Output), int(Fate::DeadLettered)} << int(Fate::DeadLettered);
        QTest::newRow("failed wins") << QList<int>{int(Fate::DeadLettered), int(Fate::Failed)} << int(Fate::Failed);
        QTest::newRow("stored") << QList<int>{int(Fate::Stored)} << int(Fate::Stored);
    }
    void fatePriority()
    {
        QFETCH(QList<int>, marks);
        QFETCH(int, fate);
        FateCounter fates;
        Origin *o = Origin::fromSample(&fates, 0);
        for (int m : marks)
            o->mark(Fate(m));
        o->release();
        QCOMPARE(fates.count(Fate(fate)), 1);
    }

    void groupOriginHoldsMembers()
    {
        FateCounter fates;
        Origin *a = Origin::fromSample(&fates, 0);
        Origin *b = Origin::fromSample(&fates, 0);
        Origin *g = Origin::group({a, b}, 0);
        QCOMPARE(fates.count(Fate::Filtered), 0);
        g->mark(Fate::Output);
        g->release();
        QCOMPARE(fates.count(Fate::Output), 2);
    }

    void sha256_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("million a") << QByteArray(1'000'000, 'a')
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void sha256()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(pipeline::sha256Hex(std::string_view(input.constData(), size_t(input.size())))), digest);
    }

    void clientProperties()
    {
        qputenv("PW_TEST_SECRET", "s3cret");
        ClientProperties props;
        std::string error;
        QVERIFY(parseClientProperties("# comment\n! also\nsecurity.protocol=SASL_SSL\n sasl.mechanism : PLAIN \n"
                                      "sasl.password=${PW_TEST_SECRET}\n\n",
                                      "client.properties", &props, &error));
        QCOMPARE(props.size(), size_t(3));
        QCOMPARE(props[1], std::make_pair(std::string("sasl.mechanism"), std::string("PLAIN")));
        QCOMPARE(props[2].second, std::string("s3cret"));

        ClientProperties bad;
        QVERIFY(!parseClientProperties("a=1\njust words\n", "c.properties", &bad, &error));
        QCOMPARE(error, std::string("c.properties:2: expected key=value, got 'just words'"));
        QVERIFY(!parseClientProperties("p=${PW_TEST_UNSET_VARIABLE}\n", "c.properties", &bad, &error));
        QVERIFY(error.find("PW_TEST_UNSET_VARIABLE") != std::string::npos);
        QVERIFY(!readClientProperties("/nonexistent/client.properties", &bad, &error));
    }

    void jsonParser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,null,2.5,"x"],"c":{"d":-3},"e":18446744073709551615})") << true;
        QTest::newRow("unicode") << QByteArray(R"({"name":"Zoë \u00fc \ud83d\ude00"})") << true;
        QTest::newRow("scalar") << QByteArray("42") << true;
        QTest::newRow("truncated") << QByteArray(R"({"a":)") << false;
        QTest::newRow("two values") << QByteArray("{} {}") << false;
        QTest::newRow("garbage") << QByteArray("not json {") << false;
    }
    void jsonParser()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        JsonParser parser;
        json value;
        std::string error;
        QCOMPARE(parser.parse(text.constData(), size_t(text.size()), value, &error), ok);
        if (ok)
            JSON_COMPARE(value, json::parse(text.toStdString())); // same value as nlohmann's own parser
        else
            QVERIFY(error.rfind("malformed JSON", 0) == 0);
    }

    void sampleGeneratorsMatchSchemaAndSeed_data()
    {
        QTest::addColumn<QString>("generator");
        for (const auto &name : pipeline::sampleGeneratorNames())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    void sampleGeneratorsMatchSchemaAndSeed()
    {
        QFETCH(QString, generator);
        auto schema = pipeline::sampleGeneratorSchema(generator.toStdString());
        QVERIFY(schema);
        auto a = SampleGenerator::create(generator.toStdString(), 7);
        auto b = SampleGenerator::create(generator.toStdString(), 7);
        auto c = SampleGenerator::create(generator.toStdString(), 8);
        QVERIFY(a && b && c);
        bool differs = false;
        for (int i = 0; i < 50; ++i) {
            const json ra = a->next(1000 + i), rb = b->next(1000 + i), rc = c->next(1000 + i);
            JSON_COMPARE(ra, rb); // deterministic from the seed
            differs = differs || ra != rc;
            QCOMPARE(ra.size(), schema->fields.size());
            for (const auto &f : schema->fields)
                QVERIFY2(ra.contains(f.name), f.name.c_str());
        }
        QVERIFY(differs);
        QVERIFY(!SampleGenerator::create("no-such-generator", 1));
    }

    void iotGeneratorProducesAlerts()
    {
        auto g = SampleGenerator::create("iot-temperature", 42);
        int outside = 0;
        for (int i = 0; i < 2000; ++i) {
            const double t = g->next(i)["temperature"].get<double>();
            outside += t > 132 || t < 32;
        }
        QVERIFY2(outside > 40 && outside < 200, qPrintable(QString::number(outside)));
    }
};

QTEST_GUILESS_MAIN(TstRuntimeSupport)
#include "tst_runtimesupport.moc"
