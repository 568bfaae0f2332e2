#include "corroborate/ingest/url.h"

#include <vector>

#include "corroborate/common/sha256.h"
#include "corroborate/common/utf8.h"

namespace corroborate::ingest {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Query parameters that identify a campaign or a click, not a page.
bool IsTrackingParameter(std::string_view name) {
  static constexpr std::string_view kPrefixes[] = {"utm_", "mc_", "pk_", "_hs", "ga_", "hsa_"};
  for (std::string_view p : kPrefixes) {
    if (StartsWith(name, p)) return true;
  }
  static constexpr std::string_view kNames[] = {
      "fbclid", "gclid",  "dclid",   "msclkid", "yclid",   "igshid",   "_ga",     "ocid",
      "cmpid",  "smid",   "sr_share", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname",
      "ito",    "cid",    "ref_src", "share",   "soc_src", "soc_trk",  "mbid",    "rss",
      "feature", "spref", "__twitter_impression", "at_medium", "at_campaign", "wt.mc_id"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

}  // namespace

std::string NormalizeUrl(std::string_view url) {
  while (!url.empty() && (url.front() == ' ' || url.front() == '\t')) url.remove_prefix(1);
  while (!url.empty() && (url.back() == ' ' || url.back() == '\t' || url.back() == '\r' ||
                          url.back() == '\n')) {
    url.remove_suffix(1);
  }
  const size_t colon = url.find("://");
  if (colon == std::string_view::npos) return {};
  const std::string scheme = utf8::AsciiLower(url.substr(0, colon));
  if (scheme != "http" && scheme != "https") return {};
  std::string_view rest = url.substr(colon + 3);
  if (const size_t hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  const size_t path_start = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, path_start);
  std::string_view path_query =
      path_start == std::string_view::npos ? std::string_view() : rest.substr(path_start);
  if (const size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority = authority.substr(at + 1);  // user info is never part of an article's identity
  }
  std::string host = utf8::AsciiLower(authority);
  if (const size_t port = host.rfind(':'); port != std::string::npos &&
                                           host.find(']') == std::string::npos) {
    const std::string p = host.substr(port + 1);
    if (p.empty() || p == "80" || p == "443") host.resize(port);
  }
  while (!host.empty() && host.back() == '.') host.pop_back();
  for (std::string_view prefix : {"www.", "m.", "amp.", "mobile."}) {
    if (StartsWith(host, prefix) && host.find('.', prefix.size()) != std::string::npos) {
      host.erase(0, prefix.size());
      break;
    }
  }
  if (host.empty()) return {};
  std::string_view path = path_query.substr(0, path_query.find('?'));
  std::string_view query;
  if (const size_t q = path_query.find('?'); q != std::string_view::npos) {
    query = path_query.substr(q + 1);
  }
  std::string out = "http://" + host;
  std::string p(path.empty() ? "/" : path);
  if (p.size() > 1 && p.back() == '/') p.pop_back();
  out += p;
  std::string kept;
  size_t pos = 0;
  while (pos <= query.size() && !query.empty()) {
    size_t end = query.find('&', pos);
    if (end == std::string_view::npos) end = query.size();
    std::string_view param = query.substr(pos, end - pos);
    const std::string name = utf8::AsciiLower(param.substr(0, param.find('=')));
    if (!param.empty() && !IsTrackingParameter(name)) {
      if (!kept.empty()) kept += '&';
      kept += param;
    }
    pos = end + 1;
  }
  if (!kept.empty()) out += "?" + kept;
  return out;
}

std::string ArticleId(std::string_view url, std::string_view content) {
  const std::string normalized = NormalizeUrl(url);
  if (!normalized.empty()) return Sha256Hex(normalized);
  return Sha256Hex("content:" + std::string(content));
}

}  // namespace corroborate::ingest
