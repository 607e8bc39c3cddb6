#include "e2ehelpers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <tuple>

using namespace e2e;

namespace {

QString examplePath()
{
    return QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/oracle-payments-to-snowflake.pipeline.json");
}

struct Total {
    double amount = 0;
    int count = 0;
    QString name;
};

} // namespace

// The payments example of seed 002 on the sandbox: Debezium-shaped records on the
// connectors' topics in, hourly totals per customer out on the topic the
// Snowflake sink connector reads. The connectors themselves are not run: they
// live in the user's Connect cluster, Pipewright reads and writes their topics.
class TstE2eConnect : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY2(haveTool("kcat"), "kcat is required (scripts/install-deps.sh)"); }

    void paymentsReachTheSnowflakeTopic()
    {
        // One partition per topic: the hourly windows close on event time, and the
        // test's payments are in time order only within a partition.
        SandboxProcess sandbox({"--topic", "erp.SALES.CUSTOMER:1", "--topic", "erp.SALES.PAYMENTS:1", "--topic",
                                "customer-payment-totals:1"});
        QVERIFY(!sandbox.bootstrap().isEmpty());

        // What Debezium's Oracle connector writes with ExtractNewRecordState (add.fields=op):
        // the primary key as a JSON key, the row with __op as the value.
        QByteArray customers;
        std::map<QString, QString> names;
        for (int c = 1; c <= 40; ++c) {
            const QString id = QStringLiteral("C-%1").arg(c);
            names[id] = QStringLiteral("Customer %1").arg(c);
            customers += QStringLiteral(R"({"CUSTOMER_ID":"%1"}|{"CUSTOMER_ID":"%1","NAME":"%2","SEGMENT":"%3"})")
                             .arg(id, names[id], c % 3 ? "smb" : "enterprise")
                             .toUtf8()
                         + "\n";
        }
        QVERIFY(kcatProduce(sandbox.bootstrap(), "erp.SALES.CUSTOMER", customers, "|"));

        QByteArray payments;
        std::map<std::tuple<QString, qint64>, Total> expected; // (customer, window start) -> total
        int ignored = 0;
        QRandomGenerator rng(21);
        const qint64 start = 1700000000000LL, hour = 3600000;
        const int count = 3000;
        for (int i = 0; i < count; ++i) {
            const qint64 paidAt = start + qint64(i) * 4000; // 3000 payments over 3 h 20 min
            const QString customer = QStringLiteral("C-%1").arg(1 + rng.bounded(45)); // C-41..C-45 are unknown
            const double amount = (int(rng.bounded(20000)) - 1000) / 100.0;            // some refunds (< 0)
            const int r = rng.bounded(10);
            const char *op = i < 200 ? "r" : r == 0 ? "u" : "c";
            payments += QStringLiteral(R"({"PAYMENT_ID":"P-%1"}|{"PAYMENT_ID":"P-%1","CUSTOMER_ID":"%2","AMOUNT":%3,"CURRENCY":"EUR","PAID_AT":%4,"__op":"%5"})")
                            .arg(i)
                            .arg(customer)
                            .arg(amount, 0, 'f', 2)
                            .arg(paidAt)
                            .arg(op)
                            .toUtf8()
                        + "\n";
            if (QByteArray(op) == "u" || amount <= 0) {
                ++ignored;
                continue;
            }
            Total &t = expected[{customer, paidAt - paidAt % hour}];
            t.amount += amount;
            t.count += 1;
            t.name = names.count(customer) ? names[customer] : QString();
        }
        QVERIFY(kcatProduce(sandbox.bootstrap(), "erp.SALES.PAYMENTS", payments, "|"));

        const QString stats = m_dir.filePath("stats.json");
        int code = -1;
        QByteArray errors;
        runTool(cliPath(),
                {"run", examplePath(), "--bootstrap", sandbox.bootstrap(), "--max-messages", QString::number(40 + count),
                 "--stats-json", stats, "--quiet"},
                {}, 120000, &code, &errors);
        QVERIFY2(code == 0, errors.constData());

        // Every (customer, hour) total arrives once, keyed by the customer.
        const QList<QByteArray> out = kcatConsume(sandbox.bootstrap(), "customer-payment-totals", "%k|%s\\n");
        QCOMPARE(out.size(), int(expected.size()));
        std::map<std::tuple<QString, qint64>, Total> got;
        for (const QByteArray &line : out) {
            const int bar = line.indexOf('|');
            const QJsonObject row = QJsonDocument::fromJson(line.mid(bar + 1)).object();
            const QString customer = row["CUSTOMER_ID"].toString();
            QCOMPARE(QString::fromUtf8(line.left(bar)), customer);
            QCOMPARE(qint64(row["window_end"].toDouble()) - qint64(row["window_start"].toDouble()), hour);
            Total &t = got[{customer, qint64(row["window_start"].toDouble())}];
            QCOMPARE(t.count, 0); // no duplicates
            t.amount = row["TOTAL_AMOUNT"].toDouble();
            t.count = row["PAYMENT_COUNT"].toInt();
            t.name = row["NAME"].toString(); // NULL for customers the table does not know
        }
        for (const auto &[key, want] : expected) {
            const auto it = got.find(key);
            QVERIFY2(it != got.end(), qPrintable(std::get<0>(key) + " " + QString::number(std::get<1>(key))));
            QCOMPARE(it->second.count, want.count);
            QVERIFY2(std::abs(it->second.amount - want.amount) < 1e-6,
                     qPrintable(QString::number(it->second.amount) + " != " + QString::number(want.amount)));
            QCOMPARE(it->second.name, want.name);
        }

        // Nothing lost: the updates and refunds are counted filter drops.
        QFile statsFile(stats);
        QVERIFY(statsFile.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(statsFile.readAll()).object();
        QCOMPARE(s["conservation"].toObject()["balanced"].toBool(), true);
        const QJsonObject totals = s["totals"].toObject();
        QCOMPARE(totals["input"].toInt(), 40 + count);
        QCOMPARE(totals["filtered"].toInt(), ignored);
        QCOMPARE(totals["deadLettered"].toInt(), 0);
        qInfo("%d payments, %d ignored (updates, refunds), %d hourly totals on customer-payment-totals", count, ignored,
              int(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TstE2eConnect)
#include "tst_e2e_connect.moc"
