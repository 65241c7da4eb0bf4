// ModelSidecar: the one reader of `<library>.json`, the file written beside every compiled model
// (Python writes it; everything that reads it, Python included, comes through here).
//
// Plain C stdio and a hand-written JSON reader on purpose: the core may share a process with
// another copy of libstdc++ (a statically linked extension beside wheels that load the shared
// one), and iostreams' locale state does not survive that mix (seen as a segfault on the GPU
// machine after `import scipy`). std::from_chars reads numbers exactly and ignores the locale.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "throttllem/compiled_model.hpp"
#include "throttllem/errors.hpp"
#include "model_file.hpp"

namespace throttllem {

namespace {

struct Json {
  enum Type { kNull, kBool, kNumber, kString, kArray, kObject } type = kNull;
  bool boolean = false;
  double number = 0.0;
  std::string text;
  std::vector<std::string> keys;  // objects: keys[i] names items[i]
  std::vector<Json> items;        // arrays and objects
};

// Text from the file as it appears in an error message: printable ASCII as is, any other byte as
// \xNN, at most 60 bytes. Messages stay one line and valid UTF-8 (Python decodes them; a raw
// byte 0x80 made that decoding fail, and a key holding "\n" split the message: both found by
// fuzzing, tests/fuzz and fuzz/corpus/fuzz_sidecar/regression-*).
std::string shown(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size() && i < 60; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  if (text.size() > 60) out += "...";
  return out;
}

// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing past U+10FFFF), or npos. JSON text is UTF-8 (RFC 8259 section 8.1).
std::size_t invalid_utf8_at(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c < 0x80) { ++i; continue; }
    else if (c >= 0xC2 && c <= 0xDF) n = 1;
    else if (c == 0xE0) { n = 2; lo = 0xA0; }
    else if (c == 0xED) { n = 2; hi = 0x9F; }
    else if (c >= 0xE1 && c <= 0xEF) n = 2;
    else if (c == 0xF0) { n = 3; lo = 0x90; }
    else if (c == 0xF4) { n = 3; hi = 0x8F; }
    else if (c >= 0xF1 && c <= 0xF3) n = 3;
    else return i;
    if (i + n >= s.size()) return i;  // truncated sequence
    for (std::size_t k = 1; k <= n; ++k) {
      const unsigned char b = static_cast<unsigned char>(s[i + k]);
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return i;
    }
    i += n + 1;
  }
  return std::string::npos;
}

const char* type_name(Json::Type t) {
  static const char* const names[] = {"null", "a boolean", "a number", "a string", "an array", "an object"};
  return names[t];
}

// Strict JSON (RFC 8259) plus Python's NaN / Infinity / -Infinity, so that a non-finite split
// point is reported as such rather than as a syntax error.
class Reader {
 public:
  Reader(const std::string& text, const std::string& path) : s_(text), path_(path) {}

  Json document() {
    Json value = parse_value(0);
    skip_space();
    if (pos_ != s_.size()) fail("unexpected text after the JSON value");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& why) const {
    throw ModelLoadError(path_ + ": not valid JSON at byte " + std::to_string(pos_) + ": " + why);
  }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  char peek() {
    if (pos_ >= s_.size()) fail("unexpected end of file (truncated?)");
    return s_[pos_];
  }
  bool literal(const char* word) {
    const std::size_t n = std::strlen(word);
    if (s_.compare(pos_, n, word) != 0) return false;
    pos_ += n;
    return true;
  }

  Json parse_value(int depth) {
    if (depth > 32) fail("nested too deeply");
    skip_space();
    const char c = peek();
    Json v;
    if (c == '{') return parse_object(depth);
    if (c == '[') return parse_array(depth);
    if (c == '"') {
      v.type = Json::kString;
      v.text = parse_string();
    } else if (literal("true")) {
      v.type = Json::kBool;
      v.boolean = true;
    } else if (literal("false")) {
      v.type = Json::kBool;
    } else if (literal("null")) {
      v.type = Json::kNull;
    } else if (literal("NaN")) {
      v.type = Json::kNumber;
      v.number = std::nan("");
    } else if (literal("Infinity")) {
      v.type = Json::kNumber;
      v.number = HUGE_VAL;
    } else if (literal("-Infinity")) {
      v.type = Json::kNumber;
      v.number = -HUGE_VAL;
    } else {
      v.type = Json::kNumber;
      v.number = parse_number();
    }
    return v;
  }

  Json parse_object(int depth) {
    Json v;
    v.type = Json::kObject;
    ++pos_;  // '{'
    skip_space();
    if (peek() == '}') {
      ++pos_;
      return v;
    }
    for (;;) {
      skip_space();
      if (peek() != '"') fail("expected a quoted key");
      std::string key = parse_string();
      for (const std::string& k : v.keys)
        if (k == key) fail("key '" + shown(key) + "' given twice");
      skip_space();
      if (peek() != ':') fail("expected ':' after key '" + shown(key) + "'");
      ++pos_;
      v.keys.push_back(std::move(key));
      v.items.push_back(parse_value(depth + 1));
      skip_space();
      const char c = peek();
      ++pos_;
      if (c == '}') return v;
      if (c != ',') fail("expected ',' or '}' in an object");
    }
  }

  Json parse_array(int depth) {
    Json v;
    v.type = Json::kArray;
    ++pos_;  // '['
    skip_space();
    if (peek() == ']') {
      ++pos_;
      return v;
    }
    for (;;) {
      v.items.push_back(parse_value(depth + 1));
      skip_space();
      const char c = peek();
      ++pos_;
      if (c == ']') return v;
      if (c != ',') fail("expected ',' or ']' in an array");
    }
  }

  double parse_number() {
    const std::size_t start = pos_;
    auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      return pos_ > from;
    };
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '0') {
      ++pos_;
    } else if (!digits()) {
      pos_ = start;
      fail("expected a value");
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (!digits()) fail("expected digits after '.'");
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!digits()) fail("expected digits in the exponent");
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(s_.data() + start, s_.data() + pos_, value);
    if (ec == std::errc::result_out_of_range) {
      // Too large is not finite (reported as such by the checks); too small is zero.
      const std::size_t e = s_.find_first_of("eE", start);
      const bool huge = !(e < pos_ && s_[e + 1] == '-');
      const bool negative = s_[start] == '-';
      return huge ? (negative ? -HUGE_VAL : HUGE_VAL) : (negative ? -0.0 : 0.0);
    }
    if (ec != std::errc() || end != s_.data() + pos_) fail("bad number");
    return value;
  }

  unsigned hex4() {
    if (pos_ + 4 > s_.size()) fail("unexpected end of file (truncated?)");
    unsigned code = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      code <<= 4;
      if (c >= '0' && c <= '9') code |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') code |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') code |= static_cast<unsigned>(c - 'A' + 10);
      else fail("bad \\u escape");
    }
    return code;
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  std::string parse_string() {
    ++pos_;  // opening quote
    std::string out;
    for (;;) {
      const char c = peek();
      ++pos_;
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
      if (c != '\\') {
        out += c;
        continue;
      }
      const char e = peek();
      ++pos_;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned code = hex4();
          if (code >= 0xD800 && code < 0xDC00) {  // a surrogate pair encodes one code point
            if (!literal("\\u")) fail("unpaired surrogate in a \\u escape");
            const unsigned low = hex4();
            if (low < 0xDC00 || low >= 0xE000) fail("unpaired surrogate in a \\u escape");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          } else if (code >= 0xDC00 && code < 0xE000) {
            fail("unpaired surrogate in a \\u escape");
          }
          append_utf8(out, code);
          break;
        }
        default: fail("bad escape '\\" + shown(std::string(1, e)) + "'");
      }
    }
  }

  const std::string& s_;
  const std::string& path_;
  std::size_t pos_ = 0;
};

// The checks of the decoded document; every failure names the file and the key.
class Checker {
 public:
  Checker(const Json& doc, const std::string& path) : doc_(doc), path_(path) {}

  [[noreturn]] void fail(const std::string& why) const { throw ModelLoadError(path_ + ": " + why); }

  const Json* find(const char* key) const {
    for (std::size_t i = 0; i < doc_.keys.size(); ++i)
      if (doc_.keys[i] == key) return &doc_.items[i];
    return nullptr;
  }
  const Json& get(const char* key, Json::Type type) const {
    const Json* v = find(key);
    if (!v) fail(std::string("missing key '") + key + "'");
    if (v->type != type)
      fail(std::string("'") + key + "' must be " + type_name(type) + ", got " + type_name(v->type));
    return *v;
  }
  std::string line(const char* key) const {
    const std::string& s = get(key, Json::kString).text;
    if (s.find_first_not_of(" \t") == std::string::npos) fail(std::string("'") + key + "' is empty");
    if (s.find_first_of("\r\n") != std::string::npos) fail(std::string("'") + key + "' must be one line");
    return s;
  }
  long long integer(const char* key) const {
    const double x = get(key, Json::kNumber).number;
    if (!(std::floor(x) == x && std::fabs(x) < 1e15)) fail(std::string("'") + key + "' must be an integer");
    return static_cast<long long>(x);
  }
  std::vector<std::string> names(const char* key) const {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const Json& item : get(key, Json::kArray).items) {
      if (item.type != Json::kString || item.text.empty())
        fail(std::string("'") + key + "' must hold non-empty strings");
      if (!seen.insert(item.text).second) fail(std::string("'") + key + "' names '" + shown(item.text) + "' twice");
      out.push_back(item.text);
    }
    return out;
  }

 private:
  const Json& doc_;
  const std::string& path_;
};

bool is_sha256_hex(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

const char* model_kind_name(ModelKind kind) { return kind == ModelKind::kClassifier ? "classifier" : "regressor"; }

std::string sidecar_path(const std::string& library_path) { return library_path + ".json"; }

ModelSidecar ModelSidecar::parse(const std::string& text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw ModelLoadError(path + ": empty model sidecar");
  if (const std::size_t bad = invalid_utf8_at(text); bad != std::string::npos)
    throw ModelLoadError(path + ": not UTF-8 text at byte " + std::to_string(bad));
  const Json doc = Reader(text, path).document();
  if (doc.type != Json::kObject) throw ModelLoadError(path + ": a model sidecar is a JSON object, got " + type_name(doc.type));
  const Checker c(doc, path);
  static const char* const known[] = {"format", "version", "kind", "num_features", "features", "split_points",
                                      "provenance", "output", "classes", "sha256"};
  for (const std::string& key : doc.keys) {
    bool ok = false;
    for (const char* k : known) ok = ok || key == k;
    if (!ok) c.fail("unknown key '" + shown(key) + "'");
  }
  const Json* format = c.find("format");
  if (!format || format->type != Json::kString || format->text != kFormat)
    c.fail(std::string("not a ") + kFormat + " sidecar ('format' must be \"" + kFormat + "\")");
  const long long version = c.integer("version");
  if (version != kVersion)
    c.fail("unsupported version " + std::to_string(version) + " (this build reads " + std::to_string(kVersion) + ")");

  ModelSidecar out;
  const std::string kind = c.get("kind", Json::kString).text;
  if (kind == "regressor") out.kind = ModelKind::kRegressor;
  else if (kind == "classifier") out.kind = ModelKind::kClassifier;
  else c.fail("'kind' must be \"regressor\" or \"classifier\", got \"" + shown(kind) + "\"");

  out.features = c.names("features");
  if (out.features.empty()) c.fail("'features' is empty");
  const long long count = c.integer("num_features");
  if (count != static_cast<long long>(out.features.size()))
    c.fail("'num_features' is " + std::to_string(count) + " but 'features' names " +
           std::to_string(out.features.size()));

  const Json& splits = c.get("split_points", Json::kArray);
  if (splits.items.size() != out.features.size())
    c.fail("'split_points' has " + std::to_string(splits.items.size()) + " lists for " +
           std::to_string(out.features.size()) + " features");
  for (std::size_t f = 0; f < splits.items.size(); ++f) {
    const std::string where = "'split_points'[" + std::to_string(f) + "]";
    if (splits.items[f].type != Json::kArray) c.fail(where + " must be an array");
    std::vector<double> points;
    for (const Json& p : splits.items[f].items) {
      if (p.type != Json::kNumber) c.fail(where + " must hold numbers, got " + type_name(p.type));
      if (!std::isfinite(p.number)) c.fail(where + " holds a non-finite value");
      if (!points.empty() && !(points.back() < p.number)) c.fail(where + " must be strictly ascending");
      points.push_back(p.number);
    }
    out.split_points.push_back(std::move(points));
  }

  out.provenance = c.line("provenance");
  out.output = c.line("output");
  if (out.kind == ModelKind::kClassifier) {
    out.classes = c.names("classes");
    if (out.classes.size() != 2) c.fail("'classes' must name 2 classes, got " + std::to_string(out.classes.size()));
  } else if (c.find("classes")) {
    c.fail("'classes' belongs to classifiers only");
  }
  out.sha256 = c.get("sha256", Json::kString).text;
  if (!is_sha256_hex(out.sha256)) c.fail("'sha256' must be 64 lower-case hex digits");
  return out;
}

ModelSidecar ModelSidecar::read(const std::string& path) {
  // open() would stop at the NUL and read another file ("/tmp/a\0b" opened "/tmp/a").
  if (path.find('\0') != std::string::npos)
    throw ModelLoadError("cannot read model sidecar " + shown(path) + ": the path holds a NUL byte");
  // Non-blocking and regular files only: a FIFO sidecar is refused at once (see model_file.hpp).
  std::int64_t size = 0;
  detail::Fd fd = detail::open_regular(path, "model sidecar", detail::kMaxSidecarBytes, size);
  std::string text(static_cast<std::size_t>(size), '\0');
  try {
    text.resize(detail::read_at(fd.get(), text.data(), text.size(), 0));
  } catch (const ModelLoadError& e) {
    throw ModelLoadError("cannot read model sidecar " + path + ": " + e.what());
  }
  return parse(text, path);
}

}  // namespace throttllem
