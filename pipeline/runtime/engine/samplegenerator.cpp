#include "pipeline/runtime/engine/samplegenerator.h"

#include <cmath>
#include <cstdio>

namespace pipeline::runtime {

std::uint64_t SampleGenerator::nextBits()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

namespace {

std::string format(const char *pattern, std::uint64_t n)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, pattern, static_cast<unsigned long long>(n));
    return buf;
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }
double round2(double v) { return std::round(v * 100.0) / 100.0; }

const char *const kFirstNames[] = {"Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Frances",
                                   "Ken", "Radia", "Tim", "Hedy", "Edsger", "Katherine", "Niklaus", "Sophie"};
const char *const kLastNames[] = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie",
                                  "Allen", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Dijkstra", "Johnson",
                                  "Wirth", "Wilson"};
const char *const kAirports[] = {"FRA", "MUC", "CDG", "LHR", "JFK", "SFO", "NRT", "PEK", "AMS", "ZRH", "MAD", "DXB"};

class IotTemperature : public SampleGenerator {
public:
    using SampleGenerator::SampleGenerator;
    nlohmann::json next(std::int64_t ts) override
    {
        const std::uint64_t device = below(50) + 1;
        double t;
        const double roll = uniform();
        if (roll < 0.025)
            t = 133 + uniform() * 40; // overheating
        else if (roll < 0.05)
            t = 31 - uniform() * 40; // freezing
        else
            t = 50 + uniform() * 60 + uniform() * 20; // normal: 50..130
        nlohmann::json r = nlohmann::json::object();
        r["device_id"] = format("sensor-%03llu", device);
        r["temperature"] = round1(t);
        r["ts"] = ts;
        return r;
    }
};

class Payments : public SampleGenerator {
public:
    using SampleGenerator::SampleGenerator;
    nlohmann::json next(std::int64_t ts) override
    {
        static const char *const currencies[] = {"EUR", "USD", "GBP", "JPY", "CHF"};
        nlohmann::json r = nlohmann::json::object();
        r["payment_id"] = format("pay-%08llu", ++m_counter);
        r["customer_id"] = format("cust-%04llu", below(500) + 1);
        // Mostly small amounts with a long tail, like card payments.
        const double u = uniform();
        r["amount"] = round2(u < 0.9 ? 1 + uniform() * 199 : 200 + uniform() * 4800);
        r["currency"] = pick(currencies);
        r["ts"] = ts;
        return r;
    }
};

class FlightEvents : public SampleGenerator {
public:
    using SampleGenerator::SampleGenerator;
    nlohmann::json next(std::int64_t ts) override
    {
        static const char *const statuses[] = {"scheduled", "delayed", "cancelled", "boarding", "landed"};
        static const double weights[] = {0.45, 0.2, 0.05, 0.15, 0.15};
        const char *origin = pick(kAirports);
        const char *destination = pick(kAirports);
        while (std::string(destination) == origin)
            destination = pick(kAirports);
        double u = uniform();
        size_t status = 0;
        while (status + 1 < 5 && u >= weights[status]) {
            u -= weights[status];
            ++status;
        }
        nlohmann::json r = nlohmann::json::object();
        r["event_id"] = format("evt-%08llu", ++m_counter);
        r["flight_id"] = format("PW%04llu", below(300) + 100);
        r["customer_id"] = format("cust-%04llu", below(500) + 1);
        r["status"] = statuses[status];
        r["origin"] = origin;
        r["destination"] = destination;
        r["departure"] = ts + std::int64_t(below(48 * 60) + 30) * 60'000;
        r["ts"] = ts;
        return r;
    }
};

class ChatMessages : public SampleGenerator {
public:
    using SampleGenerator::SampleGenerator;
    nlohmann::json next(std::int64_t ts) override
    {
        static const char *const channels[] = {"#general", "#support", "#random", "#sales"};
        static const char *const texts[] = {
            "My order has not arrived yet, can someone help?",
            "Thanks, the new release works great!",
            "The app crashes when I open the settings page.",
            "Does anyone know when the outage will be fixed?",
            "I was charged twice for the same subscription.",
            "Great support today, problem solved in minutes.",
            "How do I export my data as CSV?",
            "The checkout page is really slow this morning.",
        };
        nlohmann::json r = nlohmann::json::object();
        r["message_id"] = format("msg-%08llu", ++m_counter);
        r["user_id"] = format("user-%03llu", below(200) + 1);
        r["channel"] = pick(channels);
        r["text"] = pick(texts);
        r["ts"] = ts;
        return r;
    }
};

class Customers : public SampleGenerator {
public:
    using SampleGenerator::SampleGenerator;
    nlohmann::json next(std::int64_t) override
    {
        static const char *const tiers[] = {"bronze", "silver", "gold", "platinum"};
        static const char *const countries[] = {"DE", "FR", "US", "JP", "CN", "GB", "IN", "BR"};
        const std::uint64_t id = ++m_counter;
        const std::string first = pick(kFirstNames);
        const std::string last = pick(kLastNames);
        std::string email;
        for (char c : first + "." + last + std::to_string(id) + "@example.com")
            email += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        nlohmann::json r = nlohmann::json::object();
        r["customer_id"] = format("cust-%04llu", id);
        r["name"] = first + " " + last;
        r["email"] = email;
        r["phone"] = format("+1-555-%04llu", below(10000));
        r["tier"] = pick(tiers);
        r["country"] = pick(countries);
        return r;
    }
};

} // namespace

std::unique_ptr<SampleGenerator> SampleGenerator::create(const std::string &generator, std::uint64_t seed)
{
    if (generator == "iot-temperature")
        return std::make_unique<IotTemperature>(seed);
    if (generator == "payments")
        return std::make_unique<Payments>(seed);
    if (generator == "flight-events")
        return std::make_unique<FlightEvents>(seed);
    if (generator == "chat-messages")
        return std::make_unique<ChatMessages>(seed);
    if (generator == "customers")
        return std::make_unique<Customers>(seed);
    return nullptr;
}

} // namespace pipeline::runtime
