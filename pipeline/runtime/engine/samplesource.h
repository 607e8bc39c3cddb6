#pragma once

#include "pipeline/runtime/dataflow/operatorregistry.h"
#include "pipeline/runtime/dataflow/source.h"
#include "pipeline/runtime/engine/samplegenerator.h"

#include <memory>

namespace pipeline::runtime {

/// `sample-source`: generated records at `rate` per second (0 = as fast as the
/// run takes them), `count` of them (0 = no end), event times spaced by the rate
/// from the run's start time. Needs no cluster.
class SampleSource : public Source {
public:
    SampleSource(std::unique_ptr<SampleGenerator> generator, double rate, std::uint64_t count)
        : m_generator(std::move(generator)), m_rate(rate), m_count(count)
    {
    }
    bool open(SourceContext &context, std::string *error) override;
    std::uint64_t read(SourceContext &context, std::uint64_t budget, int waitMillis) override;
    std::int64_t nextDueMillis() const override;
    void startClock(std::int64_t steadyNanos) override { m_clockStartNanos = steadyNanos; }
    bool exhausted() const override { return m_done; }

private:
    std::unique_ptr<SampleGenerator> m_generator;
    double m_rate;
    std::uint64_t m_count;
    std::uint64_t m_produced = 0;
    bool m_done = false;
    std::int64_t m_clockStartNanos = 0;
    std::int64_t m_eventStartMillis = 0;
};

/// Registers sample-source.
void registerSampleSource(OperatorRegistry &registry);

} // namespace pipeline::runtime
