#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace pipeline::runtime {

/// The built-in record generators of `sample-source` (docs/node-kinds.md), with
/// exactly the fields of core's sampleGeneratorSchema(). Deterministic: the same
/// seed gives the same sequence on every machine (own PRNG, no std distributions).
/// iot-temperature produces roughly 5% readings outside 32..132 so alert
/// pipelines have something to find.
class SampleGenerator {
public:
    /// nullptr for an unknown generator name.
    static std::unique_ptr<SampleGenerator> create(const std::string &generator, std::uint64_t seed);
    virtual ~SampleGenerator() = default;

    /// The next record; `ts` is the record's event time (epoch milliseconds).
    virtual nlohmann::json next(std::int64_t ts) = 0;

    explicit SampleGenerator(std::uint64_t seed) : m_state(seed ? seed : 0x9e3779b97f4a7c15ULL) {}

protected:
    std::uint64_t nextBits(); // splitmix64
    std::uint64_t below(std::uint64_t n) { return nextBits() % n; }
    double uniform() { return double(nextBits() >> 11) * (1.0 / 9007199254740992.0); }
    template<size_t N>
    const char *pick(const char *const (&items)[N]) { return items[below(N)]; }

    std::uint64_t m_state;
    std::uint64_t m_counter = 0;
};

} // namespace pipeline::runtime
