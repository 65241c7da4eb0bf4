// libFuzzer target: ModelSidecar::parse, the one reader of a compiled model's `<library>.json`.
// Any input either parses into a sidecar that satisfies every documented rule, which then
// survives a write-and-reread round trip unchanged, or raises ModelLoadError with a one-line
// message. Anything else (another exception, a crash, ASan/UBSan report) is a bug.
#include <cmath>
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "throttllem/compiled_model.hpp"
#include "throttllem/errors.hpp"

using throttllem::ModelKind;
using throttllem::ModelLoadError;
using throttllem::ModelSidecar;

namespace {

// JSON string literal with every byte below 0x20 escaped; other bytes go through as they are
// (the reader takes bytes, not validated UTF-8).
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string names(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + quote(v[i]);
  return out + "]";
}

std::string write(const ModelSidecar& s) {
  std::string out = "{\"format\":\"throttllem-compiled-model\",\"version\":1,\"kind\":";
  out += s.kind == ModelKind::kClassifier ? "\"classifier\"" : "\"regressor\"";
  out += ",\"num_features\":" + std::to_string(s.features.size());
  out += ",\"features\":" + names(s.features) + ",\"split_points\":[";
  for (std::size_t f = 0; f < s.split_points.size(); ++f) {
    out += f ? ",[" : "[";
    for (std::size_t i = 0; i < s.split_points[f].size(); ++i) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%s%.17g", i ? "," : "", s.split_points[f][i]);
      out += buf;
    }
    out += "]";
  }
  out += "],\"provenance\":" + quote(s.provenance) + ",\"output\":" + quote(s.output);
  if (s.kind == ModelKind::kClassifier) out += ",\"classes\":" + names(s.classes);
  return out + ",\"sha256\":" + quote(s.sha256) + "}";
}

// Well-formed UTF-8 (RFC 3629), decoded code point by code point: what Python can read back.
bool valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int n;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1Fu; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0Fu; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07u; }
    else return false;
    if (i + static_cast<std::size_t>(n) >= s.size()) return false;
    for (int k = 1; k <= n; ++k) {
      const unsigned char b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3Fu);
    }
    static const std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(n) + 1;
  }
  return true;
}

void check_rules(const ModelSidecar& s) {
  FUZZ_CHECK(!s.features.empty());
  FUZZ_CHECK(s.split_points.size() == s.features.size());
  for (const auto& points : s.split_points)
    for (std::size_t i = 0; i < points.size(); ++i) {
      FUZZ_CHECK(std::isfinite(points[i]));
      FUZZ_CHECK(i == 0 || points[i - 1] < points[i]);
    }
  for (const auto& f : s.features) FUZZ_CHECK(!f.empty());
  FUZZ_CHECK(s.provenance.find_first_of("\r\n") == std::string::npos && !s.provenance.empty());
  FUZZ_CHECK(s.output.find_first_of("\r\n") == std::string::npos && !s.output.empty());
  FUZZ_CHECK(s.kind == ModelKind::kClassifier ? s.classes.size() == 2 : s.classes.empty());
  FUZZ_CHECK(s.sha256.size() == 64);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ModelSidecar parsed;
  try {
    parsed = ModelSidecar::parse(text, "fuzz.json");
  } catch (const ModelLoadError& e) {
    FUZZ_CHECK(fuzz::one_line(e.what()));
    return 0;
  }
  FUZZ_CHECK(valid_utf8(text));  // JSON text is UTF-8; Python could not read the strings otherwise
  check_rules(parsed);
  const std::string again = write(parsed);
  ModelSidecar reread;
  try {
    reread = ModelSidecar::parse(again, "fuzz.json");
  } catch (const ModelLoadError& e) {
    std::fprintf(stderr, "rewritten sidecar refused: %s\n%s\n", e.what(), again.c_str());
    std::abort();
  }
  FUZZ_CHECK(reread.kind == parsed.kind);
  FUZZ_CHECK(reread.features == parsed.features);
  FUZZ_CHECK(reread.split_points == parsed.split_points);
  FUZZ_CHECK(reread.provenance == parsed.provenance);
  FUZZ_CHECK(reread.output == parsed.output);
  FUZZ_CHECK(reread.classes == parsed.classes);
  FUZZ_CHECK(reread.sha256 == parsed.sha256);
  return 0;
}
