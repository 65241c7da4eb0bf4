// Reader of the `.meta` text file written by throttllem.forest.compile.
//
// Plain C stdio on purpose: the core may share a process with another copy of libstdc++ (a
// statically linked extension beside wheels that load the shared one), and iostreams' locale
// state does not survive that mix (seen as a segfault on the GPU machine after `import scipy`).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cctype>
#include <cstring>
#include <algorithm>
#include <memory>

#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"

namespace throttllem {

namespace {

const char* const kFeatureNames[kNumFeatures] = {"tp_degree", "batch_size", "kv_tokens", "clock_mhz"};

std::vector<std::string> split_words(const std::string& line) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    const std::size_t start = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

bool parse_long(const std::string& word, long long& out) {
  char* end = nullptr;
  errno = 0;
  out = std::strtoll(word.c_str(), &end, 10);
  return errno == 0 && end && *end == '\0' && !word.empty();
}

bool parse_double(const std::string& word, double& out) {
  char* end = nullptr;
  errno = 0;
  out = std::strtod(word.c_str(), &end);
  return errno == 0 && end && *end == '\0' && !word.empty();
}

}  // namespace

ForestMeta ForestMeta::read(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "r"), &std::fclose);
  if (!file) throw ModelLoadError("cannot open model metadata " + path);
  ForestMeta meta;
  meta.split_points.assign(kNumFeatures, {});
  std::vector<bool> seen(kNumFeatures, false);
  int line_no = 0;
  auto fail = [&](const std::string& why) {
    throw ModelLoadError(path + ":" + std::to_string(line_no) + ": " + why);
  };
  std::string line;
  char chunk[4096];
  bool more = true;
  while (more) {
    // Lines can be long (one holds every split point of a feature): read them in chunks.
    line.clear();
    more = false;
    while (std::fgets(chunk, sizeof chunk, file.get())) {
      more = true;
      line += chunk;
      if (!line.empty() && line.back() == '\n') break;
    }
    if (!more) break;
    ++line_no;
    const std::vector<std::string> words = split_words(line);
    if (words.empty() || words[0][0] == '#') continue;
    const std::string& key = words[0];
    if (line_no == 1) {
      long long version = 0;
      if (key != "throttllem-forest-meta" || words.size() < 2 || !parse_long(words[1], version))
        fail("not a throttllem forest meta file");
      if (version != 1) fail("unsupported meta version " + std::to_string(version));
    } else if (key == "provenance") {
      const std::size_t start = line.find_first_not_of(" \t", line.find("provenance") + 10);
      meta.provenance = start == std::string::npos ? "" : line.substr(start);
      while (!meta.provenance.empty() && (meta.provenance.back() == '\n' || meta.provenance.back() == '\r'))
        meta.provenance.pop_back();
    } else if (key == "target") {
      meta.target = words.size() > 1 ? words[1] : "";
      if (meta.target != "ips") fail("target must be 'ips', got '" + meta.target + "'");
    } else if (key == "features") {
      if (words.size() != kNumFeatures + 1) fail("features must be 'tp_degree batch_size kv_tokens clock_mhz'");
      for (int f = 0; f < kNumFeatures; ++f)
        if (words[static_cast<std::size_t>(f) + 1] != kFeatureNames[f])
          fail("features must be 'tp_degree batch_size kv_tokens clock_mhz'");
    } else if (key == "splits") {
      long long feature = -1, count = -1;
      if (words.size() < 3 || !parse_long(words[1], feature) || !parse_long(words[2], count) || feature < 0 ||
          feature >= kNumFeatures || count < 0)
        fail("splits needs a feature index 0..3 and a count");
      if (words.size() < static_cast<std::size_t>(count) + 3)
        fail("splits " + std::to_string(feature) + " has fewer values than its count");
      std::vector<double>& points = meta.split_points[static_cast<std::size_t>(feature)];
      points.resize(static_cast<std::size_t>(count));
      for (std::size_t i = 0; i < points.size(); ++i)
        if (!parse_double(words[i + 3], points[i])) fail("split point '" + words[i + 3] + "' is not a number");
      if (!std::is_sorted(points.begin(), points.end())) fail("split points must be ascending");
      seen[static_cast<std::size_t>(feature)] = true;
    } else {
      fail("unknown key '" + key + "'");
    }
  }
  if (line_no == 0) throw ModelLoadError(path + ": empty model metadata");
  if (std::find(seen.begin(), seen.end(), false) != seen.end())
    throw ModelLoadError(path + ": needs one 'splits' line per feature 0..3");
  return meta;
}

}  // namespace throttllem
