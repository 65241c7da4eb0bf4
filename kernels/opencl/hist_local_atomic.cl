// Histogram: 256 bins privatised per work-group in local memory, merged with global atomics.
__kernel void hist_local_atomic(__global const uint* data, __global uint* bins, __local uint* local_bins,
                                const int n) {
  int i = get_global_id(0), l = get_local_id(0), size = get_local_size(0);
  for (int b = l; b < 256; b += size) local_bins[b] = 0;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (i < n) atomic_inc(&local_bins[data[i] & 255u]);
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int b = l; b < 256; b += size) atomic_add(&bins[b], local_bins[b]);
}
