// 1-D stencil of radius 8 (17 taps), each tap read from global memory.
#define R 8
__kernel void stencil1d_r8(__global const float* in, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float acc = 0.0f;
  for (int k = -R; k <= R; ++k) {
    int j = clamp(i + k, 0, n - 1);
    acc += in[j] * (1.0f / (1.0f + (float)(k * k)));
  }
  out[i] = acc;
}
