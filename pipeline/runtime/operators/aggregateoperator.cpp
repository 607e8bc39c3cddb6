#include "pipeline/runtime/operators/aggregateoperator.h"

#include <algorithm>
#include <cmath>

namespace pipeline::runtime {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Ordering for MIN/MAX: numbers by value, timestamps by instant, strings bytewise.
int compareValues(const expr::Value &a, const expr::Value &b)
{
    if (a.isNumeric() && b.isNumeric()) {
        if (a.isInteger() && b.isInteger())
            return a.asInteger() < b.asInteger() ? -1 : a.asInteger() > b.asInteger();
        const double x = a.asDouble(), y = b.asDouble();
        return x < y ? -1 : x > y;
    }
    if (a.isTimestamp() && b.isTimestamp())
        return a.asTimestamp() < b.asTimestamp() ? -1 : a.asTimestamp() > b.asTimestamp();
    if (a.isString() && b.isString())
        return a.asString().compare(b.asString());
    if (a.isBoolean() && b.isBoolean())
        return int(a.asBoolean()) - int(b.asBoolean());
    return a.toString().compare(b.toString());
}

std::string keyText(const std::vector<expr::Value> &keys)
{
    std::string text;
    for (const auto &k : keys) {
        text += k.toJson().dump();
        text += '\x1f';
    }
    return text;
}

} // namespace

AggregateOperator::AggregateOperator(Config config) : m_config(std::move(config))
{
    if (m_config.sizeMillis <= 0)
        m_config.sizeMillis = 60'000;
    if (m_config.advanceMillis <= 0 || m_config.advanceMillis > m_config.sizeMillis)
        m_config.advanceMillis = m_config.sizeMillis;
    if (m_config.gapMillis <= 0)
        m_config.gapMillis = 60'000;
}

AggregateOperator::~AggregateOperator()
{
    // Windows still open at destruction were never emitted: release their messages
    // so they settle (as filtered) instead of leaking; their offsets stay behind any
    // earlier commit only if the engine did not flush, which it always does.
    for (auto &[id, state] : m_windows)
        for (Origin *o : state.members)
            o->release();
}

AggregateOperator::WindowState AggregateOperator::newState(std::vector<expr::Value> keys) const
{
    WindowState s;
    s.keys = std::move(keys);
    s.accumulators.resize(m_config.aggregates.size());
    return s;
}

void AggregateOperator::process(int, Record &&record, OperatorContext &context)
{
    std::int64_t time = context.nowMillis();
    if (!m_config.timeField.empty()) {
        const nlohmann::json *t = m_config.timeField.find(record.value);
        if (!t || !(t->is_number_integer() || t->is_number_unsigned() || t->is_number_float()))
            throw RecordError("time field '" + m_config.timeField.text()
                              + "' is missing or not epoch milliseconds");
        time = t->is_number_float() ? std::int64_t(std::floor(t->get<double>())) : t->get<std::int64_t>();
    }

    // Evaluate everything before touching state, so a data error leaves no trace.
    std::vector<expr::Value> keys;
    keys.reserve(m_config.groupBy.size());
    for (const auto &g : m_config.groupBy)
        keys.push_back(expr::evaluate(g, record.value));
    std::vector<expr::Value> rowValues(m_config.aggregates.size());
    for (size_t i = 0; i < m_config.aggregates.size(); ++i)
        if (m_config.aggregates[i].expression)
            rowValues[i] = expr::evaluate(*m_config.aggregates[i].expression, record.value);
    const std::string key = keyText(keys);

    const std::int64_t grace = m_config.graceMillis;
    bool accepted = false;
    if (m_config.window == WindowKind::Session) {
        if (m_watermark == INT64_MIN || time + m_config.gapMillis + grace > m_watermark) {
            addToSession(key, std::move(keys), time, record, rowValues);
            accepted = true;
        }
    } else {
        const std::int64_t size = m_config.sizeMillis;
        const std::int64_t advance = m_config.window == WindowKind::Hopping ? m_config.advanceMillis : size;
        // Every window [start, start+size) with start a multiple of advance containing time.
        const std::int64_t lastStart = floorDiv(time, advance) * advance;
        for (std::int64_t start = lastStart; start > time - size; start -= advance) {
            const std::int64_t end = start + size;
            if (m_watermark != INT64_MIN && end + grace <= m_watermark)
                continue; // this window was already emitted
            WindowId id{end, key, start};
            auto it = m_windows.find(id);
            if (it == m_windows.end())
                it = m_windows.emplace(id, newState(keys)).first;
            accumulate(it->second, record, rowValues);
            accepted = true;
        }
    }
    if (!accepted) {
        ++m_late;
        context.reject(std::move(record), "late event: time " + std::to_string(time) + " is behind the watermark "
                                              + std::to_string(m_watermark) + " by more than the grace period");
        return;
    }
    ++m_pending;
    record.origin->dropPayload();
    if (!m_config.timeField.empty() && time > m_watermark)
        advanceWatermark(time, context);
}

void AggregateOperator::accumulate(WindowState &state, const Record &record, const std::vector<expr::Value> &rowValues)
{
    for (size_t i = 0; i < m_config.aggregates.size(); ++i) {
        const Aggregate &agg = m_config.aggregates[i];
        Accumulator &acc = state.accumulators[i];
        if (!agg.expression) {
            ++acc.count; // count(*)
            continue;
        }
        const expr::Value &v = rowValues[i];
        if (v.isNull())
            continue; // SQL aggregates ignore NULLs
        ++acc.count;
        switch (agg.function) {
        case Function::Count:
            break;
        case Function::Sum:
            if (!v.isNumeric())
                throw RecordError("sum(" + agg.expression->text() + ") needs a number, got " + v.toString());
            if (acc.value.isNull())
                acc.value = v;
            else if (acc.value.isInteger() && v.isInteger())
                acc.value = expr::Value::integer(acc.value.asInteger() + v.asInteger());
            else
                acc.value = expr::Value::number(acc.value.asDouble() + v.asDouble());
            break;
        case Function::Avg:
            if (!v.isNumeric())
                throw RecordError("avg(" + agg.expression->text() + ") needs a number, got " + v.toString());
            acc.doubleSum += v.asDouble();
            break;
        case Function::Min:
            if (acc.value.isNull() || compareValues(v, acc.value) < 0)
                acc.value = v;
            break;
        case Function::Max:
            if (acc.value.isNull() || compareValues(v, acc.value) > 0)
                acc.value = v;
            break;
        }
    }
    state.members.push_back(record.origin.share());
}

void AggregateOperator::addToSession(const std::string &key, std::vector<expr::Value> keys, std::int64_t time,
                                     const Record &record, const std::vector<expr::Value> &rowValues)
{
    const std::int64_t gap = m_config.gapMillis;
    std::int64_t start = time, end = time + gap;
    auto &ids = m_sessionsByKey[key];
    // Merge every session of this key that overlaps [time, time + gap).
    std::vector<WindowState> merged;
    for (auto it = ids.begin(); it != ids.end();) {
        const auto &[sEnd, sKey, sStart] = *it;
        if (sStart < time + gap && time < sEnd) {
            start = std::min(start, sStart);
            end = std::max(end, sEnd);
            auto node = m_windows.extract(*it);
            merged.push_back(std::move(node.mapped()));
            it = ids.erase(it);
        } else {
            ++it;
        }
    }
    WindowState state = newState(std::move(keys));
    for (auto &other : merged) {
        for (size_t i = 0; i < state.accumulators.size(); ++i) {
            Accumulator &a = state.accumulators[i];
            const Accumulator &b = other.accumulators[i];
            const Function f = m_config.aggregates[i].function;
            a.count += b.count;
            a.doubleSum += b.doubleSum;
            if (b.value.isNull())
                continue;
            if (a.value.isNull())
                a.value = b.value;
            else if (f == Function::Sum)
                a.value = a.value.isInteger() && b.value.isInteger()
                    ? expr::Value::integer(a.value.asInteger() + b.value.asInteger())
                    : expr::Value::number(a.value.asDouble() + b.value.asDouble());
            else if ((f == Function::Min && compareValues(b.value, a.value) < 0)
                     || (f == Function::Max && compareValues(b.value, a.value) > 0))
                a.value = b.value;
        }
        state.members.insert(state.members.end(), other.members.begin(), other.members.end());
    }
    // The session's start is its first event; the end is gap after its last one.
    accumulate(state, record, rowValues);
    WindowId id{end, key, start};
    m_windows.emplace(id, std::move(state));
    ids.push_back(id);
}

void AggregateOperator::advanceWatermark(std::int64_t watermark, OperatorContext &context)
{
    m_watermark = watermark;
    while (!m_windows.empty()) {
        auto it = m_windows.begin();
        if (std::get<0>(it->first) + m_config.graceMillis > m_watermark)
            break;
        auto node = m_windows.extract(it);
        emitWindow(node.key(), node.mapped(), context);
    }
}

void AggregateOperator::onTimer(OperatorContext &context)
{
    if (m_config.timeField.empty())
        advanceWatermark(context.nowMillis(), context);
}

void AggregateOperator::flush(OperatorContext &context)
{
    advanceWatermark(INT64_MAX - m_config.graceMillis - 1, context);
}

void AggregateOperator::emitWindow(const WindowId &id, WindowState &state, OperatorContext &context)
{
    if (m_config.window == WindowKind::Session) {
        auto &ids = m_sessionsByKey[std::get<1>(id)];
        ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
        if (ids.empty())
            m_sessionsByKey.erase(std::get<1>(id));
    }
    nlohmann::json out = nlohmann::json::object();
    for (size_t i = 0; i < state.keys.size() && i < m_config.groupByNames.size(); ++i)
        out[m_config.groupByNames[i]] = state.keys[i].toJson();
    for (size_t i = 0; i < m_config.aggregates.size(); ++i) {
        const Aggregate &agg = m_config.aggregates[i];
        const Accumulator &acc = state.accumulators[i];
        switch (agg.function) {
        case Function::Count:
            out[agg.name] = acc.count;
            break;
        case Function::Avg:
            out[agg.name] = acc.count ? nlohmann::json(acc.doubleSum / double(acc.count)) : nlohmann::json(nullptr);
            break;
        default:
            out[agg.name] = acc.value.toJson();
            break;
        }
    }
    const std::int64_t end = std::get<0>(id), start = std::get<2>(id);
    out["window_start"] = start;
    out["window_end"] = end;

    m_pending -= state.members.size();
    std::int64_t received = 0;
    for (Origin *o : state.members)
        received = std::max(received, o->receivedNanos());
    Record result;
    result.value = std::move(out);
    result.timestampMillis = end;
    result.origin = OriginRef::adopt(Origin::group(std::move(state.members), received));
    state.members.clear();
    context.output(0, std::move(result));
}

} // namespace pipeline::runtime
