// 1-D three-point stencil (clamped at the ends).
__kernel void stencil1d_3pt(__global const float* in, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float l = in[max(i - 1, 0)], c = in[i], r = in[min(i + 1, n - 1)];
  out[i] = 0.25f * l + 0.5f * c + 0.25f * r;
}
