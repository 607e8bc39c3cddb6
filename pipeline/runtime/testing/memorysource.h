#pragma once

#include "pipeline/runtime/dataflow/source.h"
#include "pipeline/runtime/testing/inputschedule.h"
#include "pipeline/runtime/testing/testcapture.h"

#include <memory>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// A test case's records for one source node, standing in for its Kafka (or
/// sample) source: finite, no cluster. Stream sources emit in the merged
/// event-time order of the InputSchedule; a source feeding only join tables is
/// read first, as a live run reads a table topic to its end.
class MemorySource : public Source {
public:
    /// The event time of the first record that has none of its own (2023-11-14T22:13:20Z);
    /// each later one gets one second more.
    static constexpr std::int64_t defaultStartMillis = 1'700'000'000'000;

    struct Input {
        nlohmann::json value;
        std::int64_t timestampMillis = 0;
    };

    MemorySource(std::string nodeId, std::vector<Input> records, std::shared_ptr<InputSchedule> schedule,
                 std::shared_ptr<TestCapture> capture);

    bool open(SourceContext &context, std::string *error) override;
    std::uint64_t read(SourceContext &context, std::uint64_t budget, int waitMillis) override;
    std::int64_t nextDueMillis() const override { return 0; }
    bool exhausted() const override { return m_next >= m_records.size(); }
    bool canReadAsTable() const override { return true; }
    void readAsTable() override;
    bool isTable() const override { return m_table; }
    bool tableLoaded(int waitMillis) override
    {
        (void)waitMillis;
        return exhausted();
    }

private:
    void emit(SourceContext &context);

    std::string m_nodeId;
    std::vector<Input> m_records;
    std::shared_ptr<InputSchedule> m_schedule;
    std::shared_ptr<TestCapture> m_capture;
    int m_index = 0;
    size_t m_next = 0;
    bool m_table = false;
};

} // namespace pipeline::runtime
