#include "pipeline/runtime/llm/llmoperator.h"

#include "pipeline/expr/expression.h"

#include <chrono>
#include <thread>

namespace pipeline::runtime {

LlmOperator::LlmOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime)
    : m_config(std::move(config))
    , m_runtime(std::move(runtime))
    , m_channel(std::make_shared<LlmChannel>(m_config.maxInFlight))
    , m_inbox(std::make_shared<Inbox>())
    , m_capacity(size_t(std::max(2 * m_config.maxInFlight, m_config.maxInFlight + 64)))
{
}

LlmOperator::~LlmOperator()
{
    m_channel->cancel();
    for (auto &[id, slot] : m_slots)
        if (slot.record.origin)
            slot.record.origin->markFailed();
}

std::string LlmOperator::orderingKey(const Record &record)
{
    const Origin *origin = record.origin.get();
    if (!origin || origin->isGroup())
        return {};
    if (auto [data, size] = origin->key(); data)
        return "k" + origin->topic() + '\0' + std::string(data, size);
    if (origin->partition() >= 0)
        return "p" + origin->topic() + '\0' + std::to_string(origin->partition());
    return {};
}

void LlmOperator::process(int, Record &&record, OperatorContext &context)
{
    const SlotId id = m_nextSlot++;
    Slot &slot = m_slots[id];
    slot.lane = m_keyFunction ? m_keyFunction(record) : orderingKey(record);
    slot.record = std::move(record);
    if (auto lane = m_lanes.find(slot.lane); lane != m_lanes.end()) {
        lane->second.push_back(id); // earlier records of this key are still waiting
        slot.inLane = true;
    }
    try {
        start(id, context);
    } catch (const RecordError &e) {
        fail(id, e.what(), context);
    } catch (const expr::EvaluationError &e) {
        fail(id, e.what(), context);
    } catch (const nlohmann::json::exception &e) {
        fail(id, e.what(), context);
    }
    // Still waiting for its answer: later records of the key queue behind it.
    if (auto it = m_slots.find(id); it != m_slots.end() && !it->second.inLane) {
        it->second.inLane = true;
        m_lanes[it->second.lane].push_back(id);
    }
}

Record &LlmOperator::record(SlotId slot)
{
    return m_slots.at(slot).record;
}

void LlmOperator::submit(Call call, OperatorContext &context)
{
    if (m_outstandingCalls >= std::uint64_t(m_config.maxInFlight) || !m_waitingCalls.empty()) {
        m_waitingCalls.push_back(std::move(call));
        return;
    }
    send(std::move(call), context);
}

void LlmOperator::sendWaiting(OperatorContext &context)
{
    while (!m_waitingCalls.empty() && m_outstandingCalls < std::uint64_t(m_config.maxInFlight)) {
        Call call = std::move(m_waitingCalls.front());
        m_waitingCalls.pop_front();
        send(std::move(call), context);
    }
}

void LlmOperator::send(Call call, OperatorContext &context)
{
    if (m_runtime->budgetExhausted()) {
        const auto &s = m_runtime->settings();
        const std::string error = "LLM budget of " + std::to_string(s.budget) + " for this run is spent ("
            + std::to_string(m_runtime->spent()) + ")";
        for (SlotId id : call.slots)
            finish(id, s.budgetAction == LlmSettings::BudgetAction::Stop ? SlotState::FailedStop : SlotState::Failed,
                   error, context);
        return;
    }
    m_stats.estimatedCost += m_config.endpoint->cost(model(), std::uint64_t(call.estimatedPromptTokens),
                                                     std::uint64_t(call.estimatedCompletionTokens));
    LlmCall request;
    request.kind = call.kind;
    request.body = call.body;
    request.estimatedTokens = call.estimatedPromptTokens + call.estimatedCompletionTokens;
    request.retry = m_config.retry;
    request.nodeId = m_config.nodeId;
    ++m_outstandingCalls;
    std::shared_ptr<Inbox> inbox = m_inbox;
    m_runtime->client().submit(
        m_config.endpoint, std::move(request),
        [inbox, call = std::move(call)](LlmResult &&result) mutable {
            std::lock_guard lock(inbox->mutex);
            inbox->done.emplace_back(std::move(call), std::move(result));
        },
        m_channel);
}

void LlmOperator::account(const Call &call, const LlmResult &result)
{
    (void)call;
    if (result.fromCache)
        return;
    ++m_stats.calls;
    m_stats.promptTokens += result.usage.promptTokens;
    m_stats.completionTokens += result.usage.completionTokens;
    const double cost = m_config.endpoint->cost(model(), result.usage.promptTokens, result.usage.completionTokens);
    m_stats.cost += cost;
    m_runtime->charge(cost);
}

void LlmOperator::poll(OperatorContext &context)
{
    std::vector<std::pair<Call, LlmResult>> done;
    {
        std::lock_guard lock(m_inbox->mutex);
        done.swap(m_inbox->done);
    }
    for (auto &[call, result] : done) {
        --m_outstandingCalls;
        if (result.attempts > 0)
            account(call, result);
        if (call.round > 0)
            ++m_stats.repairs;
        completed(std::move(call), std::move(result), context);
    }
    idle(context, false);
    sendWaiting(context);
}

void LlmOperator::flush(OperatorContext &context)
{
    idle(context, true);
    sendWaiting(context);
    while (!m_slots.empty() && !m_runFailed) {
        poll(context);
        idle(context, true);
        sendWaiting(context);
        if (m_slots.empty() || (m_outstandingCalls == 0 && m_waitingCalls.empty()))
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (ResponseCache *cache = m_runtime->cache())
        cache->flush();
}

void LlmOperator::succeed(SlotId slot, OperatorContext &context)
{
    finish(slot, SlotState::Done, {}, context);
}

void LlmOperator::fail(SlotId slot, std::string error, OperatorContext &context)
{
    finish(slot, SlotState::Failed, std::move(error), context);
}

void LlmOperator::finish(SlotId id, SlotState state, std::string error, OperatorContext &context)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end() || it->second.state != SlotState::Pending)
        return;
    it->second.state = state;
    it->second.error = std::move(error);
    if (!it->second.inLane) { // finished inside process() with nothing ahead of it
        Slot slot = std::move(it->second);
        m_slots.erase(it);
        release(std::move(slot), context);
        return;
    }
    const std::string lane = it->second.lane;
    drainLane(lane, context);
}

void LlmOperator::release(Slot &&slot, OperatorContext &context)
{
    switch (slot.state) {
    case SlotState::Done:
        context.output(0, std::move(slot.record));
        break;
    case SlotState::Failed:
        context.reject(std::move(slot.record), slot.error);
        break;
    case SlotState::FailedStop:
        if (slot.record.origin)
            slot.record.origin->markFailed();
        if (!m_runFailed) {
            m_runFailed = true;
            context.failRun(slot.error);
        }
        break;
    case SlotState::Pending:
        break;
    }
}

void LlmOperator::drainLane(const std::string &lane, OperatorContext &context)
{
    auto laneIt = m_lanes.find(lane);
    if (laneIt == m_lanes.end())
        return;
    auto &queue = laneIt->second;
    while (!queue.empty()) {
        auto it = m_slots.find(queue.front());
        if (it->second.state == SlotState::Pending)
            return;
        Slot slot = std::move(it->second);
        m_slots.erase(it);
        queue.pop_front();
        release(std::move(slot), context);
        laneIt = m_lanes.find(lane); // emit may not touch lanes, but stay safe
        if (laneIt == m_lanes.end())
            return;
    }
    m_lanes.erase(laneIt);
}

LlmNodeStats LlmOperator::stats() const
{
    LlmNodeStats s = m_stats;
    s.attempts = m_channel->attempts.load();
    s.retries = m_channel->retries.load();
    s.failures = m_channel->failures.load();
    s.inFlight = m_slots.size();
    return s;
}

std::string LlmOperator::describeFailure(const LlmResult &result)
{
    std::string text = "LLM call failed";
    if (result.httpStatus)
        text += " (HTTP " + std::to_string(result.httpStatus) + ")";
    text += ": " + result.error;
    if (!result.errorBody.empty())
        text += "; response body: " + result.errorBody;
    return text;
}

} // namespace pipeline::runtime
