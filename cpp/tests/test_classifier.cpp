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
  // It is refused before anything else reads it (its sidecar included): too small for an ELF header.
  CHECK(junk_msg.find("model library " + junk + " is 13 bytes, too small for a shared library") != std::string::npos);
  std::remove(junk.c_str());
}

#ifdef THROTTLLEM_DEFAULT_MODEL_PATH
// Forest and Classifier share one loader, which checks the kind: each refuses the other's library.
TEST_CASE(each_front_end_refuses_the_other_kind) {
  CHECK(message_of_load(THROTTLLEM_DEFAULT_MODEL_PATH).find("is a regressor") != std::string::npos);
  CHECK_THROWS_AS(Forest::load(THROTTLLEM_TEST_CLASSIFIER_PATH), ModelLoadError);
  auto forest = Forest::load(THROTTLLEM_DEFAULT_MODEL_PATH);
  const FeatureRow row{1.0, 17.0, 17.0 * 700.0, 1410.0};
  CHECK(forest->predict(row) > 0.0);
  FeatureRow bad = row;
  bad[kClockMhz] = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(forest->predict(bad), InvalidArgument);  // finiteness is checked in the core
}
#endif

TEST_MAIN()
