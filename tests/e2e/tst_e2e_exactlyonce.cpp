// Exactly-once on the sandbox, through the transaction shim (transactionshim.h):
// a runner SIGKILLed at random points mid-stream and restarted each time, and a
// consumer group of three runners that loses one, leave every input's result
// exactly once for a read_committed reader (outputs and dead letters), with no
// losses. The same kill schedule in at-least-once mode reports its duplicates.
//
// What the sandbox cannot show and the shim supplies: librdkafka's mock cluster
// accepts the offsets a transaction sends but never commits them, and returns
// aborted or still-open transactional records to read_committed consumers. The
// shim commits a transaction's offsets when its EndTxn commits, aborts a crashed
// producer's open transaction when its successor registers the same
// transactional id (as a Kafka coordinator does), and journals what was produced
// in which transaction; the test applies Kafka's read_committed rule to the
// topic's real contents with that journal.

#include "e2ehelpers.h"
#include "runnerprocess.h"
#include "transactionshim.h"

#include "../runtime/kafkatesting.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <csignal>
#include <map>
#include <memory>
#include <set>

using namespace e2e;

namespace {

constexpr int Inputs = 100000;

// Every 1000th input is not JSON (dead-lettered by the source), every tenth
// well-formed one is filtered: the rest comes out as {seq, twice}.
bool malformed(int i) { return i % 1000 == 999; }
bool filtered(int i) { return i % 10 == 5; }

std::vector<std::string> inputs()
{
    std::vector<std::string> values;
    for (int i = 0; i < Inputs; ++i)
        values.push_back(malformed(i) ? "{not json " + std::to_string(i) : "{\"seq\":" + std::to_string(i) + "}");
    return values;
}

// A pipeline file: in -> keep (filter) -> shape (project) -> out, with its own
// group, topics and guarantee.
QString writePipeline(const QTemporaryDir &dir, const QString &name, const QString &in, const QString &out,
                      const QString &guarantee)
{
    const nlohmann::json pipeline = {
        {"format", "pipewright-pipeline"},
        {"version", 1},
        {"name", name.toStdString()},
        {"settings",
         {{"processingGuarantee", guarantee.toStdString()},
          {"consumerGroup", name.toStdString()},
          {"deadLetterTopic", (out + "-dead").toStdString()}}},
        {"nodes",
         {{{"id", "in"},
           {"kind", "kafka-source"},
           {"parameters",
            {{"topic", in.toStdString()},
             {"startOffset", "committed"},
             {"schema", {{{"name", "seq"}, {"type", "integer"}}}}}}},
          {{"id", "keep"}, {"kind", "filter"}, {"parameters", {{"condition", "seq % 10 <> 5"}}}},
          {{"id", "shape"},
           {"kind", "project"},
           {"parameters",
            {{"fields", {{{"name", "seq"}, {"expression", "seq"}}, {{"name", "twice"}, {"expression", "seq * 2"}}}}}}},
          {{"id", "out"}, {"kind", "kafka-sink"}, {"parameters", {{"topic", out.toStdString()}}}}}},
        {"edges",
         {{{"id", "e1"}, {"from", {{"node", "in"}, {"port", "out"}}}, {"to", {{"node", "keep"}, {"port", "in"}}}},
          {{"id", "e2"}, {"from", {{"node", "keep"}, {"port", "out"}}}, {"to", {{"node", "shape"}, {"port", "in"}}}},
          {{"id", "e3"}, {"from", {{"node", "shape"}, {"port", "out"}}}, {"to", {{"node", "out"}, {"port", "in"}}}}}}};
    const QString path = dir.filePath(name + ".pipeline.json");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray::fromStdString(pipeline.dump(2)));
    return path;
}

QString writeClientProperties(const QTemporaryDir &dir)
{
    // Short sessions: a killed member leaves the group in seconds.
    const QString path = dir.filePath("client.properties");
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("session.timeout.ms=6000\nheartbeat.interval.ms=1500\nqueued.min.messages=500\n");
    return path;
}

// Asked through the shim: it answers with the offsets transactions committed,
// as a Kafka coordinator would.
std::int64_t committedSum(const std::string &bootstrap, const QString &group, const QString &topic, int partitions)
{
    std::int64_t sum = 0;
    for (std::int64_t o : kafkatesting::committedOffsets(bootstrap, group.toStdString(), topic.toStdString(), partitions))
        sum += std::max<std::int64_t>(o, 0);
    return sum;
}

/// What a reader saw on the output and dead-letter topics: how often each input
/// came out, and how many records it did not see (aborted or open transactions).
struct Tally {
    std::map<int, int> outputs;     // seq -> times
    std::map<int, int> deadLetters; // input number -> times
    size_t hidden = 0;
    size_t total = 0;
};

Tally tally(const std::string &bootstrap, const QString &out, const TransactionShim::Ranges &hiddenOut,
            const TransactionShim::Ranges &hiddenDead)
{
    Tally t;
    for (const auto &m : kafkatesting::consumeAll(bootstrap, out.toStdString(), 30000)) {
        ++t.total;
        if (!TransactionShim::visible(hiddenOut, m.partition, m.offset)) {
            ++t.hidden;
            continue;
        }
        ++t.outputs[nlohmann::json::parse(m.value).at("seq").get<int>()];
    }
    for (const auto &m : kafkatesting::consumeAll(bootstrap, (out + "-dead").toStdString(), 30000)) {
        ++t.total;
        if (!TransactionShim::visible(hiddenDead, m.partition, m.offset)) {
            ++t.hidden;
            continue;
        }
        ++t.deadLetters[std::stoi(m.value.substr(std::string("{not json ").size()))];
    }
    return t;
}

/// Inputs missing from the tally and inputs seen more than once.
std::pair<int, int> lostAndDuplicated(const Tally &t)
{
    int lost = 0, duplicated = 0;
    for (int i = 0; i < Inputs; ++i) {
        if (!malformed(i) && filtered(i))
            continue;
        const auto &seen = malformed(i) ? t.deadLetters : t.outputs;
        auto it = seen.find(i);
        if (it == seen.end())
            ++lost;
        else
            duplicated += it->second - 1;
    }
    for (const auto &[seq, times] : t.outputs)
        if (filtered(seq) || malformed(seq))
            duplicated += times; // a filtered input must not come out at all
    return {lost, duplicated};
}

} // namespace

class TstE2eExactlyOnce : public QObject {
    Q_OBJECT

private:
    // Runs `pipeline` with `kills` SIGKILLs at random points mid-stream, a restart
    // after each, then to the end (every input committed) and a SIGTERM. With a
    // shim, a kill counts only when it caught a transaction holding records
    // (the records it wrote stay hidden); a kill between transactions proves
    // nothing and is tried again, up to three times as many attempts.
    void killRepeatedly(const QString &pipeline, const QString &group, const QString &out, const QStringList &extra,
                        int kills, const QString &shimBootstrap, const std::string &direct, QRandomGenerator &random,
                        const TransactionShim *shim)
    {
        const QStringList args = QStringList{"run", pipeline, "--bootstrap", shimBootstrap, "--quiet"} + extra;
        auto hiddenNow = [&] {
            bool ok = false;
            std::int64_t n = 0;
            for (const auto &[partition, ranges] : shim->invisible(out, &ok))
                for (const auto &[first, last] : ranges)
                    n += last - first + 1;
            return n;
        };
        int hits = 0;
        for (int attempt = 0; hits < kills && attempt < 3 * kills; ++attempt) {
            const std::int64_t hiddenBefore = shim ? hiddenNow() : 0;
            RunnerProcess runner(args);
            QVERIFY(runner.started());
            const std::int64_t before = kafkatesting::highWatermarkSum(direct, out.toStdString(), 3);
            // Mid-stream: new records are arriving, then a random moment later.
            QTRY_VERIFY2_WITH_TIMEOUT(kafkatesting::highWatermarkSum(direct, out.toStdString(), 3) > before + 200,
                                      qPrintable(runner.log()), 60000);
            QTest::qWait(int(random.bounded(300)));
            runner.signal(SIGKILL);
            QCOMPARE(runner.finish(5000), -1); // killed, not exited
            QVERIFY2(committedSum(shimBootstrap.toStdString(), group, "eos-in", 3) < Inputs, "the stream ended before the kill");
            if (!shim || hiddenNow() > hiddenBefore)
                ++hits;
        }
        QCOMPARE(hits, kills);
        RunnerProcess last(args);
        QVERIFY(last.started());
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(shimBootstrap.toStdString(), group, "eos-in", 3), std::int64_t(Inputs), 120000);
        last.signal(SIGTERM);
        QCOMPARE(last.finish(30000), 0);
    }

private slots:
    void repeatedKillsNeitherLoseNorDuplicate()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox({"--topic", "eos-in:3", "--topic", "eos-out:3", "--topic", "eos-out-dead:3",
                                "--topic", "alo-out:3", "--topic", "alo-out-dead:3"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        const std::string direct = sandbox.bootstrap().toStdString();
        TransactionShim shim(sandbox.bootstrap(), dir.filePath("journal.jsonl"));
        QVERIFY2(!shim.bootstrap().isEmpty(), qPrintable(shim.errors()));
        QVERIFY(kafkatesting::produceAll(direct, "eos-in", inputs()));
        const QString config = writeClientProperties(dir);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("kill schedule seed %u", seed);

        const QString eos = writePipeline(dir, "e2e-eos", "eos-in", "eos-out", "exactly-once");
        killRepeatedly(eos, "e2e-eos", "eos-out", {"--config", config, "--transactional-id", "e2e-eos-runner"}, 4,
                       shim.bootstrap(), direct, random, &shim);
        if (QTest::currentTestFailed())
            return;
        bool ok = false;
        const auto hiddenOut = shim.invisible("eos-out", &ok);
        QVERIFY(ok);
        const auto hiddenDead = shim.invisible("eos-out-dead", &ok);
        QVERIFY(ok);
        const Tally exactly = tally(direct, "eos-out", hiddenOut, hiddenDead);
        const auto [lost, duplicated] = lostAndDuplicated(exactly);
        qInfo("exactly-once, 4 kills: %zu records written, %zu in aborted or open transactions (hidden from "
              "read_committed readers); visible: %zu outputs, %zu dead letters; %d lost, %d duplicated",
              exactly.total, exactly.hidden, exactly.outputs.size(), exactly.deadLetters.size(), lost, duplicated);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        // The kills hit open transactions: their records are on the topic, hidden.
        QVERIFY(exactly.hidden > 0);

        const QString alo = writePipeline(dir, "e2e-alo", "eos-in", "alo-out", "at-least-once");
        killRepeatedly(alo, "e2e-alo", "alo-out", {"--config", config}, 4, shim.bootstrap(), direct, random, nullptr);
        if (QTest::currentTestFailed())
            return;
        const Tally atLeast = tally(direct, "alo-out", {}, {});
        const auto [aloLost, aloDuplicated] = lostAndDuplicated(atLeast);
        qInfo("at-least-once, 4 kills: %zu records, %d lost, %d duplicated", atLeast.total, aloLost, aloDuplicated);
        QCOMPARE(aloLost, 0);
    }

    // Scale-out: three runners, one consumer group, 12 partitions, each with its
    // own transactional id; one is SIGKILLed mid-run and never comes back. The
    // survivors take its partitions from the offsets its last committed
    // transaction left; its open transaction stays invisible (Kafka aborts it
    // when transaction.timeout.ms passes).
    void scaleOutLosesAndDuplicatesNothing()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox({"--topic", "so-in:12", "--topic", "so-out:12", "--topic", "so-out-dead:12"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        const std::string direct = sandbox.bootstrap().toStdString();
        TransactionShim shim(sandbox.bootstrap(), dir.filePath("journal.jsonl"));
        QVERIFY2(!shim.bootstrap().isEmpty(), qPrintable(shim.errors()));
        const QString pipeline = writePipeline(dir, "e2e-eos-group", "so-in", "so-out", "exactly-once");
        const QString config = writeClientProperties(dir);

        std::array<std::unique_ptr<RunnerProcess>, 3> members;
        for (size_t i = 0; i < members.size(); ++i) {
            members[i] = std::make_unique<RunnerProcess>(QStringList{
                "run", pipeline, "--bootstrap", shim.bootstrap(), "--config", config, "--quiet", "--log-level", "debug", "--http",
                "127.0.0.1:0", "--transactional-id", QStringLiteral("e2e-eos-member-%1").arg(i)});
            QVERIFY(members[i]->started());
            QVERIFY(!members[i]->url().isEmpty());
        }
        auto shares = [&](std::initializer_list<size_t> which) {
            int sum = 0;
            for (size_t i : which) {
                const int n = members[i]->partitions();
                if (n <= 0)
                    return -1;
                sum += n;
            }
            return sum;
        };
        QTRY_COMPARE_WITH_TIMEOUT(shares({0, 1, 2}), 12, 60000);
        QVERIFY(kafkatesting::produceAll(direct, "so-in", inputs()));

        QTRY_VERIFY_WITH_TIMEOUT(kafkatesting::highWatermarkSum(direct, "so-out", 12) > 2000, 60000);
        members[0]->signal(SIGKILL);
        QCOMPARE(members[0]->finish(5000), -1);
        QVERIFY2(committedSum(shim.bootstrap().toStdString(), "e2e-eos-group", "so-in", 12) < Inputs, "the members finished before the kill");
        QTRY_COMPARE_WITH_TIMEOUT(shares({1, 2}), 12, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(shim.bootstrap().toStdString(), "e2e-eos-group", "so-in", 12), std::int64_t(Inputs), 120000);
        for (size_t i : {size_t(1), size_t(2)}) {
            members[i]->signal(SIGTERM);
            QCOMPARE(members[i]->finish(30000), 0);
        }

        bool ok = false;
        const auto hiddenOut = shim.invisible("so-out", &ok);
        QVERIFY(ok);
        const auto hiddenDead = shim.invisible("so-out-dead", &ok);
        QVERIFY(ok);
        const Tally t = tally(direct, "so-out", hiddenOut, hiddenDead);
        const auto [lost, duplicated] = lostAndDuplicated(t);
        if (lost || duplicated) { // keep what explains it
            dir.setAutoRemove(false);
            qWarning("kept %s; shim: %s", qPrintable(dir.path()), qPrintable(shim.errors().right(4000)));
            for (size_t i : {size_t(1), size_t(2)})
                qWarning("member %zu: %s", i, qPrintable(members[i]->log().right(3000)));
        }
        qInfo("exactly-once, 3 members, one killed: %zu records written, %zu hidden (the killed member's open "
              "transaction); %d lost, %d duplicated",
              t.total, t.hidden, lost, duplicated);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
    }
};

QTEST_GUILESS_MAIN(TstE2eExactlyOnce)
#include "tst_e2e_exactlyonce.moc"
