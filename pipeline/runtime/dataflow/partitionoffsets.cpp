#include "pipeline/runtime/dataflow/partitionoffsets.h"

#include <algorithm>

namespace pipeline::runtime {

void PartitionOffsets::consumed(std::int64_t offset)
{
    m_entries.push_back({offset, false});
}

void PartitionOffsets::settled(std::int64_t offset)
{
    // Messages usually settle in order, so look from the front first.
    auto it = m_entries.begin();
    if (it == m_entries.end() || it->offset != offset)
        it = std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                              [](const Entry &e, std::int64_t o) { return e.offset < o; });
    if (it == m_entries.end() || it->offset != offset)
        return;
    it->done = true;
    while (!m_entries.empty() && m_entries.front().done) {
        m_committable = m_entries.front().offset + 1;
        m_entries.pop_front();
        m_dirty = true;
    }
}

std::int64_t PartitionOffsets::takeCommittable()
{
    if (!m_dirty)
        return -1;
    m_dirty = false;
    return m_committable;
}

} // namespace pipeline::runtime
