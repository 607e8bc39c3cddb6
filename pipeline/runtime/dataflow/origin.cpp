#include "pipeline/runtime/dataflow/origin.h"

#include "pipeline/runtime/dataflow/partitionoffsets.h"

#include <librdkafka/rdkafka.h>

namespace pipeline::runtime {

Origin *Origin::fromKafka(rd_kafka_message_s *message, PartitionOffsets *offsets, FateListener *listener,
                          std::int64_t receivedNanos)
{
    auto *o = new Origin;
    o->m_message = message;
    o->m_offsets = offsets;
    o->m_listener = listener;
    o->m_receivedNanos = receivedNanos;
    o->m_partition = message->partition;
    o->m_offset = message->offset;
    if (offsets)
        o->m_topic = offsets->topic();
    else if (message->rkt)
        o->m_topic = rd_kafka_topic_name(message->rkt);
    if (offsets)
        offsets->consumed(message->offset);
    return o;
}

Origin *Origin::fromSample(FateListener *listener, std::int64_t receivedNanos)
{
    auto *o = new Origin;
    o->m_listener = listener;
    o->m_receivedNanos = receivedNanos;
    return o;
}

Origin *Origin::group(std::vector<Origin *> members, std::int64_t receivedNanos)
{
    auto *o = new Origin;
    o->m_group = true;
    o->m_members = std::move(members);
    o->m_receivedNanos = receivedNanos;
    return o;
}

Origin::~Origin()
{
    if (m_message)
        rd_kafka_message_destroy(m_message);
}

void Origin::mark(Fate fate)
{
    switch (fate) {
    case Fate::Output: m_output = true; break;
    case Fate::DeadLettered: m_deadLettered = true; break;
    case Fate::Skipped: m_skipped = true; break;
    case Fate::Stored: m_stored = true; break;
    case Fate::Failed: m_failed = true; break;
    case Fate::Filtered: break;
    }
    for (Origin *m : m_members)
        m->mark(fate);
}

void Origin::markFailed()
{
    m_failed = true;
    for (Origin *m : m_members)
        m->markFailed();
}

std::pair<const char *, size_t> Origin::payload() const
{
    if (!m_message || !m_message->payload)
        return {nullptr, 0};
    return {static_cast<const char *>(m_message->payload), m_message->len};
}

std::pair<const char *, size_t> Origin::key() const
{
    if (!m_message || !m_message->key)
        return {nullptr, 0};
    return {static_cast<const char *>(m_message->key), m_message->key_len};
}

std::vector<std::pair<std::string, std::string>> Origin::headers() const
{
    std::vector<std::pair<std::string, std::string>> out;
    rd_kafka_headers_t *hdrs = nullptr;
    if (!m_message || rd_kafka_message_headers(m_message, &hdrs) != RD_KAFKA_RESP_ERR_NO_ERROR || !hdrs)
        return out;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    for (size_t i = 0; !rd_kafka_header_get_all(hdrs, i, &name, &value, &size); ++i)
        out.emplace_back(name, value ? std::string(static_cast<const char *>(value), size) : std::string());
    return out;
}

std::int64_t Origin::timestamp() const
{
    if (!m_message)
        return -1;
    rd_kafka_timestamp_type_t type;
    return rd_kafka_message_timestamp(m_message, &type);
}

void Origin::dropPayload()
{
    if (m_message) {
        rd_kafka_message_destroy(m_message);
        m_message = nullptr;
    }
}

void Origin::settle()
{
    if (m_group) {
        for (Origin *m : m_members)
            m->release();
        delete this;
        return;
    }
    // Dead letters win over output: a message that lost part of its work to the
    // dead-letter topic needs attention even if another branch succeeded.
    const Fate fate = m_failed   ? Fate::Failed
        : m_deadLettered         ? Fate::DeadLettered
        : m_output                   ? Fate::Output
        : m_skipped                  ? Fate::Skipped
        : m_stored                   ? Fate::Stored
                                     : Fate::Filtered;
    if (m_listener)
        m_listener->originSettled(*this, fate);
    if (m_offsets && !m_failed && !m_offsets->revoked)
        m_offsets->settled(m_offset);
    delete this;
}

} // namespace pipeline::runtime
