#pragma once

#include <string>
#include <string_view>

namespace pipeline {

/// Hex digests from OpenSSL's libcrypto, in 64 (SHA-256, FIPS 180-4) or 32
/// (MD5, RFC 1321) lowercase hex digits: the expression language's SHA256()/MD5(),
/// the mask operator's `hash` method and the LLM response cache keys.
std::string sha256Hex(std::string_view data);
std::string md5Hex(std::string_view data);

} // namespace pipeline
