// Dense C = A * B^T (B stored transposed): both operands read along rows.
__kernel void matmul_bt(__global const float* a, __global const float* bt, __global float* c, const int n) {
  int col = get_global_id(0), row = get_global_id(1);
  if (row >= n || col >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < n; ++k) acc += a[row * n + k] * bt[col * n + k];
  c[row * n + col] = acc;
}
