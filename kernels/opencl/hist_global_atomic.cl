// Histogram: 256 bins of the low byte, one global atomic increment per element.
__kernel void hist_global_atomic(__global const uint* data, __global uint* bins, const int n) {
  int i = get_global_id(0);
  if (i < n) atomic_inc(&bins[data[i] & 255u]);
}
