#pragma once

#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/catalog.h"

#include <string>
#include <string_view>
#include <vector>

namespace pipeline::assist {

/// Which node kinds a request is about. The assistant describes those in full
/// and lists the rest in a one-line index the model may ask to expand, so the
/// first request fits a laptop model's context (docs/assistant-prompt.md).
///
/// A kind scores from cue words in the description (and, with grounding, in the
/// topic names and sampled field names): its own id and the words of its
/// description, plus a table of cues in the five languages the designer ships
/// (en, de, fr, ja, zh) — "invalid", "ungültig", "無効", "无效" all point at
/// validate. Kafka source and sink and filter are always in play: nearly every
/// pipeline has them and the prompt's example uses them.
class KindRanker {
public:
    struct Ranked {
        std::string kind;
        double score = 0;
    };

    explicit KindRanker(const Catalog &catalog = Catalog::builtin()) : m_catalog(catalog) {}

    /// Every catalog kind with its score, best first (ties in catalog order).
    std::vector<Ranked> rank(std::string_view text, const std::vector<TopicSample> &topics = {}) const;

    /// The kinds to describe in full: the always-included ones, then every kind
    /// that scored, best first, at most `maxKinds`; catalog order.
    std::vector<std::string> select(std::string_view text, const std::vector<TopicSample> &topics = {},
                                    size_t maxKinds = 9) const;

    /// Kinds every request describes.
    static const std::vector<std::string> &alwaysIncluded();

private:
    const Catalog &m_catalog;
};

} // namespace pipeline::assist
