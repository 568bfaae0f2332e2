// Helpers shared by the store tests: a temporary directory removed at scope exit, and a
// synthetic article with a deterministic id.
#ifndef CORROBORATE_STORE_TEST_UTIL_H_
#define CORROBORATE_STORE_TEST_UTIL_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "corroborate/common/sha256.h"
#include "corroborate/store/records.h"

namespace corroborate::store::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "store_test_XXXXXX").string();
    path_ = mkdtemp(pattern.data()) ? pattern : "";
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

inline std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Article number `n`: id = SHA-256 of "article-<n>", text of roughly `text_bytes` bytes.
inline ArticleRecord MakeArticle(int n, size_t text_bytes = 200) {
  ArticleRecord a;
  a.id = Sha256Hex("article-" + std::to_string(n));
  a.url = "https://outlet" + std::to_string(n % 7) + ".example/news/" + std::to_string(n);
  a.source_domain = "outlet" + std::to_string(n % 7) + ".example";
  a.title = "Headline number " + std::to_string(n);
  a.description = "A short description.";
  a.authors_json = R"(["Ana Pérez"])";
  a.language = "en";
  a.date_publish = "2026-11-" + std::string(n % 28 < 9 ? "0" : "") + std::to_string(n % 28 + 1);
  a.date_status = "found";
  while (a.maintext.size() < text_bytes) {
    a.maintext += "Sentence " + std::to_string(a.maintext.size()) + " of article " +
                  std::to_string(n) + " reports what the council decided on Tuesday. ";
  }
  a.source = "input.jsonl@" + std::to_string(n * 100);
  a.content_hash = Sha256Hex(a.maintext);
  return a;
}

}  // namespace corroborate::store::testing

#endif  // CORROBORATE_STORE_TEST_UTIL_H_
