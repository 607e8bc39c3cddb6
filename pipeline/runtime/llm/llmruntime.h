#pragma once

#include "pipeline/runtime/llm/llmclient.h"
#include "pipeline/runtime/llm/llmendpoint.h"
#include "pipeline/runtime/llm/llmtransport.h"
#include "pipeline/runtime/llm/responsecache.h"

#include <memory>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// The LLM part of a run's options: endpoint profiles, the response cache and the
/// run's budget. Holds key references only, so it may be logged or saved.
struct LlmSettings {
    std::vector<LlmEndpoint> endpoints;
    /// Cache answers (in memory); with cacheFile also on disk as JSON lines, so a
    /// re-run over the same offsets pays nothing.
    bool cache = true;
    std::string cacheFile;
    /// Total cost allowed for the run in the price table's currency; 0 = no budget.
    double budget = 0;
    /// When the budget is spent: stop the run (the record stays uncommitted) or
    /// send the records that would need a call to the node's error policy.
    enum class BudgetAction { Stop, DeadLetter };
    BudgetAction budgetAction = BudgetAction::Stop;
    /// Resolves key references other than env:NAME (the GUI's keychain).
    SecretResolver secretResolver;
    /// Answers calls instead of HTTP (pipeline tests' fixtures); null = the network.
    std::shared_ptr<LlmTransport> transport;
};

/// What the AI operators of one run share: the client (one I/O thread), endpoint
/// profiles, the response cache and the budget. Operators use it on the engine
/// thread; the client calls back on its own thread.
class LlmRuntime {
public:
    explicit LlmRuntime(LlmSettings settings);
    ~LlmRuntime();

    /// Opens the cache file; false with `error` when it cannot.
    bool open(std::string *error);

    /// The profile called `name`. Without a profile named "default", "default"
    /// means OpenAI: base URL from $OPENAI_BASE_URL (else https://api.openai.com/v1),
    /// key reference env:OPENAI_API_KEY, model gpt-4o-mini.
    std::shared_ptr<const LlmEndpoint> endpoint(const std::string &name) const;

    LlmClient &client() { return *m_client; }
    /// Null when caching is off.
    ResponseCache *cache() { return m_settings.cache ? &m_cache : nullptr; }
    const LlmSettings &settings() const { return m_settings; }

    /// Budget (engine thread): what was spent, and whether more may be spent.
    void charge(double cost) { m_spent += cost; }
    double spent() const { return m_spent; }
    bool budgetExhausted() const { return m_settings.budget > 0 && m_spent >= m_settings.budget; }

private:
    LlmSettings m_settings;
    std::vector<std::shared_ptr<const LlmEndpoint>> m_endpoints;
    ResponseCache m_cache;
    std::unique_ptr<LlmClient> m_client;
    double m_spent = 0;
};

} // namespace pipeline::runtime
