// Avro codec throughput: decoding and encoding IoT readings in Confluent's wire
// format (avro-c plus the logical-type walk into the runtime's JSON values),
// against parsing / writing the same records as JSON text, measured in the same run.
// Usage: bench_avro [--smoke]

#include "pipeline/runtime/formats/avrocodec.h"
#include "pipeline/runtime/formats/jsonparser.h"
#include "pipeline/runtime/engine/samplegenerator.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace pipeline::runtime;
using nlohmann::json;

namespace {

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    const int count = smoke ? 2'000 : 200'000;
    const std::string schema = json{{"type", "record"},
                                    {"name", "Reading"},
                                    {"fields",
                                     {{{"name", "device_id"}, {"type", "string"}},
                                      {{"name", "temperature"}, {"type", "double"}},
                                      {{"name", "ts"}, {"type", {{"type", "long"}, {"logicalType", "timestamp-millis"}}}}}}}
                                   .dump();
    std::string error;
    auto codec = AvroCodec::create(schema, &error);
    if (!codec) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    auto generator = SampleGenerator::create("iot-temperature", 7);
    std::vector<json> records;
    for (int i = 0; i < count; ++i)
        records.push_back(generator->next(1'700'000'000'000 + i));

    // Encode: Avro (wire format) vs JSON text.
    std::vector<std::string> avro(records.size()), text(records.size());
    auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < records.size(); ++i) {
        avro[i] = confluentwire::header(1);
        if (!codec->encode(records[i], avro[i], &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
    }
    const double avroEncode = seconds(start);
    start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < records.size(); ++i)
        text[i] = records[i].dump();
    const double jsonEncode = seconds(start);

    // Decode: Avro vs the runtime's JSON parser.
    JsonParser parser;
    json value;
    size_t avroBytes = 0, jsonBytes = 0;
    start = std::chrono::steady_clock::now();
    for (const auto &m : avro) {
        std::int32_t id = 0;
        if (!confluentwire::split(m.data(), m.size(), &id, &error)
            || !codec->decode(m.data() + confluentwire::headerSize, m.size() - confluentwire::headerSize, value, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        avroBytes += m.size();
    }
    const double avroDecode = seconds(start);
    start = std::chrono::steady_clock::now();
    for (const auto &m : text) {
        if (!parser.parse(m.data(), m.size(), value, &error))
            return 1;
        jsonBytes += m.size();
    }
    const double jsonDecode = seconds(start);

    std::printf("records: %d IoT readings (device_id, temperature, ts)\n", count);
    std::printf("size:   avro %.1f bytes/record (incl. 5-byte header)   baseline json %.1f bytes/record\n",
                double(avroBytes) / count, double(jsonBytes) / count);
    std::printf("decode: avro %.0f records/s   baseline json parse %.0f records/s\n", count / avroDecode, count / jsonDecode);
    std::printf("encode: avro %.0f records/s   baseline json dump %.0f records/s\n", count / avroEncode, count / jsonEncode);
    return 0;
}
