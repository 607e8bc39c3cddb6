#include "pipeline/runtime/llm/responsecache.h"

#include "pipeline/core/digest.h"

#include <chrono>

namespace pipeline::runtime {

ResponseCache::~ResponseCache()
{
    flush();
}

bool ResponseCache::open(const std::string &path, std::string *error)
{
    std::lock_guard lock(m_mutex);
    {
        std::ifstream in(path);
        std::string line;
        while (in && std::getline(in, line)) {
            auto j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded() || !j.is_object() || !j.contains("key") || !j["key"].is_string()
                || !j.contains("response"))
                continue; // a torn last line after a crash
            m_entries[j["key"].get<std::string>()] = std::make_shared<const nlohmann::json>(std::move(j["response"]));
        }
    }
    m_file.open(path, std::ios::app);
    if (!m_file) {
        if (error)
            *error = "cannot open the response cache file " + path + " for writing";
        return false;
    }
    return true;
}

std::string ResponseCache::keyFor(std::string_view baseUrl, const nlohmann::json &requestBody)
{
    std::string text(baseUrl);
    text.push_back('\n');
    text += requestBody.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return sha256Hex(text);
}

std::string ResponseCache::keyForText(std::string_view prefix, std::string_view prompt)
{
    std::string text;
    text.reserve(prefix.size() + prompt.size());
    text.append(prefix);
    text.append(prompt);
    return sha256Hex(text);
}

std::shared_ptr<const nlohmann::json> ResponseCache::find(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        ++m_misses;
        return nullptr;
    }
    ++m_hits;
    return it->second;
}

void ResponseCache::insert(const std::string &key, const nlohmann::json &response)
{
    std::lock_guard lock(m_mutex);
    auto [it, inserted] = m_entries.emplace(key, std::make_shared<const nlohmann::json>(response));
    if (!inserted)
        return;
    if (m_file.is_open()) {
        nlohmann::json line = {{"key", key}, {"response", response}};
        m_file << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        const std::int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::steady_clock::now().time_since_epoch())
                                     .count();
        if (now - m_lastFlushMillis >= 1000) {
            m_file.flush();
            m_lastFlushMillis = now;
        }
    }
}

void ResponseCache::flush()
{
    std::lock_guard lock(m_mutex);
    if (m_file.is_open())
        m_file.flush();
}

std::uint64_t ResponseCache::hits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

std::uint64_t ResponseCache::misses() const
{
    std::lock_guard lock(m_mutex);
    return m_misses;
}

size_t ResponseCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace pipeline::runtime
