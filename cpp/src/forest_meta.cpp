// Reader of the `.meta` text file written by throttllem.forest.compile.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"

namespace throttllem {

namespace {
const char* const kFeatureNames[kNumFeatures] = {"tp_degree", "batch_size", "kv_tokens", "clock_mhz"};
}

ForestMeta ForestMeta::read(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ModelLoadError("cannot open model metadata " + path);
  ForestMeta meta;
  meta.split_points.assign(kNumFeatures, {});
  std::vector<bool> seen(kNumFeatures, false);
  std::string line;
  int line_no = 0;
  auto fail = [&](const std::string& why) {
    throw ModelLoadError(path + ":" + std::to_string(line_no) + ": " + why);
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (line_no == 1) {
      int version = 0;
      if (key != "throttllem-forest-meta" || !(fields >> version)) fail("not a throttllem forest meta file");
      if (version != 1) fail("unsupported meta version " + std::to_string(version));
    } else if (key == "provenance") {
      std::getline(fields >> std::ws, meta.provenance);
    } else if (key == "target") {
      fields >> meta.target;
      if (meta.target != "ips") fail("target must be 'ips', got '" + meta.target + "'");
    } else if (key == "features") {
      for (int f = 0; f < kNumFeatures; ++f) {
        std::string name;
        if (!(fields >> name) || name != kFeatureNames[f])
          fail("features must be 'tp_degree batch_size kv_tokens clock_mhz'");
      }
      std::string more;
      if (fields >> more) fail("features must be exactly 4");
    } else if (key == "splits") {
      int feature = -1;
      std::size_t count = 0;
      if (!(fields >> feature >> count) || feature < 0 || feature >= kNumFeatures)
        fail("splits needs a feature index 0..3 and a count");
      std::vector<double>& points = meta.split_points[static_cast<std::size_t>(feature)];
      points.resize(count);
      for (std::size_t i = 0; i < count; ++i)
        if (!(fields >> points[i])) fail("splits " + std::to_string(feature) + " has fewer values than its count");
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
