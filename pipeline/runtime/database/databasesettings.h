#pragma once

#include <map>
#include <string>

namespace pipeline::runtime {

/// The database part of a run's settings (RunOptions::settings): named
/// connections a `database-sink` may refer to, name -> libpq conninfo/URI or
/// SQLite path (never a password; that comes from the node's passwordEnv).
struct DatabaseSettings {
    std::map<std::string, std::string> profiles;
};

} // namespace pipeline::runtime
