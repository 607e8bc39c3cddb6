#include "pipeline/runtime/testing/inputschedule.h"

#include "pipeline/runtime/testing/memorysource.h"

#include <algorithm>

namespace pipeline::runtime {

int InputSchedule::add(std::vector<std::int64_t> timestamps)
{
    m_times.push_back(std::move(timestamps));
    m_table.push_back(false);
    m_built = false;
    return int(m_times.size()) - 1;
}

void InputSchedule::setTable(int source)
{
    m_table[size_t(source)] = true;
    m_built = false;
}

void InputSchedule::build()
{
    m_order.clear();
    m_cursor = 0;
    m_position.assign(m_times.size(), 0);
    std::vector<size_t> next(m_times.size(), 0);
    for (;;) {
        int best = -1;
        for (size_t s = 0; s < m_times.size(); ++s) {
            if (m_table[s] || next[s] >= m_times[s].size())
                continue;
            if (best < 0 || m_times[s][next[s]] < m_times[size_t(best)][next[size_t(best)]])
                best = int(s);
        }
        if (best < 0)
            break;
        m_order.push_back(best);
        ++next[size_t(best)];
    }
    m_last = MemorySource::defaultStartMillis;
    for (size_t s = 0; s < m_times.size(); ++s)
        if (!m_times[s].empty())
            m_last = std::min(m_last, m_times[s].front());
    m_built = true;
}

bool InputSchedule::isNext(int source)
{
    if (!m_built)
        build();
    return m_cursor < m_order.size() && m_order[m_cursor] == source;
}

void InputSchedule::advance(int source)
{
    if (!m_built)
        build();
    if (m_cursor < m_order.size() && m_order[m_cursor] == source)
        ++m_cursor;
    ++m_position[size_t(source)];
}

std::int64_t InputSchedule::clockMillis()
{
    if (!m_built)
        build();
    if (m_cursor < m_order.size()) {
        // The time of the record about to go; never backwards (a late record
        // does not turn the clock back, as the wall clock would not either).
        const size_t source = size_t(m_order[m_cursor]);
        m_last = std::max(m_last, m_times[source][m_position[source]]);
    }
    return m_last;
}

} // namespace pipeline::runtime
