#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pipeline::runtime {

/// An error message made fit for a dead letter's `error` header and a log line:
/// control characters become spaces, a run of the same ": "-separated part (or
/// group of up to four parts) repeated back to back is kept once with
/// "(repeated N times)", and a text longer than `maxBytes` is cut at a word
/// boundary with an ellipsis ("…") without splitting a UTF-8 character.
/// Decoders that nest their messages (avro-c prefixes every level) otherwise
/// produce kilobytes repeating one sentence.
std::string readableReason(std::string_view error, size_t maxBytes = 512);

} // namespace pipeline::runtime
