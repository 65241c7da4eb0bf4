// Reduction through one global atomic per work-item (heavily contended on a GPU).
__kernel void reduce_sum_atomic(__global const uint* in, __global uint* total, const int n) {
  int i = get_global_id(0);
  if (i < n) atomic_add(&total[i & 15], in[i]);
}
