#include "pipeline/runtime/llm/llmruntime.h"

#include <cstdlib>

namespace pipeline::runtime {

LlmRuntime::LlmRuntime(LlmSettings settings) : m_settings(std::move(settings)), m_client(std::make_unique<LlmClient>())
{
    for (const auto &e : m_settings.endpoints)
        m_endpoints.push_back(std::make_shared<const LlmEndpoint>(e));
    m_client->setSecretResolver(m_settings.secretResolver);
    if (m_settings.transport)
        m_client->setTransport(m_settings.transport);
}

LlmRuntime::~LlmRuntime()
{
    m_client.reset(); // no callback may run after the cache is gone
    m_cache.flush();
}

bool LlmRuntime::open(std::string *error)
{
    if (m_settings.cache && !m_settings.cacheFile.empty())
        return m_cache.open(m_settings.cacheFile, error);
    return true;
}

std::shared_ptr<const LlmEndpoint> LlmRuntime::endpoint(const std::string &name) const
{
    for (const auto &e : m_endpoints)
        if (e->name == name)
            return e;
    if (name == "default" || name.empty()) {
        auto e = std::make_shared<LlmEndpoint>();
        e->name = "default";
        const char *base = std::getenv("OPENAI_BASE_URL");
        e->baseUrl = base && *base ? base : "https://api.openai.com/v1";
        e->apiKeyRef = "env:OPENAI_API_KEY";
        e->model = "gpt-4o-mini";
        e->embeddingModel = "text-embedding-3-small";
        return e;
    }
    return nullptr;
}

} // namespace pipeline::runtime
