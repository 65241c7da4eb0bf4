// Sparse y = A x in diagonal (DIA) form: 5 diagonals at offsets 0, +-1, +-64 (a banded matrix).
__kernel void spmv_dia(__global const float* diags, __global const float* x, __global float* y, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  const int offs[5] = {-64, -1, 0, 1, 64};
  float acc = 0.0f;
  for (int d = 0; d < 5; ++d) {
    int j = i + offs[d];
    if (j >= 0 && j < n) acc += diags[d * n + i] * x[j];
  }
  y[i] = acc;
}
