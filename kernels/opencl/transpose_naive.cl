// Matrix transpose of an n x n grid without tiling: reads coalesced, writes strided.
__kernel void transpose_naive(__global const float* in, __global float* out, const int n) {
  int x = get_global_id(0), y = get_global_id(1);
  if (x < n && y < n) out[x * n + y] = in[y * n + x];
}
