// Dense y = A x with one row per work-item (row-major A: uncoalesced across work-items on a GPU).
__kernel void matvec_rows(__global const float* a, __global const float* x, __global float* y, const int n) {
  int row = get_global_id(0);
  if (row >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < n; ++k) acc += a[row * n + k] * x[k];
  y[row] = acc;
}
