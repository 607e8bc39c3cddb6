#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// Where a consumer stands on one partition, for monitoring (lag, commits).
/// Offsets are "next offset": -1 where the client does not know it yet.
struct PartitionStats {
    std::string nodeId; // the source node (filled in by the engine)
    std::string topic;
    std::int32_t partition = -1;
    std::int64_t position = -1;      // next offset the source will read
    std::int64_t highWatermark = -1; // the partition's end offset, as of the last fetch
    std::int64_t committed = -1;     // the group's committed offset, as of the last commit this runner made
    /// Messages on the broker not read yet; -1 while position or end are unknown.
    std::int64_t lag() const
    {
        if (highWatermark < 0 || position < 0)
            return -1;
        return highWatermark > position ? highWatermark - position : 0;
    }
};

/// A consumer-group source's client state (Kafka sources), read by the engine
/// when it publishes a snapshot.
struct SourceClientStats {
    std::vector<PartitionStats> partitions; // assigned partitions, by partition
    std::uint64_t rebalances = 0;           // assignments and revocations
    std::uint64_t commitsCompleted = 0;     // offset commits the coordinator acknowledged
    std::uint64_t commitFailures = 0;
    bool assigned = false;                  // the group gave this runner at least one partition
};

} // namespace pipeline::runtime
