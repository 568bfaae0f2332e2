// make_story: writes a generated story (see story.h) as .txt files, for bench/run's memory
// measurement of the `corroborate compare` binary.
// Usage: make_story OUT_DIR N [WORDS]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "corroborate/common/file.h"
#include "story.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_story OUT_DIR N [WORDS]\n");
    return 2;
  }
  const std::string out_dir = argv[1];
  const int n = std::atoi(argv[2]);
  const int words = argc > 3 ? std::atoi(argv[3]) : 800;
  const auto pools = corroborate::bench::LoadPools(CORROBORATE_EXAMPLES);
  if (pools.empty() || n <= 0 || words <= 0) {
    std::fprintf(stderr, "make_story: no example stories under %s, or bad N/WORDS\n",
                 CORROBORATE_EXAMPLES);
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  char name[32];
  for (int i = 0; i < n; ++i) {
    std::snprintf(name, sizeof(name), "/%04d.txt", i);
    const auto status = corroborate::WriteFile(
        out_dir + name, corroborate::bench::MakeArticleText(pools.front(), i, words));
    if (!status.ok()) {
      std::fprintf(stderr, "make_story: %s\n", status.message().c_str());
      return 1;
    }
  }
  return 0;
}
