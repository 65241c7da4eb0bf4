// Sparse y = A x in ELLPACK form, 16 nonzeros per row, stored row by row (uncoalesced on a GPU).
#define K 16
__kernel void spmv_ell_row(__global const float* vals, __global const int* cols, __global const float* x,
                           __global float* y, const int n) {
  int row = get_global_id(0);
  if (row >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < K; ++k) acc += vals[row * K + k] * x[cols[row * K + k]];
  y[row] = acc;
}
