#pragma once
// An in-memory OperatorContext for driving AI operators without the engine:
// collects emitted and rejected records, run failures, and settles origins so
// tests can see when a record's source message would become committable.

#include "pipeline/runtime/llm/llmoperator.h"
#include "pipeline/runtime/dataflow/origin.h"

#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace llmtest {

using namespace pipeline::runtime;

class FateCounter : public FateListener {
public:
    void originSettled(const Origin &, Fate fate) override { fates.push_back(fate); }
    std::vector<Fate> fates;
};

class TestContext : public OperatorContext {
public:
    void output(int port, Record &&record) override
    {
        (void)port;
        if (record.origin)
            record.origin->mark(Fate::Output);
        emitted.push_back(std::move(record));
    }
    void drop(Record &&) override { ++dropped; }
    void absorb(Record &&) override {}
    void reject(Record &&record, const std::string &error) override
    {
        if (record.origin)
            record.origin->mark(Fate::DeadLettered);
        rejected.emplace_back(std::move(record), error);
    }
    std::int64_t nowMillis() const override { return 0; }
    void failRun(const std::string &message) override { runFailures.push_back(message); }

    std::vector<Record> emitted;
    std::vector<std::pair<Record, std::string>> rejected;
    std::vector<std::string> runFailures;
    int dropped = 0;
};

inline Record makeRecord(nlohmann::json value, FateListener *listener = nullptr)
{
    Record r;
    r.value = std::move(value);
    r.origin = OriginRef::adopt(Origin::fromSample(listener, 0));
    return r;
}

/// Polls until `done` or the timeout; true when done.
inline bool pollUntil(Operator &op, TestContext &context, const std::function<bool()> &done, int timeoutMs = 15000)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        op.poll(context);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

} // namespace llmtest
