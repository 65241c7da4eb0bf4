// Dense y = A^T x with one column per work-item (coalesced across work-items on a GPU).
__kernel void matvec_cols(__global const float* a, __global const float* x, __global float* y, const int n) {
  int col = get_global_id(0);
  if (col >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < n; ++k) acc += a[k * n + col] * x[k];
  y[col] = acc;
}
