#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pipeline::runtime {

using ClientProperties = std::vector<std::pair<std::string, std::string>>;

/// Reads a Java-style client.properties file (key=value or key: value lines, '#'
/// and '!' comments) into librdkafka properties, so SASL/SSL set-ups written for
/// other Kafka tools work. `${NAME}` in a value is replaced by the environment
/// variable NAME, which keeps secrets out of files. Returns false and a
/// "file:line: message" error for unreadable files, malformed lines or unset
/// variables.
bool readClientProperties(const std::string &path, ClientProperties *out, std::string *error);
/// The same for text already in memory.
bool parseClientProperties(const std::string &text, const std::string &nameForMessages, ClientProperties *out,
                           std::string *error);

} // namespace pipeline::runtime
