#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"

#include <QString>
#include <QTest>
#include <QtGlobal>

#include <map>
#include <optional>
#include <string>
#include <vector>

// QCOMPARE cannot take nlohmann::json (its implicit conversions confuse qCompare).
#define JSON_COMPARE(actual, expected)                                                                            \
    do {                                                                                                           \
        const nlohmann::json actual_ = (actual);                                                                   \
        const nlohmann::json expected_ = (expected);                                                               \
        QVERIFY2(actual_ == expected_,                                                                             \
                 qPrintable(QString::fromStdString("got " + actual_.dump() + ", expected " + expected_.dump()))); \
    } while (0)

// In-memory stand-ins for the engine, shared by the operator tests.
namespace testing {

using namespace pipeline::runtime;

struct FateCounter : FateListener {
    std::map<Fate, int> fates;
    void originSettled(const Origin &, Fate fate) override { ++fates[fate]; }
    int count(Fate f) const
    {
        auto it = fates.find(f);
        return it == fates.end() ? 0 : it->second;
    }
};

struct TestContext : OperatorContext {
    std::vector<std::pair<int, Record>> emitted;
    std::vector<Record> dropped;
    std::vector<Record> absorbed;
    std::vector<std::pair<Record, std::string>> rejected;
    std::int64_t now = 1'700'000'000'000;

    void output(int port, Record &&record) override { emitted.emplace_back(port, std::move(record)); }
    void drop(Record &&record) override { dropped.push_back(std::move(record)); }
    void absorb(Record &&record) override { absorbed.push_back(std::move(record)); }
    void reject(Record &&record, const std::string &error) override { rejected.emplace_back(std::move(record), error); }
    std::int64_t nowMillis() const override { return now; }
};

struct SentMessage {
    std::string topic;
    std::optional<std::string> key;
    std::string payload;
    std::string error; // dead letters
    std::string nodeId;
};

struct TestSinkOutput : SinkOutput {
    std::vector<SentMessage> sent;
    void produce(const std::string &topic, std::optional<std::string> key, std::string payload, Record &&) override
    {
        sent.push_back({topic, std::move(key), std::move(payload), {}, {}});
    }
    void deadLetter(const std::string &topic, Record &&record, const std::string &error, const std::string &nodeId) override
    {
        sent.push_back({topic, std::nullopt, record.value.dump(), error, nodeId});
    }
};

inline Record makeRecord(const nlohmann::json &value, FateListener *listener = nullptr, std::int64_t ts = 0)
{
    Record r;
    r.value = value;
    r.timestampMillis = ts;
    r.origin = OriginRef::adopt(Origin::fromSample(listener, 0));
    return r;
}

inline pipeline::expr::Expression expression(const std::string &text)
{
    auto parsed = pipeline::expr::parse(text);
    if (!parsed.ok())
        qFatal("test expression does not parse: %s", text.c_str());
    return *parsed.expression;
}

} // namespace testing
