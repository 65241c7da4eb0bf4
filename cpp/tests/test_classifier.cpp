// Classifier: N-feature TL2cgen libraries give the Python model's probabilities; typed errors.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "check.hpp"
#include "fixtures/classifier_expected.hpp"
#include "throttllem/classifier.hpp"
#include "throttllem/errors.hpp"
#include "throttllem/forest.hpp"

using namespace throttllem;

#ifndef THROTTLLEM_TEST_CLASSIFIER_PATH
#error "test_classifier needs the fixture library (cpp/tests/fixtures/classifier/*.c)"
#endif

namespace {

bool close(double a, double b) { return std::fabs(a - b) <= 1e-12 + 1e-12 * std::fabs(b); }

std::string message_of_load(const std::string& path) {
  try {
    Classifier::load(path);
  } catch (const ModelLoadError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE(probabilities_equal_lightgbm) {
  auto clf = Classifier::load(THROTTLLEM_TEST_CLASSIFIER_PATH);
  CHECK(clf->num_features() == kFixtureFeatures);
  CHECK(clf->threshold_type() == "float64" && clf->leaf_output_type() == "float64");
  int class1 = 0;
  for (int r = 0; r < kFixtureRows; ++r) {
    const double p = clf->predict(kFixtureX[r], kFixtureFeatures);
    CHECK(close(p, kFixtureProba[r]));
    CHECK(p > 0.0 && p < 1.0);  // the sigmoid postprocessor ran (a margin could be anything)
    class1 += p > 0.5;
  }
  CHECK(class1 > 0 && class1 < kFixtureRows);  // the fixture exercises both classes
}

TEST_CASE(batch_equals_single_rows) {
  auto clf = Classifier::load(THROTTLLEM_TEST_CLASSIFIER_PATH);
  std::vector<double> out(kFixtureRows, -1.0);
  clf->predict_many(&kFixtureX[0][0], kFixtureRows, out.data());
  for (int r = 0; r < kFixtureRows; ++r) CHECK(out[r] == clf->predict(kFixtureX[r], kFixtureFeatures));
  const std::vector<double> row(kFixtureX[3], kFixtureX[3] + kFixtureFeatures);
  CHECK(clf->predict(row) == out[3]);
}

TEST_CASE(wrong_feature_count_and_non_finite_values_are_rejected) {
  auto clf = Classifier::load(THROTTLLEM_TEST_CLASSIFIER_PATH);
  CHECK_THROWS_AS(clf->predict(kFixtureX[0], kFixtureFeatures - 1), InvalidArgument);
  CHECK_THROWS_AS(clf->predict(std::vector<double>(kFixtureFeatures + 1, 0.0)), InvalidArgument);
  std::vector<double> row(kFixtureX[0], kFixtureX[0] + kFixtureFeatures);
  row[2] = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(clf->predict(row), InvalidArgument);
  std::vector<double> rows(&kFixtureX[0][0], &kFixtureX[0][0] + 2 * kFixtureFeatures);
  rows[kFixtureFeatures + 1] = std::numeric_limits<double>::infinity();
  std::vector<double> out(2, -1.0);
  CHECK_THROWS_AS(clf->predict_many(rows.data(), 2, out.data()), InvalidArgument);
  CHECK(out[0] == -1.0 && out[1] == -1.0);  // checked before anything is written
}

TEST_CASE(load_errors_list_paths_tried) {
  const std::string missing = "/nonexistent/dir/model";
  const std::string msg = message_of_load(missing);
  CHECK(msg.find(missing + ": no such file") != std::string::npos);
  CHECK(msg.find(missing + ".so: no such file") != std::string::npos);
  CHECK(message_of_load("").find("empty") != std::string::npos);
  // A file that is not a shared library: dlopen's reason is reported with the path.
  const std::string junk = std::string(THROTTLLEM_TEST_CLASSIFIER_PATH) + ".junk.so";
  if (std::FILE* f = std::fopen(junk.c_str(), "w")) {
    std::fputs("not a library", f);
    std::fclose(f);
  }
  const std::string junk_msg = message_of_load(junk);
  CHECK(junk_msg.find("cannot load model library; tried:\n  " + junk + ": ") != std::string::npos);
  std::remove(junk.c_str());
}

#ifdef THROTTLLEM_DEFAULT_MODEL_PATH
// The governor's model has the same one-output interface: Classifier and Forest, sharing the
// loader, must read it identically (the Forest refactor left its results alone).
TEST_CASE(same_loader_as_forest) {
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  auto clf = Classifier::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  CHECK(clf->num_features() == static_cast<std::size_t>(kNumFeatures));
  CHECK(clf->threshold_type() == forest->threshold_type() && clf->path() == forest->path());
  for (double batch : {1.0, 17.0, 256.0})
    for (double clock : {345.0, 1410.0, 1980.0}) {
      const FeatureRow row{1.0, batch, batch * 700.0, clock};
      CHECK(clf->predict(row.data(), row.size()) == forest->predict(row));
    }
  // The fixture is a 6-feature model: Forest still refuses it with its own message.
  CHECK_THROWS_AS(Forest::load(THROTTLLEM_TEST_CLASSIFIER_PATH), ModelLoadError);
}
#endif

TEST_MAIN()
