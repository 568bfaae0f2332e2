// SHA-256 (OpenSSL's libcrypto), for stable content and URL identifiers.
#ifndef CORROBORATE_COMMON_SHA256_H_
#define CORROBORATE_COMMON_SHA256_H_

#include <string>
#include <string_view>

namespace corroborate {

// The SHA-256 digest of `bytes` as 64 lower-case hex digits. Thread-safe.
std::string Sha256Hex(std::string_view bytes);

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_SHA256_H_
