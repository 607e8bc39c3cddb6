#pragma once

#include <cstddef>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace pipeline::assist {

/// A tokenizer-faithful estimate of how many tokens a model's BPE tokenizer
/// (cl100k / o200k / Llama 3 class) makes of a UTF-8 text, without shipping a
/// vocabulary. It follows the tokenizers' own pre-tokenisation — words, digit
/// groups of three, punctuation runs, whitespace — and prices each piece by
/// script: a short Latin word is one token and longer ones about one per five
/// letters (camelCase humps counted apart), a word with accented letters one per
/// three, a CJK character or kana about 1.1, digits one per three, punctuation
/// one per two. Calibrated against the three tokenizers on the prompts and the
/// five seed articles: it lands between 1.00x and 1.25x of the largest real
/// count, so a budget checked with it holds (docs/assistant-prompt.md).
std::size_t estimateTokens(std::string_view text);

/// The tokens a chat request body costs the model's context: every message's
/// content plus the response_format schema (which OpenAI puts into the context
/// and grammar-based servers turn into constraints), plus a few tokens of chat
/// template per message.
std::size_t estimateRequestTokens(const nlohmann::json &body);

} // namespace pipeline::assist
