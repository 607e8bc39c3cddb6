#pragma once

#include <string>
#include <string_view>

namespace pipeline::runtime {

/// SHA-256 of `data` as 64 lowercase hex digits (FIPS 180-4), from OpenSSL's
/// libcrypto: the mask operator's `hash` method and the LLM response cache keys.
std::string sha256Hex(std::string_view data);

} // namespace pipeline::runtime
