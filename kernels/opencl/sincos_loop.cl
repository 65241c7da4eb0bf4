// Transcendental compute: 64 sin/cos evaluations per element, accumulated (full-precision builtins).
__kernel void sincos_loop(__global const float* x, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i], acc = 0.0f;
  for (int k = 0; k < 64; ++k) acc += sin(v * (1.0f + 0.01f * k)) * cos(0.5f * v + 0.1f * k);
  out[i] = acc;
}
