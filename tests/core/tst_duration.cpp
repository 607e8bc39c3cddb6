#include "pipeline/core/duration.h"

#include <QtTest>

using namespace std::chrono_literals;

class tst_Duration : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip();
};

void tst_Duration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("millis");

    QTest::newRow("milliseconds") << "500ms" << true << qint64(500);
    QTest::newRow("seconds") << "10s" << true << qint64(10'000);
    QTest::newRow("minutes") << "1m" << true << qint64(60'000);
    QTest::newRow("hours") << "2h" << true << qint64(7'200'000);
    QTest::newRow("days") << "1d" << true << qint64(86'400'000);
    QTest::newRow("zero") << "0s" << true << qint64(0);
    QTest::newRow("compound") << "1m30s" << true << qint64(90'000);
    QTest::newRow("compound with ms") << "1s250ms" << true << qint64(1'250);
    QTest::newRow("surrounding spaces") << "  5s " << true << qint64(5'000);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("blank") << "   " << false << qint64(0);
    QTest::newRow("no unit") << "10" << false << qint64(0);
    QTest::newRow("unknown unit") << "10w" << false << qint64(0);
    QTest::newRow("negative") << "-5s" << false << qint64(0);
    QTest::newRow("fraction") << "1.5s" << false << qint64(0);
    QTest::newRow("words") << "10 minutes" << false << qint64(0);
    QTest::newRow("inner space") << "10 s" << false << qint64(0);
    QTest::newRow("increasing units") << "30s1m" << false << qint64(0);
    QTest::newRow("repeated unit") << "1m1m" << false << qint64(0);
    QTest::newRow("unit only") << "ms" << false << qint64(0);
    QTest::newRow("upper case") << "10S" << false << qint64(0);
    QTest::newRow("overflow") << "99999999999999999999d" << false << qint64(0);
    QTest::newRow("overflow by unit") << "9000000000000000d" << false << qint64(0);
}

void tst_Duration::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, millis);
    const auto parsed = pipeline::parseDuration(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(qint64(parsed->count()), millis);
}

void tst_Duration::format_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0s";
    QTest::newRow("ms") << qint64(1500) << "1500ms";
    QTest::newRow("seconds") << qint64(90'000) << "90s";
    QTest::newRow("minute") << qint64(60'000) << "1m";
    QTest::newRow("90 minutes") << qint64(5'400'000) << "90m";
    QTest::newRow("hours") << qint64(7'200'000) << "2h";
    QTest::newRow("day") << qint64(86'400'000) << "1d";
}

void tst_Duration::format()
{
    QFETCH(qint64, millis);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(pipeline::formatDuration(std::chrono::milliseconds(millis))), text);
}

void tst_Duration::roundTrip()
{
    for (qint64 ms : {qint64(1), qint64(999), qint64(1000), qint64(61'000), qint64(3'600'000), qint64(172'800'000),
                      qint64(86'400'001)}) {
        const auto text = pipeline::formatDuration(std::chrono::milliseconds(ms));
        const auto back = pipeline::parseDuration(text);
        QVERIFY2(back.has_value(), text.c_str());
        QCOMPARE(qint64(back->count()), ms);
    }
}

QTEST_APPLESS_MAIN(tst_Duration)
#include "tst_duration.moc"
