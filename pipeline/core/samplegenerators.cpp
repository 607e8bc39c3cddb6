#include "pipeline/core/samplegenerators.h"

namespace pipeline {

namespace {

Field field(std::string name, FieldType type, bool sensitive = false)
{
    Field f;
    f.name = std::move(name);
    f.type = type;
    f.sensitive = sensitive;
    return f;
}

Schema closed(std::vector<Field> fields)
{
    Schema s;
    s.fields = std::move(fields);
    return s;
}

} // namespace

const std::vector<std::string> &sampleGeneratorNames()
{
    static const std::vector<std::string> names{"iot-temperature", "payments", "flight-events", "chat-messages",
                                                "customers"};
    return names;
}

const std::vector<std::string> &flightStatuses()
{
    static const std::vector<std::string> statuses{"scheduled", "delayed", "cancelled", "boarding", "landed"};
    return statuses;
}

std::optional<Schema> sampleGeneratorSchema(std::string_view generator)
{
    using T = FieldType;
    if (generator == "iot-temperature")
        return closed({field("device_id", T::String), field("temperature", T::Double), field("ts", T::Timestamp)});
    if (generator == "payments")
        return closed({field("payment_id", T::String), field("customer_id", T::String), field("amount", T::Double),
                       field("currency", T::String), field("ts", T::Timestamp)});
    if (generator == "flight-events")
        return closed({field("event_id", T::String), field("flight_id", T::String), field("customer_id", T::String),
                       field("status", T::String), field("origin", T::String), field("destination", T::String),
                       field("departure", T::Timestamp), field("ts", T::Timestamp)});
    if (generator == "chat-messages")
        return closed({field("message_id", T::String), field("user_id", T::String), field("channel", T::String),
                       field("text", T::String), field("ts", T::Timestamp)});
    if (generator == "customers")
        return closed({field("customer_id", T::String), field("name", T::String), field("email", T::String, true),
                       field("phone", T::String, true), field("tier", T::String), field("country", T::String)});
    return std::nullopt;
}

std::string_view sampleGeneratorDescription(std::string_view generator)
{
    if (generator == "iot-temperature")
        return "Temperature readings from IoT devices: device id, temperature in degrees Fahrenheit, event time.";
    if (generator == "payments")
        return "Card payments: payment id, customer id, amount, ISO currency code, event time.";
    if (generator == "flight-events")
        return "Flight status changes (scheduled, delayed, cancelled, boarding, landed) per booked customer, "
               "with origin, destination and departure time.";
    if (generator == "chat-messages")
        return "Chat messages: message id, user id, channel and free text.";
    if (generator == "customers")
        return "Customer master data keyed by customer id; email and phone are personal data (sensitive).";
    return {};
}

} // namespace pipeline
