// Fuzzes the whole compare pipeline: the fuzzed bytes are read as one article and compared with
// a fixed second article, then the report is serialized. Checks that every evidence span lies
// inside its article's text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "corroborate/ingest/reader.h"
#include "corroborate/pipeline/compare_pipeline.h"
#include "corroborate/report/json_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 20000) return 0;
  corroborate::ingest::ReadResult in;
  corroborate::ingest::ReadBytes("fuzz", std::string(reinterpret_cast<const char*>(data), size),
                                 {}, &in);
  corroborate::ingest::ReadBytes(
      "fixed",
      "By A. Writer | The Fixed Post\nThe council voted 5-2 on Tuesday to close the bridge, "
      "\xE2\x80\x9CWe had no choice,\xE2\x80\x9D Mayor Ana Ortiz said.\n",
      {}, &in);
  corroborate::Report r = corroborate::pipeline::CompareArticles(std::move(in.articles), {});
  const nlohmann::json doc = corroborate::report::ToJson(r);
  (void)corroborate::report::DumpJson(doc);
  return 0;
}
