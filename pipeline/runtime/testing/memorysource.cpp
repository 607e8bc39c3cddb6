#include "pipeline/runtime/testing/memorysource.h"

namespace pipeline::runtime {

MemorySource::MemorySource(std::string nodeId, std::vector<Input> records, std::shared_ptr<InputSchedule> schedule,
                           std::shared_ptr<TestCapture> capture)
    : m_nodeId(std::move(nodeId)), m_records(std::move(records)), m_schedule(std::move(schedule)),
      m_capture(std::move(capture))
{
    std::vector<std::int64_t> times;
    times.reserve(m_records.size());
    for (const auto &r : m_records)
        times.push_back(r.timestampMillis);
    m_index = m_schedule->add(std::move(times));
}

bool MemorySource::open(SourceContext &, std::string *)
{
    return true;
}

void MemorySource::readAsTable()
{
    m_table = true;
    m_schedule->setTable(m_index);
}

void MemorySource::emit(SourceContext &context)
{
    Input &input = m_records[m_next++];
    Record record;
    record.value = input.value;
    record.timestampMillis = input.timestampMillis;
    Origin *origin = Origin::fromSample(context.fates(), context.steadyNanos());
    record.origin = OriginRef::adopt(origin);
    m_capture->noteOriginal(origin, input.value);
    if (m_capture->recordsPort(m_nodeId))
        m_capture->portOutput(m_nodeId, "out", input.value);
    context.admit();
    context.emit(std::move(record));
}

std::uint64_t MemorySource::read(SourceContext &context, std::uint64_t budget, int)
{
    std::uint64_t taken = 0;
    if (m_table) {
        while (taken < budget && !exhausted()) {
            emit(context);
            ++taken;
        }
        return taken;
    }
    // One event time per engine iteration: the engine's clock (the schedule's)
    // then reads the time of the records it is about to process.
    while (taken < budget && !exhausted() && m_schedule->isNext(m_index)
           && m_records[m_next].timestampMillis <= context.nowMillis()) {
        m_schedule->advance(m_index);
        emit(context);
        ++taken;
    }
    return taken;
}

} // namespace pipeline::runtime
