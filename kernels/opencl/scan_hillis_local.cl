// Scan: inclusive prefix sum of each work-group's slice (Hillis-Steele, double-buffered local memory).
__kernel void scan_hillis_local(__global const float* in, __global float* out, __local float* buf,
                                const int n) {
  int i = get_global_id(0), l = get_local_id(0), size = get_local_size(0);
  int src = 0;
  buf[l] = i < n ? in[i] : 0.0f;
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int off = 1; off < size; off <<= 1) {
    int dst = 1 - src;
    float v = buf[src * size + l];
    if (l >= off) v += buf[src * size + l - off];
    buf[dst * size + l] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    src = dst;
  }
  if (i < n) out[i] = buf[src * size + l];
}
