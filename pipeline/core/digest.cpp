#include "pipeline/core/digest.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace pipeline {

namespace {

std::string hexDigest(std::string_view data, const EVP_MD *algorithm)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    // EVP_Digest is libcrypto's one-shot digest; it fails only when the library
    // cannot allocate, which is no state to hash user data in.
    if (EVP_Digest(data.data(), data.size(), digest, &size, algorithm, nullptr) != 1)
        throw std::runtime_error("OpenSSL: digest failed");
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(size_t(size) * 2, '0');
    for (unsigned int i = 0; i < size; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    return out;
}

} // namespace

std::string sha256Hex(std::string_view data)
{
    return hexDigest(data, EVP_sha256());
}

std::string md5Hex(std::string_view data)
{
    return hexDigest(data, EVP_md5());
}

} // namespace pipeline
