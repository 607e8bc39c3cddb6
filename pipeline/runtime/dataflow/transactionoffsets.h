#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

struct rd_kafka_s;

namespace pipeline::runtime {

/// What one consumer-group source adds to an exactly-once transaction: the
/// positions to commit (one past the last message read, every one of them
/// settled) and the consumer whose group metadata fences a zombie's commit.
struct TransactionOffsets {
    rd_kafka_s *consumer = nullptr;
    std::string topic;
    std::vector<std::pair<std::int32_t, std::int64_t>> positions; // partition, next offset to read
};

} // namespace pipeline::runtime
