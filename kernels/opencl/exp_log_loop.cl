// Transcendental compute: 64 exp/log evaluations per element (softplus of scaled inputs), accumulated.
__kernel void exp_log_loop(__global const float* x, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i] * 4.0f - 2.0f, acc = 0.0f;
  for (int k = 0; k < 64; ++k) acc += log(1.0f + exp(v * (0.5f + 0.05f * k)));
  out[i] = acc;
}
