#include "corroborate/html/page.h"

#include <utility>

namespace corroborate::html {

Result<Page> ExtractPage(std::string_view bytes, std::string_view url,
                         std::string_view content_type, const PageOptions& options) {
  if (bytes.size() > options.max_page_bytes) {
    return TooLarge("page of " + std::to_string(bytes.size()) + " bytes (limit " +
                    std::to_string(options.max_page_bytes) + ")");
  }
  ASSIGN_OR_RETURN(Decoded decoded, DecodeToUtf8(bytes, content_type));
  ASSIGN_OR_RETURN(Dom dom, Dom::Parse(decoded.utf8, options.parse));
  Page page;
  page.charset = std::move(decoded.charset);
  page.charset_source = std::move(decoded.source);
  page.replaced_bytes = decoded.replaced;
  page.maintext = ExtractBody(dom, options.body, &page.body_stats);
  if (page.maintext.find_first_not_of(" \n") == std::string::npos) page.maintext.clear();
  page.metadata = ExtractMetadata(dom, url);
  page.date = FindPublishDate(dom, url, options.date);
  return page;
}

}  // namespace corroborate::html
