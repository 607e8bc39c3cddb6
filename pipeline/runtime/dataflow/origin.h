#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

struct rd_kafka_message_s;

namespace pipeline::runtime {

class PartitionOffsets;
class Origin;

/// What finally became of one source message; each message gets exactly one,
/// which is how a run proves input = output + filtered + dead-lettered (+ skipped
/// on error + stored in join tables + failed, which only a failed run has).
enum class Fate : std::uint8_t { Filtered, Output, DeadLettered, Skipped, Stored, Failed };

/// Receives every source message's fate once all work it caused is done
/// (the engine's counters).
class FateListener {
public:
    virtual ~FateListener() = default;
    virtual void originSettled(const Origin &origin, Fate fate) = 0;
};

/// One source message in flight: the records derived from it and the produce
/// requests they caused hold references; when the last is released the message's
/// fate is settled and its offset becomes committable. Aggregate results carry a
/// *group* origin that references every message that went into the window, so
/// those offsets are committed only after the window's result is acknowledged.
/// Single-threaded by design: only the engine thread touches origins (delivery
/// reports are served on that thread too), so the count is a plain integer.
class Origin {
public:
    /// A message from a Kafka source: takes ownership of `message` (its payload is
    /// the original bytes for dead letters) until dropPayload() or settlement.
    static Origin *fromKafka(rd_kafka_message_s *message, PartitionOffsets *offsets, FateListener *listener,
                             std::int64_t receivedNanos);
    /// A message from a sample source (no offsets to commit).
    static Origin *fromSample(FateListener *listener, std::int64_t receivedNanos);
    /// An aggregate result standing for `members` (references taken over).
    static Origin *group(std::vector<Origin *> members, std::int64_t receivedNanos);

    void addRef() { ++m_refs; }
    void release()
    {
        if (--m_refs == 0)
            settle();
    }

    /// Marks produced/dead-lettered/skipped/stored; groups pass it to their members.
    void mark(Fate fate);

    /// The message's work failed for good (a produce the broker refused, an
    /// `onError: stop`): it settles without becoming committable, so a restart
    /// reads it again.
    void markFailed();

    /// The original bytes (Kafka payload) while still attached, else empty.
    std::pair<const char *, size_t> payload() const;
    /// The Kafka message key while attached (LLM steps keep same-key records in
    /// order), else null.
    std::pair<const char *, size_t> key() const;
    /// The Kafka message's headers while attached, in order (dead letters keep them).
    std::vector<std::pair<std::string, std::string>> headers() const;
    /// The Kafka message's timestamp (epoch ms) while attached, else -1.
    std::int64_t timestamp() const;
    /// Frees the Kafka message early (operators that keep origins for long, e.g.
    /// aggregate windows, would otherwise pin librdkafka's fetch buffers).
    void dropPayload();

    const std::string &topic() const { return m_topic; }
    std::int32_t partition() const { return m_partition; }
    std::int64_t offset() const { return m_offset; }
    std::int64_t receivedNanos() const { return m_receivedNanos; }
    bool isGroup() const { return m_group; }
    const std::vector<Origin *> &members() const { return m_members; }

private:
    Origin() = default;
    ~Origin();
    void settle();

    int m_refs = 1;
    bool m_group = false;
    bool m_output = false;
    bool m_deadLettered = false;
    bool m_skipped = false;
    bool m_stored = false;
    bool m_failed = false;
    std::int32_t m_partition = -1;
    std::int64_t m_offset = -1;
    std::int64_t m_receivedNanos = 0;
    std::string m_topic;
    rd_kafka_message_s *m_message = nullptr;
    PartitionOffsets *m_offsets = nullptr;
    FateListener *m_listener = nullptr;
    std::vector<Origin *> m_members;
};

/// An owning reference to an Origin (intrusive, copyable).
class OriginRef {
public:
    OriginRef() = default;
    /// Adopts one existing reference.
    static OriginRef adopt(Origin *origin)
    {
        OriginRef r;
        r.m_origin = origin;
        return r;
    }
    OriginRef(const OriginRef &other) : m_origin(other.m_origin)
    {
        if (m_origin)
            m_origin->addRef();
    }
    OriginRef(OriginRef &&other) noexcept : m_origin(std::exchange(other.m_origin, nullptr)) {}
    OriginRef &operator=(OriginRef other) noexcept
    {
        std::swap(m_origin, other.m_origin);
        return *this;
    }
    ~OriginRef()
    {
        if (m_origin)
            m_origin->release();
    }
    Origin *get() const { return m_origin; }
    Origin *operator->() const { return m_origin; }
    explicit operator bool() const { return m_origin != nullptr; }
    /// A new reference for someone else (a produce request's opaque).
    Origin *share() const
    {
        if (m_origin)
            m_origin->addRef();
        return m_origin;
    }

private:
    Origin *m_origin = nullptr;
};

} // namespace pipeline::runtime
