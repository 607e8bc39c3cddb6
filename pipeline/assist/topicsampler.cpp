#include "pipeline/assist/topicsampler.h"

#include "pipeline/runtime/formats/schemasampler.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <map>

namespace pipeline::assist {

namespace {

void describeFields(const std::vector<Field> &fields, std::string &out)
{
    bool first = true;
    for (const auto &f : fields) {
        if (!first)
            out += ", ";
        first = false;
        out += f.name + " " + std::string(fieldTypeName(f.type));
        if (f.type == FieldType::Object && !f.children.empty()) {
            out += " {";
            describeFields(f.children, out);
            out += "}";
        } else if (f.type == FieldType::Array && f.elementType != FieldType::Unknown) {
            out += " of " + std::string(fieldTypeName(f.elementType));
        }
    }
}

void setError(std::string *error, std::string message)
{
    if (error && error->empty())
        *error = std::move(message);
}

} // namespace

std::string TopicSample::promptLine() const
{
    std::string line = topic + " (" + std::to_string(partitions) + (partitions == 1 ? " partition" : " partitions") + ", "
                       + std::to_string(messages) + (messages == 1 ? " message" : " messages") + " sampled";
    if (notJson > 0)
        line += ", " + std::to_string(notJson) + " not JSON objects";
    line += ")";
    if (!schema.fields.empty()) {
        line += ": ";
        describeFields(schema.fields, line);
    } else if (messages == 0) {
        line += ": empty, fields unknown";
    }
    return line;
}

Schema inferSchema(const std::vector<nlohmann::json> &records)
{
    // Sorted by name so the prompt is the same whichever messages were sampled;
    // a conflict is "unknown" rather than a guess the model would build on.
    runtime::SchemaSamplerOptions options;
    options.order = runtime::SchemaSamplerOptions::Order::ByName;
    options.conflict = FieldType::Unknown;
    return runtime::inferSchemaFromRecords(records, options);
}

std::vector<TopicSample> TopicSampler::sample(const Options &options, std::string *error)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(options.timeoutMs, 100));
    auto remainingMs = [&] {
        return int(std::max<long long>(
            0, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count()));
    };

    std::string listError;
    std::vector<runtime::TopicInfo> topics =
        runtime::listTopics(options.bootstrapServers, options.properties, &listError, std::max(remainingMs(), 100));
    if (!listError.empty()) {
        setError(error, listError);
        return {};
    }
    std::vector<TopicSample> samples;
    for (const auto &t : topics) {
        const bool wanted = options.topics.empty()
                                ? t.name.rfind("__", 0) != 0
                                : std::find(options.topics.begin(), options.topics.end(), t.name) != options.topics.end();
        if (wanted && int(samples.size()) < options.maxTopics)
            samples.push_back({t.name, t.partitions, 0, 0, {}});
    }
    if (samples.empty())
        return samples;

    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    bool ok = true;
    auto set = [&](const std::string &key, const std::string &value) {
        if (ok && rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            setError(error, std::string("sampling topics: ") + errstr);
            ok = false;
        }
    };
    set("bootstrap.servers", options.bootstrapServers);
    set("log_level", "3");
    // Manual assignment only: the group id is never joined and nothing is committed.
    set("group.id", "pipewright-assist-sampler");
    set("enable.auto.commit", "false");
    set("enable.auto.offset.store", "false");
    set("allow.auto.create.topics", "false");
    for (const auto &[key, value] : options.properties)
        set(key, value);
    if (!ok) {
        rd_kafka_conf_destroy(conf);
        return samples;
    }
    rd_kafka_t *consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!consumer) {
        rd_kafka_conf_destroy(conf);
        setError(error, std::string("sampling topics: ") + errstr);
        return samples;
    }

    std::map<std::string, size_t> indexOf;
    std::map<std::string, long long> expected;
    rd_kafka_topic_partition_list_t *assignment = rd_kafka_topic_partition_list_new(16);
    const long long perTopic = std::max(options.maxMessagesPerTopic, 1);
    for (size_t i = 0; i < samples.size(); ++i) {
        const TopicSample &s = samples[i];
        indexOf[s.topic] = i;
        // Spread the wanted messages over the partitions; the newest ones say most
        // about what the topic carries now.
        const long long perPartition = std::max<long long>(1, (perTopic + s.partitions - 1) / std::max(s.partitions, 1));
        for (int p = 0; p < s.partitions; ++p) {
            int64_t low = 0, high = 0;
            if (rd_kafka_query_watermark_offsets(consumer, s.topic.c_str(), p, &low, &high,
                                                 std::max(remainingMs(), 100))
                != RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            if (high <= low)
                continue;
            const int64_t start = std::max<int64_t>(low, high - perPartition);
            rd_kafka_topic_partition_list_add(assignment, s.topic.c_str(), p)->offset = start;
            expected[s.topic] += high - start;
        }
    }

    std::map<std::string, std::vector<nlohmann::json>> records;
    long long outstanding = 0;
    for (const auto &[topic, count] : expected)
        outstanding += std::min(count, perTopic);
    if (assignment->cnt > 0 && rd_kafka_assign(consumer, assignment) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        while (outstanding > 0 && remainingMs() > 0) {
            rd_kafka_message_t *message = rd_kafka_consumer_poll(consumer, std::min(remainingMs(), 200));
            if (!message)
                continue;
            if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR && message->rkt) {
                const std::string topic = rd_kafka_topic_name(message->rkt);
                auto it = indexOf.find(topic);
                if (it != indexOf.end() && samples[it->second].messages < perTopic) {
                    TopicSample &s = samples[it->second];
                    ++s.messages;
                    --outstanding;
                    nlohmann::json value = message->payload
                                               ? nlohmann::json::parse(static_cast<const char *>(message->payload),
                                                                       static_cast<const char *>(message->payload) + message->len,
                                                                       nullptr, false)
                                               : nlohmann::json();
                    if (value.is_object())
                        records[topic].push_back(std::move(value));
                    else
                        ++s.notJson;
                }
            }
            rd_kafka_message_destroy(message);
        }
        if (outstanding > 0)
            setError(error, "sampling topics: timed out before all messages arrived");
    }
    rd_kafka_topic_partition_list_destroy(assignment);
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);

    for (auto &s : samples)
        s.schema = inferSchema(records[s.topic]);
    return samples;
}

} // namespace pipeline::assist
