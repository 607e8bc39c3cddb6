#include "pipeline/runtime/formats/jsonparser.h"

#if __has_include(<simdjson.h>)
#include <simdjson.h>
#define PIPEWRIGHT_HAVE_SIMDJSON 1
#endif

namespace pipeline::runtime {

#ifdef PIPEWRIGHT_HAVE_SIMDJSON

namespace {

void convert(simdjson::dom::element element, nlohmann::json &out)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::OBJECT: {
        out = nlohmann::json::object();
        auto &object = out.get_ref<nlohmann::json::object_t &>();
        for (auto field : simdjson::dom::object(element)) {
            auto [it, inserted] = object.try_emplace(std::string(field.key));
            // Duplicate keys: the last one wins, as with nlohmann's parser.
            convert(field.value, it->second);
        }
        break;
    }
    case element_type::ARRAY: {
        out = nlohmann::json::array();
        auto &array = out.get_ref<nlohmann::json::array_t &>();
        for (auto item : simdjson::dom::array(element)) {
            array.emplace_back();
            convert(item, array.back());
        }
        break;
    }
    case element_type::STRING:
        out = std::string(std::string_view(element));
        break;
    case element_type::INT64:
        out = std::int64_t(element);
        break;
    case element_type::UINT64:
        out = std::uint64_t(element);
        break;
    case element_type::DOUBLE:
        out = double(element);
        break;
    case element_type::BOOL:
        out = bool(element);
        break;
    case element_type::NULL_VALUE:
        out = nullptr;
        break;
    }
}

} // namespace

struct JsonParser::Impl {
    simdjson::dom::parser parser;
};

JsonParser::JsonParser() : m_impl(std::make_unique<Impl>()) {}
JsonParser::~JsonParser() = default;

bool JsonParser::parse(const char *data, size_t size, nlohmann::json &out, std::string *error)
{
    simdjson::dom::element root;
    // realloc_if_needed: Kafka payloads carry no SIMDJSON_PADDING; the parser copies.
    auto err = m_impl->parser.parse(data, size, true).get(root);
    if (err) {
        if (error)
            *error = std::string("malformed JSON: ") + simdjson::error_message(err);
        return false;
    }
    convert(root, out);
    return true;
}

#else

struct JsonParser::Impl {};
JsonParser::JsonParser() = default;
JsonParser::~JsonParser() = default;

bool JsonParser::parse(const char *data, size_t size, nlohmann::json &out, std::string *error)
{
    out = nlohmann::json::parse(data, data + size, nullptr, false);
    if (out.is_discarded()) {
        if (error)
            *error = "malformed JSON";
        return false;
    }
    return true;
}

#endif

} // namespace pipeline::runtime
