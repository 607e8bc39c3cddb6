#include "pipeline/runtime/engine/samplesource.h"

#include <algorithm>

namespace pipeline::runtime {

bool SampleSource::open(SourceContext &context, std::string *error)
{
    (void)error;
    m_eventStartMillis = context.startMillis();
    return true;
}

std::uint64_t SampleSource::read(SourceContext &context, std::uint64_t budget, int waitMillis)
{
    (void)waitMillis;
    std::uint64_t due;
    if (m_rate <= 0) {
        due = budget;
    } else {
        const double elapsed = double(context.steadyNanos() - m_clockStartNanos) / 1e9;
        const auto total = std::uint64_t(elapsed * m_rate) + 1;
        due = total > m_produced ? total - m_produced : 0;
    }
    due = std::min(due, budget);
    if (m_count)
        due = std::min(due, m_count - m_produced);
    const double interval = m_rate > 0 ? 1000.0 / m_rate : 1.0;
    for (std::uint64_t k = 0; k < due && !context.stopping(); ++k) {
        const std::int64_t ts = m_eventStartMillis + std::int64_t(double(m_produced) * interval);
        context.admit();
        Record record;
        record.value = m_generator->next(ts);
        record.timestampMillis = ts;
        record.origin = OriginRef::adopt(Origin::fromSample(context.fates(), context.steadyNanos()));
        ++m_produced;
        if (m_count && m_produced >= m_count)
            m_done = true;
        context.emit(std::move(record));
    }
    return due;
}

std::int64_t SampleSource::nextDueMillis() const
{
    return m_rate > 0 ? std::int64_t(1000.0 / m_rate) + 1 : 20;
}

void registerSampleSource(OperatorRegistry &registry)
{
    registry.add("sample-source", [](OperatorBuildContext &ctx) -> std::unique_ptr<Operator> {
        const std::string generatorName = ctx.text("generator", "iot-temperature");
        const nlohmann::json seed = ctx.param("seed");
        auto generator = SampleGenerator::create(generatorName, seed.is_number() ? seed.get<std::uint64_t>() : 42);
        if (!generator) {
            ctx.error("bad-enum-value", "generator", "unknown generator '" + generatorName + "'");
            return nullptr;
        }
        const nlohmann::json rate = ctx.param("rate"), count = ctx.param("count");
        return std::make_unique<SampleSource>(
            std::move(generator), rate.is_number() ? std::max(0.0, rate.get<double>()) : 10.0,
            count.is_number() && count.get<double>() > 0 ? count.get<std::uint64_t>() : 0);
    });
}

} // namespace pipeline::runtime
