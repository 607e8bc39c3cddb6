#pragma once

#include "pipeline/runtime/llm/llmruntime.h"
#include "pipeline/runtime/dataflow/llmstats.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace pipeline::runtime {

/// What every AI node has: its endpoint, model, retry policy and concurrency.
struct LlmNodeConfig {
    std::string nodeId;
    std::shared_ptr<const LlmEndpoint> endpoint;
    std::string model;
    LlmRetryPolicy retry;
    int maxInFlight = 16;
};

/// Base of the AI operators: records wait in the node while their calls run on
/// the LLM client's thread; poll() emits the finished ones. Records with the same
/// ordering key (the Kafka message key; else the source partition; else one lane
/// for keyless sample records) leave in their input order, records of different
/// keys overtake each other. A record keeps its origin reference while it waits,
/// so its offset stays uncommitted until its result is produced and acknowledged.
/// At most capacity() records are held; beyond that acceptsMore() is false and the
/// engine stops reading (memory stays bounded under a slow endpoint).
class LlmOperator : public Operator {
public:
    LlmOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime);
    /// Cancels outstanding calls; records still held are marked failed (their
    /// offsets are never committed, a restart reads them again).
    ~LlmOperator() override;

    void process(int input, Record &&record, OperatorContext &context) final;
    bool isAsync() const override { return true; }
    void poll(OperatorContext &context) override;
    bool acceptsMore() const override { return m_slots.size() < m_capacity; }
    /// Waits for every outstanding call (each is bounded by its timeout and
    /// retries) and emits the results.
    void flush(OperatorContext &context) override;
    std::uint64_t pendingRecords() const override { return m_slots.size(); }

    size_t capacity() const { return m_capacity; }
    void setCapacity(size_t capacity) { m_capacity = capacity < 1 ? 1 : capacity; }
    /// Counters for the run's stats (engine thread).
    LlmNodeStats stats() const;
    std::optional<LlmNodeStats> llmStats() const override { return stats(); }
    const LlmNodeConfig &config() const { return m_config; }

    /// The lane a record waits in to keep per-key order.
    static std::string orderingKey(const Record &record);
    /// Replaces orderingKey() for harnesses that feed records without Kafka
    /// origins (unit tests, the benchmark).
    using KeyFunction = std::function<std::string(const Record &)>;
    void setKeyFunction(KeyFunction function) { m_keyFunction = std::move(function); }

protected:
    using SlotId = std::uint64_t;

    /// One HTTP call on behalf of one record (chat) or several (embeddings).
    struct Call {
        LlmCall::Kind kind = LlmCall::Kind::Chat;
        std::vector<SlotId> slots;
        nlohmann::json body;                // kept for the repair round and the cache key
        std::vector<std::string> cacheKeys; // per slot; empty = not cached
        int round = 0;                      // 1 = the repair call after an invalid answer
        double estimatedPromptTokens = 0;
        double estimatedCompletionTokens = 0;
    };

    /// A new record, already in its lane: build and submit() a call, or finish it
    /// at once (cache hit). May throw RecordError / expr::EvaluationError.
    virtual void start(SlotId slot, OperatorContext &context) = 0;
    /// A call finished (after its retries) or was answered from the cache.
    virtual void completed(Call &&call, LlmResult &&result, OperatorContext &context) = 0;
    /// Every poll (flushing = at stop): send what is batched.
    virtual void idle(OperatorContext &context, bool flushing)
    {
        (void)context;
        (void)flushing;
    }

    /// Sends a call, or queues it while maxInFlight calls are out. The budget is
    /// checked when it really goes out, so a spent budget stops the next call.
    void submit(Call call, OperatorContext &context);
    Record &record(SlotId slot);
    /// The record is done (the subclass changed it): it leaves in lane order.
    void succeed(SlotId slot, OperatorContext &context);
    /// The record failed: it goes to the node's error policy, in lane order.
    void fail(SlotId slot, std::string error, OperatorContext &context);
    /// One line for a dead letter: status, attempts, error and the server's body.
    static std::string describeFailure(const LlmResult &result);

    LlmRuntime &runtime() { return *m_runtime; }
    const std::string &model() const { return m_config.model; }
    std::shared_ptr<const LlmEndpoint> endpoint() const { return m_config.endpoint; }
    LlmNodeStats m_stats;

private:
    enum class SlotState { Pending, Done, Failed, FailedStop };
    struct Slot {
        Record record;
        std::string lane;
        SlotState state = SlotState::Pending;
        std::string error;
        // Only records that wait behind or for an answer join their lane; one
        // answered at once (cache hit) with nothing ahead of it leaves directly.
        bool inLane = false;
    };
    struct Inbox {
        std::mutex mutex;
        std::vector<std::pair<Call, LlmResult>> done;
    };

    void finish(SlotId slot, SlotState state, std::string error, OperatorContext &context);
    void drainLane(const std::string &lane, OperatorContext &context);
    void release(Slot &&slot, OperatorContext &context);
    void account(const Call &call, const LlmResult &result);
    void send(Call call, OperatorContext &context);
    void sendWaiting(OperatorContext &context);

    LlmNodeConfig m_config;
    std::shared_ptr<LlmRuntime> m_runtime;
    std::shared_ptr<LlmChannel> m_channel;
    std::shared_ptr<Inbox> m_inbox;
    std::unordered_map<SlotId, Slot> m_slots;
    std::unordered_map<std::string, std::deque<SlotId>> m_lanes;
    SlotId m_nextSlot = 1;
    size_t m_capacity;
    std::uint64_t m_outstandingCalls = 0; // in the client (running or waiting for a retry)
    std::deque<Call> m_waitingCalls;      // beyond maxInFlight: sent as calls finish
    bool m_runFailed = false;
    KeyFunction m_keyFunction;
};

} // namespace pipeline::runtime
