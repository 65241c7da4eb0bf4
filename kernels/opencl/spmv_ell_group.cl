// Sparse y = A x, ELLPACK with 64 nonzeros per row: 8 work-items share a row, summed in local memory.
#define K 64
#define LANES 8
__kernel void spmv_ell_group(__global const float* vals, __global const int* cols, __global const float* x,
                             __global float* y, __local float* part, const int n) {
  int g = get_global_id(0), l = get_local_id(0);
  int row = g / LANES, lane = g % LANES;
  float acc = 0.0f;
  if (row < n)
    for (int k = lane; k < K; k += LANES) acc += vals[row * K + k] * x[cols[row * K + k]];
  part[l] = acc;
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int s = LANES / 2; s > 0; s >>= 1) {
    if (lane < s) part[l] += part[l + s];
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  if (lane == 0 && row < n) y[row] = part[l];
}
