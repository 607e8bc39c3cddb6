#include "pipeline/core/mysqluri.h"

#include <cctype>

namespace pipeline {

namespace {

// %XX escapes, so a user or socket path may hold '@', ':' or '/'.
bool percentDecode(const std::string &text, std::string *out)
{
    out->clear();
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            *out += text[i];
            continue;
        }
        if (i + 2 >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i + 1]))
            || !std::isxdigit(static_cast<unsigned char>(text[i + 2])))
            return false;
        *out += char(std::stoi(text.substr(i + 1, 2), nullptr, 16));
        i += 2;
    }
    return true;
}

} // namespace

bool MysqlUri::isKnownOption(const std::string &key)
{
    return key == "socket" || key == "connect_timeout" || key == "ssl_mode";
}

bool MysqlUri::parse(const std::string &text, MysqlUri *out, std::string *error)
{
    auto fail = [&](const std::string &message) {
        if (error)
            *error = message + " in '" + text + "' (expected mysql://user@host:port/database)";
        return false;
    };
    MysqlUri uri;
    const size_t schemeEnd = text.find("://");
    if (schemeEnd == std::string::npos)
        return fail("no mysql:// scheme");
    uri.scheme = text.substr(0, schemeEnd);
    for (char &c : uri.scheme)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (uri.scheme != "mysql" && uri.scheme != "mariadb")
        return fail("scheme '" + uri.scheme + "://' is not mysql:// or mariadb://");
    std::string rest = text.substr(schemeEnd + 3);
    std::string query;
    if (const size_t q = rest.find('?'); q != std::string::npos) {
        query = rest.substr(q + 1);
        rest.resize(q);
    }
    const size_t slash = rest.find('/');
    std::string authority = rest.substr(0, slash);
    if (slash != std::string::npos && !percentDecode(rest.substr(slash + 1), &uri.database))
        return fail("bad %-escape in the database name");
    if (uri.database.find('/') != std::string::npos)
        return fail("database name '" + uri.database + "' contains '/'");
    if (const size_t at = authority.rfind('@'); at != std::string::npos) {
        const std::string userInfo = authority.substr(0, at);
        const size_t colon = userInfo.find(':');
        if (!percentDecode(userInfo.substr(0, colon), &uri.user))
            return fail("bad %-escape in the user name");
        if (colon != std::string::npos) {
            uri.hasPassword = true;
            if (!percentDecode(userInfo.substr(colon + 1), &uri.password))
                return fail("bad %-escape in the password");
        }
        authority = authority.substr(at + 1);
    }
    std::string host = authority;
    std::string port;
    bool hasPort = false;
    if (!authority.empty() && authority.front() == '[') { // [::1]:3306
        const size_t close = authority.find(']');
        if (close == std::string::npos)
            return fail("unclosed '[' in the host");
        host = authority.substr(1, close - 1);
        const std::string after = authority.substr(close + 1);
        if (!after.empty() && after.front() != ':')
            return fail("unexpected text after the host");
        hasPort = !after.empty();
        port = hasPort ? after.substr(1) : std::string();
    } else if (const size_t colon = authority.rfind(':'); colon != std::string::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
        hasPort = true;
    }
    if (hasPort) {
        if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos
            || std::stoi(port) < 1 || std::stoi(port) > 65535)
            return fail("port '" + port + "' is not a number from 1 to 65535");
        uri.port = std::stoi(port);
    }
    if (!host.empty())
        uri.host = host;
    size_t start = 0;
    while (start < query.size()) {
        size_t end = query.find('&', start);
        if (end == std::string::npos)
            end = query.size();
        const std::string pair = query.substr(start, end - start);
        start = end + 1;
        if (pair.empty())
            continue;
        const size_t eq = pair.find('=');
        const std::string key = pair.substr(0, eq);
        std::string value;
        if (eq == std::string::npos || !percentDecode(pair.substr(eq + 1), &value))
            return fail("option '" + pair + "' is not key=value");
        if (key == "password")
            return fail("a password option");
        if (!isKnownOption(key))
            return fail("unknown option '" + key + "' (known: socket, connect_timeout, ssl_mode)");
        uri.options[key] = value;
    }
    if (auto it = uri.options.find("connect_timeout");
        it != uri.options.end() && (it->second.empty() || it->second.find_first_not_of("0123456789") != std::string::npos))
        return fail("connect_timeout '" + it->second + "' is not a number of seconds");
    if (auto it = uri.options.find("ssl_mode"); it != uri.options.end()) {
        std::string mode = it->second;
        for (char &c : mode)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (mode != "disabled" && mode != "preferred" && mode != "required" && mode != "verify_ca"
            && mode != "verify_identity")
            return fail("ssl_mode '" + it->second + "' is not disabled, preferred, required, verify_ca or verify_identity");
        it->second = mode;
    }
    *out = std::move(uri);
    return true;
}

} // namespace pipeline
