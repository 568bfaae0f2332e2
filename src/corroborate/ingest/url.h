// URL normalization for article identity: two fetches of one article (with tracking parameters,
// through the mobile host, with a fragment) get one normalized URL, hence one id.
#ifndef CORROBORATE_INGEST_URL_H_
#define CORROBORATE_INGEST_URL_H_

#include <string>
#include <string_view>

namespace corroborate::ingest {

// Normalizes an absolute http(s) URL: scheme and host lower-cased, "www." / "m." / "amp."
// dropped from the host, default port dropped, fragment dropped, tracking parameters (utm_*,
// fbclid, gclid, mc_cid, ...) dropped, an empty query or a lone trailing "/" on a non-root path
// dropped, scheme "https" and "http" merged (to "http"). Returns "" when `url` is not an absolute
// http(s) URL.
std::string NormalizeUrl(std::string_view url);

// The record id: SHA-256 hex of NormalizeUrl(url), or, when `url` does not normalize, of
// "content:" + content.
std::string ArticleId(std::string_view url, std::string_view content);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_URL_H_
