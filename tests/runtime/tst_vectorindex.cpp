// The embedded vector index (hnswlib + sidecar) and the vector-upsert operator:
// nearest neighbours equal an independent brute-force cosine scan, upserts
// replace by id, the index survives a restart and a crash between the two files
// of a save, dimension errors are record errors, and an upserted record's origin
// settles only once the index is saved (at-least-once).

#include "operatortesting.h"

#include "pipeline/runtime/vector/vectordot.h"
#include "pipeline/runtime/vector/vectorindex.h"
#include "pipeline/runtime/vector/vectorindexregistry.h"
#include "pipeline/runtime/vector/vectorupsertoperator.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

using namespace pipeline::runtime;
using namespace testing;
using nlohmann::json;

namespace {

std::vector<std::vector<float>> randomVectors(size_t count, size_t dimension, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist(0.0f, 1.0f);
    std::vector<std::vector<float>> out(count, std::vector<float>(dimension));
    for (auto &v : out)
        for (auto &x : v)
            x = dist(rng);
    return out;
}

double cosine(const std::vector<float> &a, const std::vector<float> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return dot / std::sqrt(na * nb);
}

// The reference the index must agree with: every vector scored, sorted best first.
std::vector<std::pair<double, std::string>> bruteForce(const std::vector<std::vector<float>> &vectors,
                                                       const std::vector<float> &query, size_t k, double minScore)
{
    std::vector<std::pair<double, std::string>> scored;
    for (size_t i = 0; i < vectors.size(); ++i)
        scored.emplace_back(cosine(vectors[i], query), "v" + std::to_string(i));
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    scored.resize(std::min(k, scored.size()));
    std::erase_if(scored, [minScore](const auto &s) { return s.first < minScore; });
    return scored;
}

VectorUpsertOperator::Options upsertOptions()
{
    VectorUpsertOperator::Options o;
    o.id = *pipeline::expr::parse("flight").expression;
    o.embedding = FieldPath("embedding");
    o.text = *pipeline::expr::parse("summary").expression;
    o.metadata = {FieldPath("gate"), FieldPath("route.from")};
    o.saveIntervalMillis = 1000;
    return o;
}

} // namespace

class TestVectorIndex : public QObject {
    Q_OBJECT

private slots:
    void dotKernelMatchesReference_data()
    {
        QTest::addColumn<int>("dimension");
        for (int d : {1, 7, 8, 15, 16, 17, 31, 33, 64, 100, 384, 1536})
            QTest::addRow("%d", d) << d;
    }
    void dotKernelMatchesReference()
    {
        QFETCH(int, dimension);
        // Every SIMD kernel has a remainder loop: odd sizes exercise it.
        const auto v = randomVectors(2, size_t(dimension), unsigned(dimension));
        double expected = 0, scale = 0;
        for (int i = 0; i < dimension; ++i) {
            expected += double(v[0][size_t(i)]) * v[1][size_t(i)];
            scale += std::abs(double(v[0][size_t(i)]) * v[1][size_t(i)]);
        }
        const double got = VectorDot::dot(v[0].data(), v[1].data(), size_t(dimension));
        QVERIFY2(std::abs(got - expected) <= 1e-5 * std::max(1.0, scale),
                 qPrintable(QString("%1 vs %2 (%3 kernel)").arg(got).arg(expected).arg(VectorDot::kernelName())));
        int ran = 0;
        for (const char *kernel : {"portable", "avx2", "avx512"}) {
            float result = 0;
            if (!VectorDot::dotWith(kernel, v[0].data(), v[1].data(), size_t(dimension), &result))
                continue; // this CPU lacks it
            ++ran;
            QVERIFY2(std::abs(result - expected) <= 1e-5 * std::max(1.0, scale), kernel);
        }
        QVERIFY(ran >= 1);
        float ignored;
        QVERIFY(!VectorDot::dotWith("sse9", v[0].data(), v[1].data(), size_t(dimension), &ignored));
    }

    void nearestEqualsBruteForce_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("minScore");
        QTest::newRow("top-1") << 1 << -1.0;
        QTest::newRow("top-5") << 5 << -1.0;
        QTest::newRow("top-10") << 10 << -1.0;
        QTest::newRow("top-10 min 0.2") << 10 << 0.2;
        QTest::newRow("k beyond size") << 500 << -1.0;
    }
    void nearestEqualsBruteForce()
    {
        QFETCH(int, k);
        QFETCH(double, minScore);
        QTemporaryDir dir;
        const auto vectors = randomVectors(300, 24, 7);
        // efSearch above the entry count makes HNSW search exhaustive: exact results.
        VectorIndex index(dir.filePath("a.vindex").toStdString(), {.dimension = 0, .m = 8, .efConstruction = 64, .efSearch = 400});
        std::string error;
        QVERIFY(index.open(&error));
        for (size_t i = 0; i < vectors.size(); ++i)
            QVERIFY2(index.upsert("v" + std::to_string(i), vectors[i], "text " + std::to_string(i), json::object(), &error),
                     error.c_str());
        QCOMPARE(index.size(), size_t(300));
        QCOMPARE(index.dimension(), size_t(24));
        const auto queries = randomVectors(25, 24, 99);
        for (const auto &q : queries) {
            std::vector<VectorHit> hits;
            QVERIFY(index.search(q, size_t(k), minScore, &hits, &error));
            const auto expected = bruteForce(vectors, q, size_t(k), minScore);
            QCOMPARE(hits.size(), expected.size());
            for (size_t i = 0; i < hits.size(); ++i) {
                QCOMPARE(hits[i].id, expected[i].second);
                QVERIFY(std::abs(hits[i].score - expected[i].first) < 1e-5);
                QCOMPARE(hits[i].text, "text " + hits[i].id.substr(1));
            }
            std::vector<VectorHit> exact;
            QVERIFY(index.bruteForceSearch(q, size_t(k), &exact, &error));
            QVERIFY(exact.size() >= hits.size());
            for (size_t i = 0; i < hits.size(); ++i)
                QCOMPARE(exact[i].id, hits[i].id);
        }
    }

    void upsertReplacesById()
    {
        QTemporaryDir dir;
        VectorIndex index(dir.filePath("r.vindex").toStdString(), {});
        std::string error;
        QVERIFY(index.open(&error));
        const std::vector<float> east{1, 0, 0, 0}, north{0, 1, 0, 0}, up{0, 0, 1, 0};
        QVERIFY(index.upsert("LH100", east, "to the east", {{"gate", "A1"}}, &error));
        QVERIFY(index.upsert("LH200", up, "upwards", {{"gate", "B2"}}, &error));
        std::vector<VectorHit> hits;
        QVERIFY(index.search(east, 1, -1, &hits, &error));
        QCOMPARE(hits.at(0).id, std::string("LH100"));
        // Same id, new vector and text: replaced, not added.
        QVERIFY(index.upsert("LH100", north, "to the north", {{"gate", "C3"}}, &error));
        QCOMPARE(index.size(), size_t(2));
        QVERIFY(index.search(north, 2, -1, &hits, &error));
        QCOMPARE(hits.at(0).id, std::string("LH100"));
        QVERIFY(std::abs(hits.at(0).score - 1.0) < 1e-6);
        QCOMPARE(hits.at(0).text, std::string("to the north"));
        JSON_COMPARE(hits.at(0).metadata, json({{"gate", "C3"}}));
        QVERIFY(index.search(east, 2, 0.5, &hits, &error));
        QVERIFY(hits.empty()); // nothing points east any more
    }

    void badVectorsAreErrors_data()
    {
        QTest::addColumn<std::vector<float>>("vector");
        QTest::addColumn<QString>("message");
        QTest::newRow("dimension") << std::vector<float>{1, 2, 3} << "3 dimensions";
        QTest::newRow("zero length") << std::vector<float>{0, 0, 0, 0} << "zero length";
        QTest::newRow("not finite") << std::vector<float>{1, NAN, 0, 0} << "finite";
    }
    void badVectorsAreErrors()
    {
        QFETCH(std::vector<float>, vector);
        QFETCH(QString, message);
        QTemporaryDir dir;
        VectorIndex index(dir.filePath("d.vindex").toStdString(), {.dimension = 4});
        std::string error;
        QVERIFY(index.open(&error));
        QVERIFY(!index.upsert("x", vector, "", json::object(), &error));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
        QCOMPARE(index.size(), size_t(0));
        std::vector<VectorHit> hits;
        QVERIFY(index.upsert("y", std::vector<float>{1, 0, 0, 0}, "", json::object(), &error));
        QVERIFY(!index.search(vector, 3, -1, &hits, &error));
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("sub/flights.vindex").toStdString();
        const auto vectors = randomVectors(400, 16, 3);
        const auto queries = randomVectors(20, 16, 4);
        std::vector<std::vector<VectorHit>> before;
        std::string error;
        {
            VectorIndex index(path, {.dimension = 16, .m = 12, .efConstruction = 80, .efSearch = 50});
            QVERIFY(index.open(&error));
            for (size_t i = 0; i < vectors.size(); ++i)
                QVERIFY(index.upsert("v" + std::to_string(i), vectors[i], "flight \"" + std::to_string(i) + "\"\n",
                                     {{"n", i}, {"tags", {"a", "b"}}}, &error));
            QVERIFY(index.dirty());
            QVERIFY2(index.save(&error), error.c_str());
            QVERIFY(!index.dirty());
            // A second save after another change moves to the next generation.
            QVERIFY(index.upsert("v0", vectors[0], "flight \"0\"\n", {{"n", 0}, {"tags", {"a", "b"}}}, &error));
            QVERIFY2(index.save(&error), error.c_str());
            QCOMPARE(index.generation(), std::uint64_t(2));
            for (const auto &q : queries) {
                std::vector<VectorHit> hits;
                QVERIFY(index.search(q, 7, -1, &hits, &error));
                before.push_back(hits);
            }
        }
        // Only the committed generation's graph remains beside the sidecar.
        QVERIFY(std::filesystem::exists(VectorIndex::graphPath(path, 2)));
        QVERIFY(!std::filesystem::exists(VectorIndex::graphPath(path, 1)));
        VectorIndex reopened(path, {});
        QVERIFY2(reopened.open(&error), error.c_str());
        QCOMPARE(reopened.size(), size_t(400));
        QCOMPARE(reopened.dimension(), size_t(16));
        QCOMPARE(reopened.options().efSearch, size_t(50));
        for (size_t qi = 0; qi < queries.size(); ++qi) {
            std::vector<VectorHit> hits;
            QVERIFY(reopened.search(queries[qi], 7, -1, &hits, &error));
            QCOMPARE(hits.size(), before[qi].size());
            for (size_t i = 0; i < hits.size(); ++i) {
                QCOMPARE(hits[i].id, before[qi][i].id);
                QCOMPARE(hits[i].score, before[qi][i].score);
                QCOMPARE(hits[i].text, before[qi][i].text);
                JSON_COMPARE(hits[i].metadata, before[qi][i].metadata);
            }
        }
        // The reopened index keeps accepting upserts (capacity grows past the load size).
        for (size_t i = 0; i < 900; ++i)
            QVERIFY(reopened.upsert("w" + std::to_string(i), vectors[i % 400], "", json::object(), &error));
        QCOMPARE(reopened.size(), size_t(1300));
        // A node that insists on another dimension is told which file disagrees.
        VectorIndex wrong(path, {.dimension = 32});
        QVERIFY(!wrong.open(&error));
        QVERIFY2(error.find("dimension 16") != std::string::npos && error.find(path) != std::string::npos, error.c_str());
    }

    void crashBetweenFilesKeepsLastSave()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("c.vindex").toStdString();
        std::string error;
        {
            VectorIndex index(path, {});
            QVERIFY(index.open(&error));
            QVERIFY(index.upsert("a", std::vector<float>{1, 0, 0}, "alpha", json::object(), &error));
            QVERIFY(index.save(&error));
        }
        // A crash after the next generation's graph was written but before the
        // sidecar was renamed: a half-written temp sidecar and a newer graph file.
        std::filesystem::copy_file(VectorIndex::graphPath(path, 1), VectorIndex::graphPath(path, 2));
        std::ofstream(path + ".tmp") << "{\"format\":\"pipewright-vector-index\",\"vers";
        VectorIndex index(path, {});
        QVERIFY2(index.open(&error), error.c_str());
        QCOMPARE(index.size(), size_t(1));
        QCOMPARE(index.generation(), std::uint64_t(1));
        QVERIFY(!std::filesystem::exists(VectorIndex::graphPath(path, 2)));
        std::vector<VectorHit> hits;
        QVERIFY(index.search(std::vector<float>{1, 0, 0}, 1, -1, &hits, &error));
        QCOMPARE(hits.at(0).text, std::string("alpha"));
    }

    void corruptFilesAreClearErrors_data()
    {
        QTest::addColumn<QString>("sidecar");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an index") << "hello\n" << "not a Pipewright vector index";
        QTest::newRow("newer version") << R"({"format":"pipewright-vector-index","version":99})" "\n" << "newer version";
        QTest::newRow("bad entry") << R"({"format":"pipewright-vector-index","version":1,"dimension":3,"count":1,"generation":1})"
                                      "\n{\"label\":\"x\"}\n"
                                   << "malformed entry on line 2";
        QTest::newRow("count mismatch") << R"({"format":"pipewright-vector-index","version":1,"dimension":3,"count":2,"generation":1})"
                                           "\n{\"label\":0,\"id\":\"a\"}\n"
                                        << "announces 2 entries";
        QTest::newRow("graph missing") << R"({"format":"pipewright-vector-index","version":1,"dimension":3,"count":1,"generation":7})"
                                          "\n{\"label\":0,\"id\":\"a\"}\n"
                                       << "cannot load the graph file";
    }
    void corruptFilesAreClearErrors()
    {
        QFETCH(QString, sidecar);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = dir.filePath("bad.vindex").toStdString();
        std::ofstream(path) << sidecar.toStdString();
        VectorIndex index(path, {});
        std::string error;
        QVERIFY(!index.open(&error));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
        QVERIFY2(error.find(path) != std::string::npos, error.c_str());
    }

    void registrySharesByName()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("shared.vindex").toStdString();
        VectorIndexRegistry registry;
        std::string error;
        // A retrieve node names the index first (no options), then the upsert configures it.
        auto forRetrieve = registry.acquire("flights", path, nullptr, &error);
        QVERIFY2(forRetrieve, error.c_str());
        VectorIndexOptions options{.dimension = 3, .m = 8, .efConstruction = 40, .efSearch = 30};
        auto forUpsert = registry.acquire("flights", path, &options, &error);
        QVERIFY2(forUpsert, error.c_str());
        QCOMPARE(forUpsert.get(), forRetrieve.get());
        QCOMPARE(forRetrieve->dimension(), size_t(3));
        QCOMPARE(forRetrieve->options().efSearch, size_t(30));
        QVERIFY(forUpsert->upsert("a", std::vector<float>{0, 1, 0}, "", json::object(), &error));
        std::vector<VectorHit> hits;
        QVERIFY(forRetrieve->search(std::vector<float>{0, 2, 0}, 1, -1, &hits, &error));
        QCOMPARE(hits.at(0).id, std::string("a"));
        QCOMPARE(registry.find("flights").get(), forRetrieve.get());
        QVERIFY(!registry.find("other"));

        QVERIFY(!registry.acquire("flights", dir.filePath("elsewhere.vindex").toStdString(), nullptr, &error));
        QVERIFY2(error.find("already used with the file") != std::string::npos, error.c_str());
        VectorIndexOptions wider{.dimension = 5};
        QVERIFY(!registry.acquire("flights", path, &wider, &error));
        QVERIFY2(error.find("dimension 3") != std::string::npos, error.c_str());

        QVERIFY(registry.saveAll(&error));
        QVERIFY(std::filesystem::exists(path));
        QCOMPARE(VectorIndexRegistry::defaultPath("flights"), std::string("vector-indexes/flights.vindex"));
    }

    void upsertSettlesAfterSave()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("ops.vindex").toStdString();
        auto index = std::make_shared<VectorIndex>(path, VectorIndexOptions{});
        std::string error;
        QVERIFY(index.get()->open(&error));
        FateCounter fates;
        TestContext context;
        {
            VectorUpsertOperator op(index, upsertOptions());
            op.process(0, makeRecord(json{{"flight", "LH400"}, {"embedding", {0.5, 0.5, 0}}, {"summary", "FRA-JFK delayed"},
                                      {"gate", "B44"}, {"route", {{"from", "FRA"}, {"to", "JFK"}}}},
                                     &fates),
                       context);
            op.process(0, makeRecord(json{{"flight", "UA960"}, {"embedding", {0, 0, 3}}, {"summary", nullptr}}, &fates), context);
            QCOMPARE(context.absorbed.size(), size_t(2));
            QCOMPARE(op.pendingRecords(), std::uint64_t(2));
            QVERIFY(fates.fates.empty()); // not durable yet: offsets stay uncommitted
            QVERIFY(!std::filesystem::exists(path));

            // Wrong dimension, missing embedding, NULL id: record errors for the error policy.
            QVERIFY_THROWS_EXCEPTION(RecordError, op.process(0, makeRecord(json{{"flight", "X1"}, {"embedding", {1, 2}}}, &fates), context));
            QVERIFY_THROWS_EXCEPTION(RecordError, op.process(0, makeRecord(json{{"flight", "X2"}}, &fates), context));
            QVERIFY_THROWS_EXCEPTION(RecordError, op.process(0, makeRecord(json{{"embedding", {1, 2, 3}}}, &fates), context));
            QCOMPARE(index->size(), size_t(2));

            context.now += 500;
            op.onTimer(context);
            QCOMPARE(op.pendingRecords(), std::uint64_t(2)); // interval not reached
            context.now += 600;
            op.onTimer(context);
            QCOMPARE(op.pendingRecords(), std::uint64_t(0));
            QVERIFY(std::filesystem::exists(path));
            QCOMPARE(fates.count(Fate::Output), 2);
            // The three failing records settled when their Records died (the test
            // context has no dead-letter path), none as Output.
            QCOMPARE(fates.count(Fate::Filtered), 3);

            op.process(0, makeRecord(json{{"flight", "LH400"}, {"embedding", {0, 1, 0}}, {"summary", "FRA-JFK cancelled"}}, &fates),
                       context);
            QCOMPARE(fates.count(Fate::Output), 2);
            op.flush(context); // stop: saved at once
            QCOMPARE(fates.count(Fate::Output), 3);
        }
        VectorIndex reopened(path, {});
        QVERIFY(reopened.open(&error));
        QCOMPARE(reopened.size(), size_t(2));
        std::vector<VectorHit> hits;
        QVERIFY(reopened.search(std::vector<float>{0, 1, 0}, 1, -1, &hits, &error));
        QCOMPARE(hits.at(0).id, std::string("LH400"));
        QCOMPARE(hits.at(0).text, std::string("FRA-JFK cancelled"));
        JSON_COMPARE(hits.at(0).metadata, json({{"gate", nullptr}, {"route.from", nullptr}}));
        QVERIFY(reopened.search(std::vector<float>{0, 0, 1}, 1, -1, &hits, &error));
        QCOMPARE(hits.at(0).id, std::string("UA960"));
        QCOMPARE(hits.at(0).text, std::string(""));
    }

    void unsavedRecordsFailWhenDestroyed()
    {
        QTemporaryDir dir;
        auto index = std::make_shared<VectorIndex>(dir.filePath("u.vindex").toStdString(), VectorIndexOptions{});
        std::string error;
        QVERIFY(index->open(&error));
        FateCounter fates;
        TestContext context;
        {
            VectorUpsertOperator op(index, upsertOptions());
            op.process(0, makeRecord(json{{"flight", "A"}, {"embedding", {1, 0}}}, &fates), context);
        } // a failed run: the operator goes without a save
        QCOMPARE(fates.count(Fate::Failed), 1);
        QCOMPARE(fates.count(Fate::Output), 0);
    }

    void saveFailureFailsTheRun()
    {
        QTemporaryDir dir;
        // The index's directory is a file: nothing can be saved there.
        const std::string blocker = dir.filePath("blocker").toStdString();
        std::ofstream(blocker) << "x";
        auto index = std::make_shared<VectorIndex>(blocker + "/i.vindex", VectorIndexOptions{});
        std::string error;
        QVERIFY(index->open(&error));
        FateCounter fates;
        struct FailingContext : TestContext {
            std::vector<std::string> failures;
            void failRun(const std::string &message) override { failures.push_back(message); }
        } context;
        VectorUpsertOperator op(index, upsertOptions());
        op.process(0, makeRecord(json{{"flight", "A"}, {"embedding", {1, 0}}}, &fates), context);
        op.flush(context);
        QCOMPARE(context.failures.size(), size_t(1));
        QVERIFY2(context.failures[0].find("cannot save vector index") != std::string::npos, context.failures[0].c_str());
        QCOMPARE(fates.count(Fate::Failed), 1);
    }
};

QTEST_GUILESS_MAIN(TestVectorIndex)
#include "tst_vectorindex.moc"
