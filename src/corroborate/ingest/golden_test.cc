// Golden tests: every input under tests/testdata/ingest/ is read and its articles' metadata and
// removed spans compared with tests/testdata/ingest/expected/<input>.json. Adding a scenario is a
// data change. Run with CORROBORATE_UPDATE_GOLDEN=1 to rewrite the expected files after an
// intended change (and review the diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "corroborate/ingest/reader.h"

namespace corroborate::ingest {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json Describe(const ReadResult& r, const fs::path& dir) {
  json out = json::array();
  for (const Article& a : r.articles) {
    json removed = json::array();
    for (const Removed& rm : a.removed) {
      removed.push_back({{"text", std::string(rm.span.Of(a.text))}, {"reason", rm.reason}});
    }
    std::string source = fs::relative(a.source, dir).string();
    out.push_back({{"id", a.id},
                   {"source", source},
                   {"outlet", a.outlet ? json(*a.outlet) : json(nullptr)},
                   {"outlet_source", OutletSourceName(a.outlet_source)},
                   {"title", a.title},
                   {"published", a.published ? json(*a.published) : json(nullptr)},
                   {"byline", a.byline},
                   {"url", a.url},
                   {"text", a.text},
                   {"removed", removed}});
  }
  for (const Diagnostic& d : r.diagnostics) {
    out.push_back({{"diagnostic", d.severity}, {"message", d.message}});
  }
  return out;
}

TEST(IngestGoldenTest, AllCases) {
  const fs::path dir = fs::path(CORROBORATE_TESTDATA) / "ingest";
  const fs::path expected_dir = dir / "expected";
  const bool update = std::getenv("CORROBORATE_UPDATE_GOLDEN") != nullptr;
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    ++cases;
    const fs::path input = entry.path();
    const json got = Describe(ReadInputs({input.string()}), dir);
    const fs::path want_path = expected_dir / (input.filename().string() + ".json");
    if (update) {
      fs::create_directories(expected_dir);
      std::ofstream(want_path) << got.dump(2) << "\n";
      continue;
    }
    std::ifstream in(want_path);
    ASSERT_TRUE(in) << "missing golden file " << want_path
                    << " (run with CORROBORATE_UPDATE_GOLDEN=1 to create it)";
    std::stringstream ss;
    ss << in.rdbuf();
    const json want = json::parse(ss.str());
    EXPECT_EQ(got, want) << input << "\n got: " << got.dump(2);
  }
  EXPECT_GE(cases, 7);
}

}  // namespace
}  // namespace corroborate::ingest
