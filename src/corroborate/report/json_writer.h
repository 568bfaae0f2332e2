// The JSON report (schema "corroborate.report/1", docs/report-schema.md): the stable contract
// that every other writer renders and that tests check.
#ifndef CORROBORATE_REPORT_JSON_WRITER_H_
#define CORROBORATE_REPORT_JSON_WRITER_H_

#include <nlohmann/json.hpp>
#include <string>

#include "corroborate/core/findings.h"

namespace corroborate::report {

inline constexpr const char* kSchema = "corroborate.report/1";

// Builds the report document. Evidence `text` is copied from the article text, so it always
// equals the bytes [start, end). Deterministic: same report, same document.
nlohmann::json ToJson(const Report& report);

// Serializes with 2-space indentation (or compact), replacing invalid UTF-8 instead of throwing.
std::string DumpJson(const nlohmann::json& doc, bool pretty = true);

}  // namespace corroborate::report

#endif  // CORROBORATE_REPORT_JSON_WRITER_H_
