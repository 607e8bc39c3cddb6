#pragma once

#include <map>
#include <string>

namespace pipeline {

/// A MySQL / MariaDB connection URI as a `database-sink` takes it:
/// `mysql://user@host:port/database?socket=/run/mysqld/mysqld.sock` (or
/// `mariadb://`). Read in one place so validation, the runtime connection and
/// the Kafka Connect export agree on what the text means. A password in the
/// URI is parsed (command-line profiles may carry one) but files never hold it.
struct MysqlUri {
    std::string scheme;   // "mysql" or "mariadb"
    std::string user;
    std::string password;
    bool hasPassword = false;
    std::string host = "localhost";
    int port = 3306;
    std::string database;
    /// Query options: socket, connect_timeout, ssl_mode.
    std::map<std::string, std::string> options;

    /// Parses `text`; false with a message naming the offending part.
    static bool parse(const std::string &text, MysqlUri *out, std::string *error);
    /// The options a URI may carry.
    static bool isKnownOption(const std::string &key);
};

} // namespace pipeline
