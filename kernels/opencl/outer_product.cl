// Rank-1 update C += a b^T on an n x n matrix: write-bound, two small inputs.
__kernel void outer_product(__global const float* a, __global const float* b, __global float* c, const int n) {
  int j = get_global_id(0), i = get_global_id(1);
  if (i < n && j < n) c[i * n + j] += a[i] * b[j];
}
