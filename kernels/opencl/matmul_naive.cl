// Dense C = A * B for n x n matrices, one output per work-item, no tiling.
__kernel void matmul_naive(__global const float* a, __global const float* b, __global float* c, const int n) {
  int col = get_global_id(0), row = get_global_id(1);
  if (row >= n || col >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < n; ++k) acc += a[row * n + k] * b[k * n + col];
  c[row * n + col] = acc;
}
