// Benchmark: expression evaluations per second, per function family, next to the
// baseline measured in the same run (the arithmetic/comparison filter the runtime
// benchmark uses). Each figure is the median and the worst of 11 rounds over 4,096
// generated records. Function dispatch is resolved when the expression is parsed
// (an enum switch, precompiled regex / JSON path / pattern), never by name per record.
// Usage: bench_expr [--smoke]

#include "pipeline/expr/expression.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using nlohmann::json;

namespace {

struct Figure {
    double median;
    double worst;
};

std::vector<json> records(int count)
{
    std::vector<json> out;
    static const char *devices[] = {"dev-001", "DEV-42 ", "sensor/7/a", "grüße-9", ""};
    for (int i = 0; i < count; ++i) {
        json r;
        r["device_id"] = devices[i % 5];
        r["temperature"] = 15.0 + (i % 300) * 0.1 - (i % 7);
        r["reading_id"] = i;
        r["ts"] = 1714566645123LL + std::int64_t(i) * 61123;
        r["email"] = "User" + std::to_string(i) + "@Example.com";
        r["payload"] = R"({"device": {"id": "d-)" + std::to_string(i % 50) + R"(", "fw": "1.2"}, "v": )"
                       + std::to_string(i % 100) + "}";
        r["readings"] = json::array({i % 10, i % 20, i % 30});
        if (i % 11 == 0)
            r["temperature"] = nullptr;
        out.push_back(std::move(r));
    }
    return out;
}

Figure measure(const pipeline::expr::Expression &e, const std::vector<json> &rows, int rounds, int repeat)
{
    std::vector<double> rates;
    std::size_t sink = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto start = std::chrono::steady_clock::now();
        for (int k = 0; k < repeat; ++k)
            for (const auto &r : rows)
                sink += pipeline::expr::evaluate(e, r).isNull() ? 1 : 0;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        rates.push_back(double(rows.size()) * repeat / seconds);
    }
    std::sort(rates.begin(), rates.end());
    if (sink == std::size_t(-1))
        std::puts("");
    return {rates[rates.size() / 2], rates.front()};
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const int rounds = 11;
    const int repeat = smoke ? 1 : 25;
    const auto rows = records(4096);
    struct Item {
        const char *family;
        const char *text;
    };
    const std::vector<Item> items{
        {"baseline", "temperature * 1.8 + 32 > 90 AND reading_id % 2 = 0"},
        {"baseline", "device_id <> 'x' AND temperature BETWEEN 20 AND 40"},
        {"strings", "UPPER(TRIM(device_id))"},
        {"strings", "REPLACE(LOWER(device_id), '-', '_')"},
        {"strings", "LPAD(CAST(reading_id AS STRING), 8, '0')"},
        {"strings", "SPLIT_INDEX(device_id, '/', 1)"},
        {"strings", "REGEXP_REPLACE(device_id, '[^0-9]', '')"},
        {"strings", "CONCAT_WS('-', device_id, email)"},
        {"numbers", "ROUND(POWER(temperature, 2) / 10, 1)"},
        {"numbers", "GREATEST(temperature, 20.0) - LEAST(temperature, 30.0)"},
        {"numbers", "MOD(reading_id, 7) + SIGN(temperature)"},
        {"conditional", "IF(temperature > 30, 'hot', 'ok')"},
        {"conditional", "COALESCE(NULLIF(device_id, ''), 'unknown')"},
        {"time", "EXTRACT(HOUR FROM ts)"},
        {"time", "DATE_TRUNC('hour', ts)"},
        {"time", "FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd HH:mm')"},
        {"time", "ts + INTERVAL '5' MINUTE > CAST('2024-05-01' AS TIMESTAMP)"},
        {"json", "JSON_VALUE(payload, '$.device.id')"},
        {"hashing", "SHA256(LOWER(email))"},
        {"hashing", "MD5(email)"},
        {"arrays", "readings[2] + CARDINALITY(readings)"},
    };
    std::printf("expression evaluations/s over %zu records, median and worst of %d rounds%s\n", rows.size(), rounds,
                smoke ? " (smoke)" : "");
    double baseline = 0;
    for (const auto &item : items) {
        auto parsed = pipeline::expr::parse(item.text);
        if (!parsed.ok()) { // (the same source builds against older trees for a before/after figure)
            std::printf("%-12s %-58s not available: %s\n", item.family, item.text, parsed.error->message.c_str());
            continue;
        }
        const Figure f = measure(*parsed.expression, rows, rounds, repeat);
        if (baseline == 0)
            baseline = f.median;
        std::printf("%-12s %-58s median %10.0f/s  worst %10.0f/s  (%.2fx baseline)\n", item.family, item.text,
                    f.median, f.worst, f.median / baseline);
    }
    return 0;
}
