#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// The order in which a test case's stream sources emit: a merge by event time
/// (ties go to the source registered first), each source keeping its own record
/// order, so a late record stays late. Join tables are read first, outside the
/// merge. It also is the run's clock: processing time is the event time of the
/// record about to be emitted, so even processing-time windows close the same
/// way in every run.
class InputSchedule {
public:
    /// Registers a source's record times (in its order); returns its index.
    int add(std::vector<std::int64_t> timestamps);
    /// The source is read as a join table, before and outside the merge.
    void setTable(int source);
    /// The source's next record is the next one of the merge.
    bool isNext(int source);
    /// The source emitted its next record.
    void advance(int source);
    /// The event time of the next record of the merge (the last one's at the end).
    std::int64_t clockMillis();

private:
    void build();

    std::vector<std::vector<std::int64_t>> m_times;
    std::vector<bool> m_table;
    std::vector<int> m_order;       // source index per merged record
    std::vector<size_t> m_position; // records each source emitted
    size_t m_cursor = 0;
    bool m_built = false;
    std::int64_t m_last = 0;
};

} // namespace pipeline::runtime
