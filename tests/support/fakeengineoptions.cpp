#include "fakeengineoptions.h"

namespace pipewright::testsupport {

namespace {

std::string base64(const std::string &in)
{
    static const char *table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    int val = 0, bits = -6;
    for (unsigned char c : in) {
        val = (val << 8) + c;
        bits += 8;
        while (bits >= 0) {
            out.push_back(table[(val >> bits) & 0x3F]);
            bits -= 6;
        }
    }
    if (bits > -6)
        out.push_back(table[((val << 8) >> (bits + 8)) & 0x3F]);
    while (out.size() % 4)
        out.push_back('=');
    return out;
}

} // namespace

bool basicAuthMatches(const std::string &authorizationHeader, const std::string &credentials)
{
    return credentials.empty() || authorizationHeader == "Basic " + base64(credentials);
}

} // namespace pipewright::testsupport
