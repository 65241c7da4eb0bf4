// Scan: work-efficient exclusive prefix sum (Blelloch) of 2 * local-size elements per work-group.
__kernel void scan_blelloch_local(__global const float* in, __global float* out, __local float* t,
                                  const int n) {
  int l = get_local_id(0), m = 2 * get_local_size(0);
  int base = get_group_id(0) * m;
  t[2 * l] = base + 2 * l < n ? in[base + 2 * l] : 0.0f;
  t[2 * l + 1] = base + 2 * l + 1 < n ? in[base + 2 * l + 1] : 0.0f;
  int off = 1;
  for (int d = m >> 1; d > 0; d >>= 1) {  // up-sweep
    barrier(CLK_LOCAL_MEM_FENCE);
    if (l < d) t[off * (2 * l + 2) - 1] += t[off * (2 * l + 1) - 1];
    off <<= 1;
  }
  if (l == 0) t[m - 1] = 0.0f;
  for (int d = 1; d < m; d <<= 1) {  // down-sweep
    off >>= 1;
    barrier(CLK_LOCAL_MEM_FENCE);
    if (l < d) {
      int ai = off * (2 * l + 1) - 1, bi = off * (2 * l + 2) - 1;
      float x = t[ai];
      t[ai] = t[bi];
      t[bi] += x;
    }
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if (base + 2 * l < n) out[base + 2 * l] = t[2 * l];
  if (base + 2 * l + 1 < n) out[base + 2 * l + 1] = t[2 * l + 1];
}
