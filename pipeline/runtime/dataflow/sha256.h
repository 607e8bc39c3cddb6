#pragma once

#include <string>
#include <string_view>

namespace pipeline::runtime {

/// SHA-256 of `data` as 64 lowercase hex digits (FIPS 180-4). Self-contained so the
/// mask operator's `hash` method needs no crypto library.
std::string sha256Hex(std::string_view data);

} // namespace pipeline::runtime
