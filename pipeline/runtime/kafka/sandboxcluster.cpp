#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <algorithm>

namespace pipeline::runtime {

namespace {

void setError(std::string *error, std::string text)
{
    if (error)
        *error = std::move(text);
}

} // namespace

std::unique_ptr<SandboxCluster> SandboxCluster::start(int brokers, std::string *error)
{
    if (brokers < 1 || brokers > 16) {
        setError(error, "the sandbox needs between 1 and 16 brokers, not " + std::to_string(brokers));
        return nullptr;
    }
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    // The handle only hosts the mock cluster's thread; keep its logs quiet.
    rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        setError(error, std::string("cannot create the sandbox's client handle: ") + errstr);
        return nullptr;
    }
    rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(rk, brokers);
    if (!cluster) {
        rd_kafka_destroy(rk);
        setError(error, "librdkafka could not start its mock cluster (no free loopback port?)");
        return nullptr;
    }
    std::unique_ptr<SandboxCluster> sandbox(new SandboxCluster);
    sandbox->m_handle = rk;
    sandbox->m_cluster = cluster;
    sandbox->m_bootstrap = rd_kafka_mock_cluster_bootstraps(cluster);
    sandbox->m_brokers = brokers;
    return sandbox;
}

SandboxCluster::~SandboxCluster()
{
    if (m_cluster)
        rd_kafka_mock_cluster_destroy(m_cluster);
    if (m_handle)
        rd_kafka_destroy(m_handle);
}

bool SandboxCluster::createTopic(const std::string &name, int partitions, std::string *error)
{
    if (name.empty() || partitions < 1) {
        setError(error, "a topic needs a name and at least one partition");
        return false;
    }
    const int replication = std::min(m_brokers, 3);
    rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(m_cluster, name.c_str(), partitions, replication);
    if (err) {
        setError(error, "cannot create topic '" + name + "': " + rd_kafka_err2str(err));
        return false;
    }
    return true;
}

bool SandboxCluster::setBrokerDown(int brokerId, std::string *error)
{
    rd_kafka_resp_err_t err = rd_kafka_mock_broker_set_down(m_cluster, brokerId);
    if (err)
        setError(error, "broker " + std::to_string(brokerId) + ": " + rd_kafka_err2str(err));
    return !err;
}

bool SandboxCluster::setBrokerUp(int brokerId, std::string *error)
{
    rd_kafka_resp_err_t err = rd_kafka_mock_broker_set_up(m_cluster, brokerId);
    if (err)
        setError(error, "broker " + std::to_string(brokerId) + ": " + rd_kafka_err2str(err));
    return !err;
}

std::vector<TopicInfo> SandboxCluster::topics(std::string *error) const
{
    return listTopics(m_bootstrap, {}, error);
}

std::vector<TopicInfo> listTopics(const std::string &bootstrapServers,
                                  const std::vector<std::pair<std::string, std::string>> &properties,
                                  std::string *error, int timeoutMs)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const std::string &key, const std::string &value) {
        if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            setError(error, errstr);
            return false;
        }
        return true;
    };
    bool ok = set("bootstrap.servers", bootstrapServers) && set("log_level", "3")
        // A listing must not create topics as a side effect.
        && set("allow.auto.create.topics", "false");
    for (const auto &[key, value] : properties)
        ok = ok && set(key, value);
    if (!ok) {
        rd_kafka_conf_destroy(conf);
        return {};
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        setError(error, errstr);
        return {};
    }
    std::vector<TopicInfo> result;
    const rd_kafka_metadata_t *metadata = nullptr;
    rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 1, nullptr, &metadata, timeoutMs);
    if (err) {
        setError(error, std::string("cannot list topics at ") + bootstrapServers + ": " + rd_kafka_err2str(err));
    } else {
        for (int i = 0; i < metadata->topic_cnt; ++i) {
            const auto &t = metadata->topics[i];
            if (t.err)
                continue;
            result.push_back({t.topic, t.partition_cnt});
        }
        rd_kafka_metadata_destroy(metadata);
    }
    rd_kafka_destroy(rk);
    std::sort(result.begin(), result.end(), [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    return result;
}

} // namespace pipeline::runtime
