// Helpers for tests that run the corroborate binary (CORROBORATE_BIN): run it with arguments and
// capture stdout, stderr and the exit code; split JSON-lines output.
#ifndef CORROBORATE_TESTS_INTEGRATION_CLI_TEST_UTIL_H_
#define CORROBORATE_TESTS_INTEGRATION_CLI_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace corroborate_test {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};

// Runs `CORROBORATE_BIN args` through the shell (args are not quoted).
inline RunResult Exec(const std::string& args) {
  const std::filesystem::path err_file =
      std::filesystem::temp_directory_path() /
      ("corroborate_cli_err_" + std::to_string(::getpid()) + ".txt");
  const std::string cmd = std::string(CORROBORATE_BIN) + " " + args + " 2>" + err_file.string();
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 1 << 16> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_file);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(err_file);
  return r;
}

// Each line of `out` parsed as JSON (a line that is not JSON fails the test).
inline std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> records;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << line.substr(0, 200);
    records.push_back(std::move(j));
  }
  return records;
}

}  // namespace corroborate_test

#endif  // CORROBORATE_TESTS_INTEGRATION_CLI_TEST_UTIL_H_
