// Scale-out by consumer group: three `pipewright-cli run` processes with one
// group on a 12-partition topic share its partitions; one is SIGKILLed mid-run,
// the others take its partitions over, and the union of their outputs loses
// nothing (at-least-once: the duplicates are counted and reported).

#include "e2ehelpers.h"
#include "runnerprocess.h"

#include "../runtime/kafkatesting.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <csignal>
#include <memory>
#include <set>

using namespace e2e;

namespace {

constexpr int Partitions = 12;

} // namespace

class TstE2eScaleOut : public QObject {
    Q_OBJECT

private slots:
    void threeMembersShareAndSurviveAKill()
    {
        QTemporaryDir dir;
        SandboxProcess sandbox({"--topic", "stream-in:12", "--topic", "stream-out:12"});
        QVERIFY(!sandbox.bootstrap().isEmpty());
        const std::string bootstrap = sandbox.bootstrap().toStdString();

        // Short sessions: the group notices the killed member in seconds. Small
        // read-ahead: the members are surely mid-stream when the kill comes.
        const QString config = dir.filePath("client.properties");
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("session.timeout.ms=6000\nheartbeat.interval.ms=1500\nqueued.min.messages=500\n");
        }
        const QStringList args{"run", QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/tests/e2e/data/passthrough.pipeline.json"),
                               "--bootstrap", sandbox.bootstrap(), "--config", config, "--quiet", "--http",
                               "127.0.0.1:0"};
        std::array<std::unique_ptr<RunnerProcess>, 3> members;
        for (auto &m : members) {
            m = std::make_unique<RunnerProcess>(args);
            QVERIFY(m->started());
            QVERIFY(!m->url().isEmpty());
        }
        // Every member gets partitions, and together they hold all 12.
        auto shares = [&](std::initializer_list<int> which) {
            int sum = 0;
            for (int i : which) {
                const int n = members[size_t(i)]->partitions();
                if (n <= 0)
                    return -1;
                sum += n;
            }
            return sum;
        };
        QTRY_COMPARE_WITH_TIMEOUT(shares({0, 1, 2}), Partitions, 60000);

        std::vector<std::string> input;
        for (int i = 0; i < 120000; ++i)
            input.push_back("{\"seq\":" + std::to_string(i) + "}");
        QVERIFY(kafkatesting::produceAll(bootstrap, "stream-in", input));

        // Kill one member as soon as output flows.
        QTRY_VERIFY_WITH_TIMEOUT(kafkatesting::highWatermarkSum(bootstrap, "stream-out", Partitions) > 1000, 60000);
        members[0]->signal(SIGKILL);
        QCOMPARE(members[0]->finish(5000), -1); // killed, not exited
        const std::int64_t afterKill = kafkatesting::highWatermarkSum(bootstrap, "stream-out", Partitions);
        QVERIFY2(afterKill < std::int64_t(input.size()), "the members finished before the kill");

        // The survivors take its partitions over and finish the stream.
        QTRY_COMPARE_WITH_TIMEOUT(shares({1, 2}), Partitions, 60000);
        // Done when the group committed every input (a commit follows the outputs'
        // acknowledgement); counting outputs would stop early, duplicates included.
        auto committed = [&] {
            std::int64_t sum = 0;
            for (std::int64_t offset : kafkatesting::committedOffsets(bootstrap, "e2e-passthrough", "stream-in", Partitions))
                sum += std::max<std::int64_t>(offset, 0);
            return sum;
        };
        QTRY_COMPARE_WITH_TIMEOUT(committed(), std::int64_t(input.size()), 120000);
        for (size_t i : {size_t(1), size_t(2)}) {
            members[i]->signal(SIGTERM);
            QCOMPARE(members[i]->finish(30000), 0); // drained, every message accounted for
        }

        // Conservation across processes: every input's output is there.
        std::multiset<std::string> got;
        for (const auto &m : kafkatesting::consumeAll(bootstrap, "stream-out", 30000))
            got.insert(m.value);
        const std::set<std::string> distinct(got.begin(), got.end());
        const std::set<std::string> want(input.begin(), input.end());
        QCOMPARE(distinct.size(), want.size());
        QVERIFY(distinct == want);
        qInfo("3 members, one killed after %lld outputs: %zu outputs for %zu inputs, %zu duplicates (at-least-once)",
              (long long)afterKill, got.size(), want.size(), got.size() - distinct.size());
    }
};

QTEST_GUILESS_MAIN(TstE2eScaleOut)
#include "tst_e2e_scaleout.moc"
