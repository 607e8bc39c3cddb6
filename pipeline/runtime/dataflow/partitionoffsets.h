#pragma once

#include <cstdint>
#include <deque>
#include <string>

namespace pipeline::runtime {

/// At-least-once bookkeeping of one assigned partition: offsets in the order they
/// were consumed, each marked done when its source message settles. The committable
/// position is one past the longest done prefix, so an offset is never committed
/// while an earlier message still has unacknowledged work.
class PartitionOffsets {
public:
    PartitionOffsets(std::string topic, std::int32_t partition) : m_topic(std::move(topic)), m_partition(partition) {}

    const std::string &topic() const { return m_topic; }
    std::int32_t partition() const { return m_partition; }

    void consumed(std::int64_t offset);
    void settled(std::int64_t offset);

    /// Offset to commit (next to read), or -1 when nothing new became committable
    /// since the last call.
    std::int64_t takeCommittable();
    /// Position to commit regardless of whether it was taken before (-1 = none yet).
    std::int64_t committable() const { return m_committable; }
    size_t inFlight() const { return m_entries.size(); }
    /// Set when the partition was revoked: settlements arriving later must not
    /// commit on behalf of the partition's new owner.
    bool revoked = false;

private:
    struct Entry {
        std::int64_t offset;
        bool done;
    };
    std::string m_topic;
    std::int32_t m_partition;
    std::deque<Entry> m_entries;
    std::int64_t m_committable = -1;
    bool m_dirty = false;
};

} // namespace pipeline::runtime
