// Sparse y = A x in ELLPACK form, 16 nonzeros per row, stored column-major (coalesced on a GPU).
#define K 16
__kernel void spmv_ell_col(__global const float* vals, __global const int* cols, __global const float* x,
                           __global float* y, const int n) {
  int row = get_global_id(0);
  if (row >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < K; ++k) acc += vals[k * n + row] * x[cols[k * n + row]];
  y[row] = acc;
}
