// Reduction: tree sum in local memory; one partial sum per work-group (out[group]).
__kernel void reduce_sum_local(__global const float* in, __global float* out, __local float* scratch,
                               const int n) {
  int i = get_global_id(0), l = get_local_id(0), size = get_local_size(0);
  scratch[l] = i < n ? in[i] : 0.0f;
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int s = size / 2; s > 0; s >>= 1) {
    if (l < s) scratch[l] += scratch[l + s];
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  if (l == 0) out[get_group_id(0)] = scratch[0];
}
