// Serial per work-item: a running (prefix) sum over the work-item's own row of 64 floats. Rows
// are contiguous per work-item, so neighbouring GPU lanes read 256 bytes apart (uncoalesced),
// while a CPU thread streams through its row.
__kernel void row_prefix_serial(__global const float* in, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  __global const float* row = in + (size_t)i * 64;
  __global float* dst = out + (size_t)i * 64;
  float s = 0.0f;
  for (int k = 0; k < 64; ++k) {
    s += row[k];
    dst[k] = s;
  }
}
