#include "pipeline/runtime/operators/dedupeoperator.h"

#include "pipeline/runtime/dataflow/keytext.h"

namespace pipeline::runtime {

void DedupeOperator::expire(std::int64_t now)
{
    while (!m_order.empty() && m_order.front().first + m_window <= now) {
        auto it = m_seen.find(m_order.front().second);
        if (it != m_seen.end() && it->second == m_order.front().first)
            m_seen.erase(it);
        m_order.pop_front();
    }
}

void DedupeOperator::process(int, Record &&record, OperatorContext &context)
{
    const std::int64_t now = context.nowMillis();
    expire(now);
    std::string key;
    if (!keyText(expr::evaluate(m_key, record.value), &key)) {
        context.output(0, std::move(record));
        return;
    }
    auto [it, inserted] = m_seen.try_emplace(key, now);
    if (!inserted) {
        context.drop(std::move(record));
        return;
    }
    m_order.emplace_back(now, std::move(key));
    context.output(0, std::move(record));
}

void DedupeOperator::onTimer(OperatorContext &context)
{
    expire(context.nowMillis());
}

} // namespace pipeline::runtime
