#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline::runtime {

/// Resolves a secret reference the environment cannot (the GUI's keychain).
/// Returns nullopt when it does not know the reference.
using SecretResolver = std::function<std::optional<std::string>(std::string_view reference)>;

/// The API key behind `reference`: `env:NAME` reads the environment at call time
/// (a rotated key is picked up by the next request), other schemes go to
/// `resolver`. Empty reference = no key. On failure returns nullopt and says why in
/// `error` — the message names the reference, never a value.
std::optional<std::string> resolveApiKey(std::string_view reference, const SecretResolver &resolver,
                                         std::string *error);

} // namespace pipeline::runtime
