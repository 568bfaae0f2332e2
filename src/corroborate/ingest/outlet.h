// Outlet names: from a URL or domain, and from in-text cues such as a sign-off ("Read the full
// article at The Courier") or a disclaimer ("... do not reflect the views of The Courier").
#ifndef CORROBORATE_INGEST_OUTLET_H_
#define CORROBORATE_INGEST_OUTLET_H_

#include <optional>
#include <string>
#include <string_view>

#include "corroborate/core/span.h"

namespace corroborate::ingest {

// "https://www.example-news.com/a/b" -> "example-news.com". Returns "" when no host.
std::string HostOfUrl(std::string_view url);

// Strips "www." / "m." / "amp." from a host.
std::string OutletFromDomain(std::string_view domain);

struct OutletCue {
  std::string outlet;  // normalized name ("The Denver Courier")
  Span cue;            // the cue's span in the text
};

// Searches the last lines of `text` for a sign-off or disclaimer naming the outlet. Returns
// nullopt when none is found: the caller must then say the outlet is unknown.
std::optional<OutletCue> FindOutletCue(std::string_view text);

// "THE DENVER COURIER" -> "The Denver Courier"; leaves mixed case alone.
std::string NormalizeOutletName(std::string_view name);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_OUTLET_H_
