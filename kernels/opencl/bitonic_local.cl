// Sort: bitonic sort of each work-group's slice (local size a power of two) in local memory.
__kernel void bitonic_local(__global const float* in, __global float* out, __local float* t, const int n) {
  int i = get_global_id(0), l = get_local_id(0), size = get_local_size(0);
  t[l] = i < n ? in[i] : INFINITY;
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int k = 2; k <= size; k <<= 1) {
    for (int j = k >> 1; j > 0; j >>= 1) {
      int p = l ^ j;
      if (p > l) {
        float a = t[l], b = t[p];
        bool up = (l & k) == 0;
        if ((a > b) == up) { t[l] = b; t[p] = a; }
      }
      barrier(CLK_LOCAL_MEM_FENCE);
    }
  }
  if (i < n) out[i] = t[l];
}
