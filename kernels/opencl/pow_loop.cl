// Transcendental compute: 32 dependent pow/atan2 steps per element.
__kernel void pow_loop(__global const float* x, __global const float* y, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float a = x[i] + 0.5f, b = y[i] + 0.5f;
  for (int k = 0; k < 32; ++k) {
    a = pow(a, 0.9f) + atan2(b, a);
    b = 0.5f * b + 0.25f;
  }
  out[i] = a;
}
