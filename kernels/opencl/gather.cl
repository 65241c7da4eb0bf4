// Streaming with an indirect read: out[i] = a[idx[i]] (idx uniform in [0, n): no locality).
__kernel void gather(__global const float* a, __global const int* idx, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i < n) out[i] = a[idx[i]];
}
