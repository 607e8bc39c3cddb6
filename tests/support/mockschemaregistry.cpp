#include "mockschemaregistry.h"

#include <algorithm>
#include <set>

namespace pipewright::testsupport {

namespace {

using json = nlohmann::json;

MockHttpResponse errorReply(int status, int code, const std::string &message)
{
    return {status, json{{"error_code", code}, {"message", message}}.dump(),
            "application/vnd.schemaregistry.v1+json", {}};
}

MockHttpResponse jsonReply(const json &body)
{
    return {200, body.dump(), "application/vnd.schemaregistry.v1+json", {}};
}

std::string urlDecode(const std::string &s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    size_t pos = 1;
    while (pos <= path.size()) {
        const size_t next = path.find('/', pos);
        parts.push_back(urlDecode(path.substr(pos, next == std::string::npos ? std::string::npos : next - pos)));
        if (next == std::string::npos)
            break;
        pos = next + 1;
    }
    return parts;
}

std::string base64(const std::string &in)
{
    static const char *a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned n = unsigned((unsigned char)in[i]) << 16 | unsigned((unsigned char)in[i + 1]) << 8
            | (unsigned char)in[i + 2];
        out += {a[n >> 18], a[(n >> 12) & 63], a[(n >> 6) & 63], a[n & 63]};
    }
    if (i < in.size()) {
        unsigned n = unsigned((unsigned char)in[i]) << 16;
        if (i + 1 < in.size())
            n |= unsigned((unsigned char)in[i + 1]) << 8;
        out += {a[n >> 18], a[(n >> 12) & 63], i + 1 < in.size() ? a[(n >> 6) & 63] : '=', '='};
    }
    return out;
}

// Avro schema resolution (the spec's "Schema Resolution"), reader against writer.
class Resolver {
public:
    Resolver(const json &reader, const json &writer)
    {
        collect(reader, m_readerNames);
        collect(writer, m_writerNames);
    }
    void check(const json &reader, const json &writer, const std::string &at)
    {
        const json r = resolve(reader, m_readerNames), w = resolve(writer, m_writerNames);
        if (w.is_array()) { // every writer branch must be readable
            for (const auto &branch : w)
                if (!readable(r, branch, at))
                    reasons.push_back(at + ": the new schema cannot read the old union branch " + typeName(branch));
            return;
        }
        if (r.is_array()) {
            if (!readable(r, w, at))
                reasons.push_back(at + ": old type " + typeName(w) + " is not in the new union");
            return;
        }
        const std::string rt = typeName(r), wt = typeName(w);
        if (rt == "record" && wt == "record") {
            std::map<std::string, json> writerFields;
            for (const auto &f : w["fields"])
                writerFields[f["name"].get<std::string>()] = f["type"];
            for (const auto &f : r["fields"]) {
                const std::string name = f["name"].get<std::string>();
                const std::string fieldAt = at.empty() ? name : at + "." + name;
                auto it = writerFields.find(name);
                if (it == writerFields.end()) {
                    if (!f.contains("default"))
                        reasons.push_back(fieldAt + ": new field without a default (READER_FIELD_MISSING_DEFAULT_VALUE)");
                    continue;
                }
                check(f["type"], it->second, fieldAt);
            }
            return;
        }
        if (rt == "array" && wt == "array")
            return check(r["items"], w["items"], at + "[]");
        if (rt == "map" && wt == "map")
            return check(r["values"], w["values"], at + "[]");
        if (rt == "enum" && wt == "enum") {
            std::set<std::string> symbols;
            for (const auto &s : r["symbols"])
                symbols.insert(s.get<std::string>());
            for (const auto &s : w["symbols"])
                if (!symbols.count(s.get<std::string>()) && !r.contains("default"))
                    reasons.push_back(at + ": enum symbol " + s.get<std::string>() + " was removed");
            return;
        }
        if (rt == "fixed" && wt == "fixed") {
            if (r.value("size", 0) != w.value("size", 0))
                reasons.push_back(at + ": fixed size changed");
            return;
        }
        if (!promotable(wt, rt))
            reasons.push_back(at + ": type changed from " + wt + " to " + rt + " (TYPE_MISMATCH)");
    }
    std::vector<std::string> reasons;

private:
    static std::string typeName(const json &t)
    {
        if (t.is_string())
            return t.get<std::string>();
        if (t.is_array())
            return "union";
        if (t.is_object() && t.contains("type"))
            return typeName(t["type"]);
        return "?";
    }
    static bool promotable(const std::string &from, const std::string &to)
    {
        if (from == to)
            return true;
        static const std::set<std::pair<std::string, std::string>> promotions = {
            {"int", "long"},   {"int", "float"},    {"int", "double"},  {"long", "float"},
            {"long", "double"}, {"float", "double"}, {"string", "bytes"}, {"bytes", "string"}};
        return promotions.count({from, to}) > 0;
    }
    bool readable(const json &readerUnion, const json &writerType, const std::string &at)
    {
        const json candidates = readerUnion.is_array() ? readerUnion : json::array({readerUnion});
        for (const auto &branch : candidates) {
            Resolver probe = *this;
            probe.reasons.clear();
            probe.check(branch, writerType, at);
            if (probe.reasons.empty())
                return true;
        }
        return false;
    }
    static void collect(const json &t, std::map<std::string, json> &names)
    {
        if (t.is_array()) {
            for (const auto &b : t)
                collect(b, names);
        } else if (t.is_object()) {
            if (t.contains("name") && t["name"].is_string() && t.contains("type") && t["type"].is_string()) {
                const std::string type = t["type"].get<std::string>();
                if (type == "record" || type == "enum" || type == "fixed") {
                    names[t["name"].get<std::string>()] = t;
                    if (t.contains("namespace"))
                        names[t["namespace"].get<std::string>() + "." + t["name"].get<std::string>()] = t;
                }
            }
            if (t.contains("fields"))
                for (const auto &f : t["fields"])
                    collect(f["type"], names);
            if (t.contains("items"))
                collect(t["items"], names);
            if (t.contains("values"))
                collect(t["values"], names);
            if (t.contains("type") && !t["type"].is_string())
                collect(t["type"], names);
        }
    }
    static json resolve(const json &t, const std::map<std::string, json> &names)
    {
        if (t.is_string()) {
            auto it = names.find(t.get<std::string>());
            return it == names.end() ? t : it->second;
        }
        if (t.is_object() && t.contains("type") && !t["type"].is_string())
            return resolve(t["type"], names);
        return t;
    }
    std::map<std::string, json> m_readerNames, m_writerNames;
};

} // namespace

MockSchemaRegistry::MockSchemaRegistry() = default;

MockSchemaRegistry::~MockSchemaRegistry()
{
    stop();
}

bool MockSchemaRegistry::start(int port, std::string *error)
{
    m_server = std::make_unique<MockHttpServer>([this](const MockHttpRequest &r) { return handle(r); });
    return m_server->start(port, error);
}

void MockSchemaRegistry::stop()
{
    if (m_server)
        m_server->stop();
}

std::string MockSchemaRegistry::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server ? m_server->port() : 0);
}

int MockSchemaRegistry::registerSchema(const std::string &subject, const std::string &schemaJson)
{
    std::lock_guard lock(m_mutex);
    return registerLocked(subject, schemaJson);
}

int MockSchemaRegistry::registerLocked(const std::string &subject, const std::string &schemaJson)
{
    // The same schema (compared as JSON, like the registry's canonical form) keeps its id.
    const json parsed = json::parse(schemaJson, nullptr, false);
    int id = 0;
    for (const auto &[existingId, text] : m_schemas)
        if (json::parse(text, nullptr, false) == parsed)
            id = existingId;
    if (!id) {
        id = m_nextId++;
        m_schemas[id] = schemaJson;
    }
    auto &versions = m_subjects[subject];
    if (std::find(versions.begin(), versions.end(), id) == versions.end())
        versions.push_back(id);
    return id;
}

void MockSchemaRegistry::setCompatibility(const std::string &subject, const std::string &level)
{
    std::lock_guard lock(m_mutex);
    m_compatibility[subject] = level;
}

void MockSchemaRegistry::requireBasicAuth(const std::string &userInfo)
{
    std::lock_guard lock(m_mutex);
    m_authHeader = userInfo.empty() ? std::string() : "Basic " + base64(userInfo);
}

std::vector<MockHttpRequest> MockSchemaRegistry::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

std::vector<MockHttpRequest> MockSchemaRegistry::requests(const std::string &method, const std::string &pathPrefix) const
{
    std::vector<MockHttpRequest> out;
    for (auto &r : requests())
        if (r.method == method && r.path.rfind(pathPrefix, 0) == 0)
            out.push_back(r);
    return out;
}

void MockSchemaRegistry::clearRequests()
{
    std::lock_guard lock(m_mutex);
    m_requests.clear();
}

std::string MockSchemaRegistry::schemaText(int id) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_schemas.find(id);
    return it == m_schemas.end() ? std::string() : it->second;
}

int MockSchemaRegistry::versionCount(const std::string &subject) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_subjects.find(subject);
    return it == m_subjects.end() ? 0 : int(it->second.size());
}

std::vector<std::string> MockSchemaRegistry::backwardIncompatibilities(const json &reader, const json &writer)
{
    Resolver resolver(reader, writer);
    resolver.check(reader, writer, {});
    return resolver.reasons;
}

MockHttpResponse MockSchemaRegistry::handle(const MockHttpRequest &request)
{
    std::lock_guard lock(m_mutex);
    m_requests.push_back(request);
    if (!m_authHeader.empty() && request.header("authorization") != m_authHeader)
        return errorReply(401, 401, "Unauthorized");
    const auto parts = splitPath(request.path);
    const json body = json::parse(request.body, nullptr, false);
    auto schemaOfBody = [&]() -> std::optional<std::string> {
        if (!body.is_object() || !body.contains("schema") || !body["schema"].is_string())
            return std::nullopt;
        if (json::parse(body["schema"].get<std::string>(), nullptr, false).is_discarded())
            return std::nullopt;
        return body["schema"].get<std::string>();
    };
    auto incompatibilities = [&](const std::string &subject, const std::string &schema) {
        std::vector<std::string> out;
        auto it = m_subjects.find(subject);
        auto level = m_compatibility.find(subject);
        if (it == m_subjects.end() || it->second.empty() || (level != m_compatibility.end() && level->second == "NONE"))
            return out;
        return backwardIncompatibilities(json::parse(schema), json::parse(m_schemas[it->second.back()]));
    };
    auto versionReply = [&](const std::string &subject, size_t index) {
        const int id = m_subjects[subject][index];
        return jsonReply({{"subject", subject}, {"version", int(index) + 1}, {"id", id}, {"schema", m_schemas[id]}});
    };

    if (request.method == "GET" && parts.size() == 1 && parts[0] == "subjects") {
        json list = json::array();
        for (const auto &[subject, ids] : m_subjects)
            list.push_back(subject);
        return jsonReply(list);
    }
    if (parts.size() == 3 && parts[0] == "schemas" && parts[1] == "ids" && request.method == "GET") {
        const int id = std::atoi(parts[2].c_str());
        auto it = m_schemas.find(id);
        if (it == m_schemas.end())
            return errorReply(404, 40403, "Schema " + parts[2] + " not found");
        return jsonReply({{"schema", it->second}});
    }
    if (parts.size() >= 3 && parts[0] == "subjects" && parts[2] == "versions") {
        const std::string &subject = parts[1];
        auto it = m_subjects.find(subject);
        if (parts.size() == 3 && request.method == "POST") {
            auto schema = schemaOfBody();
            if (!schema)
                return errorReply(422, 42201, "Invalid schema");
            auto reasons = incompatibilities(subject, *schema);
            if (!reasons.empty())
                return errorReply(409, 409, "Schema being registered is incompatible with an earlier schema for subject \""
                                                 + subject + "\"");
            return jsonReply({{"id", registerLocked(subject, *schema)}});
        }
        if (it == m_subjects.end())
            return errorReply(404, 40401, "Subject '" + subject + "' not found.");
        if (parts.size() == 3 && request.method == "GET") {
            json list = json::array();
            for (size_t i = 0; i < it->second.size(); ++i)
                list.push_back(int(i) + 1);
            return jsonReply(list);
        }
        if (parts.size() == 4 && request.method == "GET") {
            if (parts[3] == "latest")
                return versionReply(subject, it->second.size() - 1);
            const int version = std::atoi(parts[3].c_str());
            if (version < 1 || size_t(version) > it->second.size())
                return errorReply(404, 40402, "Version " + parts[3] + " not found.");
            return versionReply(subject, size_t(version - 1));
        }
    }
    if (parts.size() == 5 && parts[0] == "compatibility" && parts[1] == "subjects" && parts[3] == "versions"
        && request.method == "POST") {
        const std::string &subject = parts[2];
        if (m_subjects.find(subject) == m_subjects.end())
            return errorReply(404, 40401, "Subject '" + subject + "' not found.");
        auto schema = schemaOfBody();
        if (!schema)
            return errorReply(422, 42201, "Invalid schema");
        const auto reasons = incompatibilities(subject, *schema);
        json reply = {{"is_compatible", reasons.empty()}};
        if (request.query.find("verbose=true") != std::string::npos)
            reply["messages"] = reasons;
        return jsonReply(reply);
    }
    return errorReply(404, 404, "HTTP 404 Not Found");
}

} // namespace pipewright::testsupport
